import { literal, type StaticValue } from 'lit/static-html.js';

const headingTags: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute value, kept within 1-6. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const value = Math.round(Number(level));
  return Number.isFinite(value) && value > 0 ? Math.min(6, Math.max(1, value)) : fallback;
}

/** The `h1`…`h6` tag for a static-html template. */
export function headingTag(level: number): StaticValue {
  return headingTags[clampHeadingLevel(level) - 1];
}
