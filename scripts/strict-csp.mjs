/**
 * The strictest Content-Security-Policy the widgets work under: no inline code, no eval, Trusted Types enforced,
 * and one policy allowed: lit-html's, named `lit-html`, which only ever turns the widgets' own template text
 * into HTML (story fields are always bound as text). `'allow-duplicates'` lets a second copy of the script,
 * or a page that uses Lit itself, create its own policy of that name.
 * docs/security.md quotes it; the tests and the demo's csp.html page are served with it.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html impact-stories-html 'allow-duplicates'",
].join('; ');
