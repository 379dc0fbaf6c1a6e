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

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** A `mailto:` URL for a plain e-mail address, or undefined for anything that is not one. */
export function safeMailtoUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value.trim().replace(/^mailto:/i, '');
  return emailPattern.test(address) ? `mailto:${address}` : undefined;
}
