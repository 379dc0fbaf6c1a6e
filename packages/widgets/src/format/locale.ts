import { isServer } from 'lit';
/**
 * `value` as a well-formed BCP 47 language tag, or undefined: `en_US` is not one, nor the POSIX locales `C` and
 * `POSIX`, which WebKitGTK reports as the browser's language when the system sets no other.
 */
export function languageTag(value: string | undefined): string | undefined {
  try {
    return value && !/^(c|posix)$/i.test(value) ? Intl.getCanonicalLocales(value)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The language that applies to `element`: its nearest well-formed `lang`, across shadow roots, else the browser's, else English. */
export function inheritedLocale(element: Element): string {
  // A server render knows the element's own attributes only; its page's language is the renderer's to say (locale).
  if (isServer) return languageTag(element.getAttribute('lang') ?? undefined) ?? 'en';
  let node: Node | null = element;
  while (node) {
    const lang = node instanceof Element && languageTag(node.getAttribute('lang')?.trim());
    if (lang) return lang;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return languageTag(navigator.language) ?? 'en';
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
