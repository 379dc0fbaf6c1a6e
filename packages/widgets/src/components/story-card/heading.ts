import { html, type TemplateResult } from 'lit';

/** A heading level from an attribute value (a number or its text), kept within 1-6. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const value = Math.round(Number(level));
  return Number.isFinite(value) && value > 0 ? Math.min(6, Math.max(1, value)) : fallback;
}

// A template's tag name is fixed, so each level has a template of its own.
const headings = [
  (part: string, content: unknown) => html`<h1 part=${part} class=${part}>${content}</h1>`,
  (part: string, content: unknown) => html`<h2 part=${part} class=${part}>${content}</h2>`,
  (part: string, content: unknown) => html`<h3 part=${part} class=${part}>${content}</h3>`,
  (part: string, content: unknown) => html`<h4 part=${part} class=${part}>${content}</h4>`,
  (part: string, content: unknown) => html`<h5 part=${part} class=${part}>${content}</h5>`,
  (part: string, content: unknown) => html`<h6 part=${part} class=${part}>${content}</h6>`,
];

/** An `h1`…`h6` (`level`, kept within 1-6) with `part` as its part and class, around `content`. */
export const heading = (level: number, part: string, content: unknown): TemplateResult =>
  headings[clampHeadingLevel(level) - 1]!(part, content);
