import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkBuiltPage, type PageExpectation } from '../static/page-checks';

// The static pass is only worth something if each of its rules fails on a page that breaks it.
const script = 'document.documentElement.dataset.js = "1"';
const scriptHash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
const expectation: PageExpectation = {
  lang: 'ar',
  dir: 'rtl',
  title: 'Wegwijs',
  exitHref: 'https://exit.example/',
  siteOrigin: 'https://wegwijs.example',
  headerPolicy: { scriptHashes: new Set([scriptHash]), styleHashes: new Set() },
  fileExists: (path) => path === '/_astro/site.js',
};

function page({ html = '<html lang="ar" dir="rtl">', head = '', body = '', exit = '<a data-quick-exit-link rel="noreferrer" href="https://exit.example/">خروج</a>' } = {}): string {
  return `<!doctype html>${html}<head><title>Wegwijs</title><meta http-equiv="content-security-policy" content="script-src 'self' '${scriptHash}'"><script>${script}</script><script type="module" src="/_astro/site.js"></script>${head}</head><body>${exit}${body}</body></html>`;
}

describe('checks of a built page', () => {
  it('passes a page that keeps every rule', () => {
    expect(checkBuiltPage(page({ body: '<a href="https://www.kvk.nl/" rel="noreferrer">KvK</a><link rel="alternate" hreflang="nl" href="https://wegwijs.example/nl/">' }), expectation)).toEqual([]);
  });

  it('names an HTML comment left in the page', () => {
    expect(checkBuiltPage(page({ body: '<!-- started by the page script -->' }), expectation)).toEqual(['an HTML comment is sent with the page: "started by the page script" (write {/* … */} in .astro)']);
  });

  it('names a wrong language or direction', () => {
    expect(checkBuiltPage(page({ html: '<html lang="en" dir="ltr">' }), expectation)).toEqual([
      '<html lang> is "en", expected "ar"',
      '<html dir> is "ltr", expected "rtl"',
    ]);
  });

  it('names a missing, hidden, doubled or misdirected quick exit', () => {
    expect(checkBuiltPage(page({ exit: '' }), expectation)).toContain('0 quick-exit links, expected 1');
    expect(checkBuiltPage(page({ exit: '<div hidden><a data-quick-exit-link rel="noreferrer" href="https://exit.example/">x</a></div>' }), expectation)).toContain('quick-exit link is hidden in the markup');
    expect(checkBuiltPage(page({ exit: '<a data-quick-exit-link href="/en/">x</a>' }), expectation)).toContain('quick-exit link goes to "/en/"');
  });

  it('names inline code the CSP does not allow, in the page or in _headers', () => {
    const problems = checkBuiltPage(page({ body: '<script>alert(1)</script>' }), expectation);
    expect(problems.some((problem) => problem.includes("not allowed by the page's CSP <meta>"))).toBe(true);
    expect(problems.some((problem) => problem.includes('not allowed by the CSP in _headers'))).toBe(true);
    expect(checkBuiltPage(page({ body: '<p style="color:red">x</p>' }), expectation)).toContain('a style="" attribute, which the CSP blocks');
  });

  it('names anything loaded from another host, and local files the build lacks', () => {
    const problems = checkBuiltPage(
      page({ head: '<link rel="stylesheet" href="https://fonts.example/a.css"><script src="/_astro/gone.js"></script>', body: '<img src="//cdn.example/x.png"><iframe src="https://maps.example/"></iframe>' }),
      expectation,
    );
    expect(problems).toEqual([
      '<script> loads /_astro/gone.js, which the build does not have',
      '<img> loads from another host: //cdn.example/x.png',
      '<iframe> loads from another host: https://maps.example/',
      '<link> loads from another host: https://fonts.example/a.css',
    ]);
  });

  it('names a title that says more than the site name', () => {
    expect(checkBuiltPage(page().replace('<title>Wegwijs</title>', '<title>Help if you are exploited · Wegwijs</title>'), expectation)).toEqual([
      '<title> is "Help if you are exploited · Wegwijs", expected only "Wegwijs" (History and the tab switcher keep titles)',
    ]);
  });

  it('names a form or a link that would put what she chose into an address', () => {
    expect(checkBuiltPage(page({ body: '<form action="/ar/help/"><input type="radio" name="role" value="client"></form>' }), expectation)).toEqual(['a visible form would put role into an address']);
    expect(checkBuiltPage(page({ body: '<form hidden><input type="radio" name="role"></form><form action="/ar/search/"><input type="search"></form>' }), expectation)).toEqual([]);
    expect(checkBuiltPage(page({ body: '<a href="/ar/search/?q=trafficking">x</a>' }), expectation)).toEqual(['a link with a query: /ar/search/?q=trafficking']);
  });

  it('names a link to another site that would send the referrer', () => {
    expect(checkBuiltPage(page({ body: '<a href="https://www.politie.nl/">Politie</a>' }), expectation)).toEqual(['link to https://www.politie.nl/ without rel="noreferrer"']);
  });

  it('names Markdown the parser left as text: unclosed bold and raw links', () => {
    expect(checkBuiltPage(page({ body: '<main><p><strong>注意</strong>：然后</p><script type="application/json">{"a":"**"}</script></main>' }), expectation)).toEqual([]);
    expect(checkBuiltPage(page({ body: '<main><p>**监察员：**原则上</p></main>' }), expectation)).toEqual(['unrendered Markdown bold (**): "…**监察员：**原则上…"']);
    expect(checkBuiltPage(page({ body: '<main><p>[PROUD](/ar/directory/proud/)</p></main>' }), expectation)).toEqual(['unrendered Markdown a link ](/…): "…[PROUD](/ar/directory/proud/)…"']);
  });
});
