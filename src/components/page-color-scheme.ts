import { toggleState } from './custom-states.js';

/**
 * True when the page around `element` declares a color-scheme (e.g. `:root { color-scheme: dark }`),
 * which `theme="auto"` then follows instead of the reader's system setting.
 */
export function pageDeclaresColorScheme(element: Element): boolean {
  const parent = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
  if (!parent) return false;
  const scheme = getComputedStyle(parent).colorScheme;
  return scheme !== '' && scheme !== 'normal';
}

/** Sets the `page-scheme` custom state that styles/tokens.ts reads for `theme="auto"`. */
export function reflectPageColorScheme(element: Element, internals: ElementInternals): void {
  toggleState(internals, 'page-scheme', pageDeclaresColorScheme(element));
}
