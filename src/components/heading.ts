import { element } from './element.js';

/** A heading level from an attribute value, kept within 1-6. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const value = Math.round(Number(level));
  return Number.isFinite(value) && value > 0 ? Math.min(6, Math.max(1, value)) : fallback;
}

/** An `h1`…`h6` element with the given part and class around `content`. */
export function heading(level: number, part: string, content: Node | string): HTMLHeadingElement {
  return element(`h${clampHeadingLevel(level)}` as 'h2', { part, class: part }, content);
}
