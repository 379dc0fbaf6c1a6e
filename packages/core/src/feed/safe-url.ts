const allowedProtocols = new Set(['http:', 'https:']);
/** An absolute http(s) URL with nothing a URL parser would rewrite or reinterpret. */
const plainAbsolute = /^https?:\/\/[\w.-]+(?::\d+)?(?:\/[\w\-.~!$&'()*+,;=:@/?#]*)?$/i;

/** The page's base URL, read through Node.prototype: markup such as `<img name="baseURI">` cannot stand in for it. */
function documentBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : Reflect.get(Node.prototype, 'baseURI', document);
}

/**
 * Resolves `value` against `base` and returns it only when it is an http(s) URL.
 * Anything else (javascript:, data:, malformed) gives undefined, so it never reaches an href or src.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // A fast path for the common, unambiguous case, so archives of thousands of stories normalise quickly.
  if (plainAbsolute.test(text)) return text;
  if (!text) return undefined;
  try {
    const url = new URL(text, base ?? documentBase());
    return allowedProtocols.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Longest e-mail address (RFC 5321's path limit); longer text is never one, and is not matched. */
const MAX_EMAIL = 254;
/** name@domain.tld: the domain's labels exclude the dot between them, so the match is linear in the length. */
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/;

/** A `mailto:` URL for a plain e-mail address, or undefined for anything that is not one. */
export function safeMailtoUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value.trim().replace(/^mailto:/i, '');
  return address.length <= MAX_EMAIL && emailPattern.test(address) ? `mailto:${address}` : undefined;
}

/**
 * `value` resolved against `feedUrl`, when it is an http(s) URL on the feed's own origin or on one of `origins`
 * (the feed's `_impact.archive_origins`): where a feed's next pages and split feeds may be read. Elsewhere, a
 * feed could make every reader's browser call any server, the host page's own included.
 */
export function archiveUrl(value: unknown, feedUrl: string, origins: unknown): string | undefined {
  const url = safeHttpUrl(value, feedUrl);
  const originOf = (address?: string) => address && new URL(address).origin;
  const origin = originOf(url);
  return origin && (origin === originOf(safeHttpUrl(feedUrl)) || (Array.isArray(origins) && origins.includes(origin))) ? url : undefined;
}
