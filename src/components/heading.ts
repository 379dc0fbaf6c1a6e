import { html, type TemplateResult } from 'lit/html.js';

/** A heading level from an attribute value, kept within 1-6. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const value = Math.round(Number(level));
  return Number.isFinite(value) && value > 0 ? Math.min(6, Math.max(1, value)) : fallback;
}

/** An `h1`…`h6` element with the given part and class around `content`. */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (clampHeadingLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
  }
}
