import { toggleState } from './custom-states.js';

/** What browsers report as the font of a page that chose none: their default serif. */
const browserDefaultFont = /^("?Times( New Roman)?"?|serif|-webkit-standard)$/;

/**
 * Reads the page around `element` each time it is connected, before Lit gives it a root, and sets the custom states
 * that styles/tokens.ts reads:
 * - `page-scheme` when the page declares a color-scheme (`:root { color-scheme: dark }`), which `theme="auto"` then
 *   follows instead of the reader's system setting;
 * - `default-font` when the page sets no font, so the cards use the system's sans-serif instead of the browser's serif.
 *   Read only before the element has a root: a prerendered element (a declarative root) was painted in the page's
 *   font before any script ran, and keeps it.
 */
export function reflectPageStyle(element: Element, internals: ElementInternals): void {
  const parent = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
  if (!parent) return;
  const { colorScheme, fontFamily } = getComputedStyle(parent);
  toggleState(internals, 'page-scheme', colorScheme !== '' && colorScheme !== 'normal');
  if (!element.shadowRoot) toggleState(internals, 'default-font', browserDefaultFont.test(fontFamily));
}
