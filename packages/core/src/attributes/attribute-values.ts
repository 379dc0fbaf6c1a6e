import { warnLater } from '../warn-later.js';

/**
 * The trimmed text of an attribute-backed property, whatever a page or framework set it to: attribute text, a
 * number (`year={2019}`), null or undefined. '' when there is nothing to read.
 */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** Reads a whole number above zero; anything else gives undefined. */
export function positiveInteger(value: unknown): number | undefined {
  const text = textOf(value);
  const number = Number(text);
  return text && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** `value` when it is one of `allowed` (ignoring case and spaces), else `fallback`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  const wanted = textOf(value).toLowerCase();
  return allowed.find((option) => option === wanted) ?? fallback;
}

/** Tells the page author in the console, once per value, about an attribute value that was ignored. */
const warnIgnored = (tagName: string, attribute: string, value: unknown, expected: string) =>
  warnLater((warnings) => warnings.warnIgnoredAttribute(tagName, attribute, value, expected));

/** `oneOf`, with a console warning about a value it ignored. */
export function checkedChoice<T extends string>(tagName: string, attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  const result = oneOf(value, allowed, fallback);
  if (textOf(value) && result !== textOf(value).toLowerCase()) warnIgnored(tagName, attribute, value, allowed.join(', '));
  return result;
}

/** `positiveInteger`, with a console warning about a value it ignored. */
export function checkedCount(tagName: string, attribute: string, value: unknown): number | undefined {
  const result = positiveInteger(value);
  if (result === undefined && textOf(value)) warnIgnored(tagName, attribute, value, 'a whole number above 0');
  return result;
}
