import { describe, expect, it } from 'vitest';
import { headersFor, mergePagePolicies, parseCsp, parseHeadersFile, serializeHeadersFile } from './security-headers';

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
