import { expect } from '@open-wc/testing';
import { safeHttpUrl, safeMailtoUrl } from '../packages/core/src/feed/safe-url.js';

describe('safeHttpUrl', () => {
  const base = 'https://example.org/feeds/feed.json';

  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1#c', base)).to.equal('https://example.org/a?b=1#c');
    expect(safeHttpUrl('http://example.org/', base)).to.equal('http://example.org/');
  });

  it('resolves relative URLs against the base', () => {
    expect(safeHttpUrl('images/a.svg', base)).to.equal('https://example.org/feeds/images/a.svg');
    expect(safeHttpUrl('/a', base)).to.equal('https://example.org/a');
    expect(safeHttpUrl('//cdn.example.org/a', base)).to.equal('https://cdn.example.org/a');
  });

  it('drops every other scheme, however it is spelt', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@example.org',
    ]) {
      expect(safeHttpUrl(value, base), value).to.equal(undefined);
    }
  });

  it('drops values that are not URLs or not strings', () => {
    for (const value of ['', '   ', 'http://', undefined, null, 42, {}, ['https://example.org']]) {
      expect(safeHttpUrl(value, base), String(value)).to.equal(undefined);
    }
  });
});

describe('safeMailtoUrl', () => {
  it('makes a mailto: URL from an e-mail address', () => {
    expect(safeMailtoUrl('newsroom@ilo.org')).to.equal('mailto:newsroom@ilo.org');
    expect(safeMailtoUrl('mailto:newsroom@ilo.org')).to.equal('mailto:newsroom@ilo.org');
  });

  it('refuses anything that is not a plain address', () => {
    for (const value of ['javascript:alert(1)//@x.org', 'a@b', 'a b@c.org', 'a@b.org?subject=x<', '', undefined]) {
      expect(safeMailtoUrl(value), String(value)).to.equal(undefined);
    }
  });
});

describe('safeHttpUrl fast paths agree with the URL parser', () => {
  const base = 'https://example.org/feeds/feed.json';
  const cases = [
    'https://www.ilo.org/resource/article/a-boost?x=1&y=2#top',
    'HTTP://EXAMPLE.ORG/Path',
    'https://example.org:8443/a/b',
    'https://example.org',
    '/sample/images/a.svg',
    '/a/./b',
    '/a/../b',
    '/a/%2e%2e/b',
    '//evil.example/x',
    '/.hidden',
    '/a.b/c.d?e=f',
    'https://exa mple.org/',
    'https://example.org/\\\\evil',
    'https://user:pass@example.org/',
  ];
  for (const value of cases) {
    it(value, () => {
      const parsed = (() => {
        try {
          const url = new URL(value, base);
          return ['http:', 'https:'].includes(url.protocol) ? url.href : undefined;
        } catch {
          return undefined;
        }
      })();
      const fast = safeHttpUrl(value, base);
      expect(fast === undefined ? undefined : new URL(fast).href).to.equal(parsed);
    });
  }
});
