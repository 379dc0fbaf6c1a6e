/** Reads a whole number above zero from an attribute; anything else gives undefined. */
export function positiveInteger(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** `value` when it is one of `allowed` (ignoring case and spaces), else `fallback`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  const wanted = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return allowed.find((option) => option === wanted) ?? fallback;
}
