/** The language that applies to `element`: its nearest `lang`, across shadow roots, else the browser's. */
export function inheritedLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.trim();
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return navigator.language || 'en';
}

/**
 * `locale` when Intl understands it, else undefined so Intl uses its default. Plain `en` reads as
 * `en-GB`, the organisation's own style ("21 July 2022"); `en-US` and others are kept as given.
 */
export function supportedLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  if (locale.trim().toLowerCase() === 'en') return 'en-GB';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length ? locale : undefined;
  } catch {
    return undefined;
  }
}
