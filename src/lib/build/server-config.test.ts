import { describe, expect, it } from 'vitest';
import { caddyConfig, nginxConfig } from './server-config';
import { patternRegex, type HeaderRule } from './security-headers';

const rules: HeaderRule[] = [
  { pattern: '/*', headers: [['X-Frame-Options', 'DENY'], ['Content-Security-Policy', "default-src 'self'"]] },
  { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  { pattern: '/*/forget/', headers: [['Clear-Site-Data', '"cache", "storage"'], ['Cache-Control', 'no-store']] },
];
const options = { rules, locales: ['nl', 'en'], extensions: ['html', 'js', 'png', 'weird'] };

describe('server configurations from the _headers rules', () => {
  it('match paths as _headers does: * spans slashes, everything else is literal', () => {
    const regex = new RegExp(patternRegex('/*/pack.json'));
    expect(regex.test('/ro/pack.json')).toBe(true);
    expect(regex.test('/ro/packxjson')).toBe(false);
    expect(new RegExp(patternRegex('/_astro/*')).test('/_astro/a/b.js')).toBe(true);
  });

  it('nginx: one map per header, the last matching rule first, and add_header at server level with always', () => {
    const config = nginxConfig(options);
    const cacheControl = config.slice(config.indexOf('map $wegwijs_path $wegwijs_cache_control {'));
    expect(cacheControl.indexOf('forget')).toBeLessThan(cacheControl.indexOf('_astro'));
    expect(config).toContain('add_header Clear-Site-Data $wegwijs_clear_site_data always;');
    expect(config).toContain('"\\"cache\\", \\"storage\\""');
    expect(config).toContain('404 "no-store";');
    expect(config).toMatch(/location ~ \^\/\(\?<wegwijs_locale>nl\|en\)/);
    expect(config).toContain('text/javascript js;');
    expect(config).not.toContain('weird');
    // No add_header inside a location: nginx would drop every inherited one there.
    const locations = config.split('location ').slice(1).map((block) => block.slice(0, block.indexOf('}')));
    for (const block of locations) expect(block).not.toContain('add_header');
  });

  it('Caddy: a matcher per rule in file order, values as written (backticks, no escapes)', () => {
    const config = caddyConfig(options);
    expect(config).toContain('@rule3 path_regexp `^/.*/forget/$`');
    expect(config).toContain('header @rule3 Clear-Site-Data `"cache", "storage"`');
    expect(config.indexOf('@rule2 Cache-Control')).toBeLessThan(config.indexOf('@rule3 Cache-Control'));
    expect(config).toContain('rewrite @language /{re.language.1}/404/index.html');
  });

  it('refuse a value either server would read as syntax, naming the header', () => {
    const bad: HeaderRule[] = [{ pattern: '/*', headers: [['X-Test', 'a $variable']] }];
    expect(() => nginxConfig({ ...options, rules: bad })).toThrow(/X-Test/);
    expect(() => caddyConfig({ ...options, rules: [{ pattern: '/*', headers: [['X-Test', 'a `tick`']] }] })).toThrow(/backtick/);
  });
});
