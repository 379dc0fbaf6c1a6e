/** Longest texts a card lays out, in characters; longer ones are cut at a word and marked with an ellipsis. */
export const MAX_LENGTH = { title: 200, heading: 100, summary: 600, name: 120, id: 1000 } as const;

/** `value` cut to at most `max` characters at the last word boundary before it, and marked `…` when cut. */
export function bounded(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  // Never keep half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  // "month.…" reads badly: the ellipsis replaces the punctuation the cut ends on.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?]+$/, '')}…`;
}
