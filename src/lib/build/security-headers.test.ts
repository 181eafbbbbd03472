import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { checkHostLimits, forPlainHttp, headersFor, mergePagePolicies, parseCsp, parseHeadersFile, serializeHeadersFile, trimPagePolicy } from './security-headers';

describe('the site-wide Content-Security-Policy', () => {
  const merged = parseCsp(
    mergePagePolicies([
      "default-src 'self'; script-src 'self' 'sha256-AAA'; style-src 'self' 'sha256-BBB'",
      "script-src 'self' 'sha256-CCC' 'sha256-AAA'",
    ]),
  );

  it('allows the scripts of every page by hash, once each', () => {
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-AAA'", "'sha256-CCC'"]);
    expect(merged.get('style-src')).toEqual(["'self'", "'sha256-BBB'"]);
  });

  it('adds no inline or eval allowance of its own', () => {
    expect(mergePagePolicies([])).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('adds what only a header can say', () => {
    expect(merged.get('frame-ancestors')).toEqual(["'none'"]);
    expect(merged.get('base-uri')).toEqual(["'none'"]);
    expect(merged.get('form-action')).toEqual(["'self'"]);
  });
});

describe("a page's own CSP <meta>", () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const inline = 'document.documentElement.classList.add("js")';
  const page = (policy: string, body = '') =>
    `<html><head><script>${inline}</script><meta http-equiv="content-security-policy" content="${policy}"><script type="module" src="/_astro/a.js"></script></head><body><script type="application/json" data-strings>{"a":"b"}</script>${body}</body></html>`;
  const astroPolicy = `default-src 'self';script-src 'self' 'sha256-OTHER1=' ${hash(inline)} 'sha256-OTHER2='; style-src 'self' 'sha256-STYLE='`;

  it('keeps only the hashes of the inline scripts and styles the page has', () => {
    const trimmed = /content="([^"]*)"/.exec(trimPagePolicy(page(astroPolicy), 'page.html'))?.[1] ?? '';
    expect(parseCsp(trimmed).get('script-src')).toEqual(["'self'", hash(inline)]);
    expect(parseCsp(trimmed).get('style-src')).toEqual(["'self'"]);
    expect(parseCsp(trimmed).get('default-src')).toEqual(["'self'"]);
  });

  it('fails the build, naming the file, rather than allow an inline script Astro did not', () => {
    expect(() => trimPagePolicy(page(astroPolicy, '<script>alert(1)</script>'), 'dist/en/index.html')).toThrow(/dist\/en\/index.html: an inline script/);
  });

  it('leaves a page without a CSP <meta> as it is', () => {
    expect(trimPagePolicy('<html><script>x</script></html>', 'x.html')).toBe('<html><script>x</script></html>');
  });
});

describe('the _headers file', () => {
  const text = '# comment\n/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n';

  it('round-trips', () => {
    expect(parseHeadersFile(serializeHeadersFile(parseHeadersFile(text)))).toEqual(parseHeadersFile(text));
  });

  it('applies every matching rule', () => {
    const rules = parseHeadersFile(text);
    expect(headersFor(rules, '/_astro/app.js').map(([name]) => name)).toEqual(['X-Content-Type-Options', 'Referrer-Policy', 'Cache-Control']);
    expect(headersFor(rules, '/en/')).toHaveLength(2);
  });

  it('refuses a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/cannot read/);
  });
});

describe('limits of the hosts that read _headers', () => {
  it('refuse what Cloudflare Pages would silently drop: over 100 rules, or a line over 2,000 characters', () => {
    const rule = (pattern: string, value = 'x') => ({ pattern, headers: [['X-Test', value]] as [string, string][] });
    expect(() => checkHostLimits(Array.from({ length: 100 }, (_, index) => rule(`/${index}`)))).not.toThrow();
    expect(() => checkHostLimits(Array.from({ length: 101 }, (_, index) => rule(`/${index}`)))).toThrow(/101 rules/);
    expect(() => checkHostLimits([rule('/*', 'a'.repeat(1991))])).toThrow(/X-Test for \/\* is 2001 characters/);
  });
});

describe('headers over plain http (npm start)', () => {
  it('leave out only upgrade-insecure-requests, which WebKit applies to scripts on localhost', () => {
    const headers: [string, string][] = [['Content-Security-Policy', "default-src 'self'; upgrade-insecure-requests; frame-ancestors 'none'"], ['X-Test', 'upgrade-insecure-requests']];
    expect(forPlainHttp(headers)).toEqual([['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"], ['X-Test', 'upgrade-insecure-requests']]);
  });
});
