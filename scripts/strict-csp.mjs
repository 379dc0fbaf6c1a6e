/**
 * The strictest Content-Security-Policy the widgets work under: no inline code, no eval, Trusted Types enforced
 * with no policy allowed at all (the widgets never turn a string into HTML).
 * The README quotes it; the tests and the demo's csp.html page are served with it.
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
  "trusted-types 'none'",
].join('; ');
