import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { localeCodes, localeInfo, type Locale } from '../../src/lib/locales';
import { splitLocalePath } from '../../src/lib/routes';
import { quickExitDestination } from '../../src/features/quick-exit/quick-exit';
import { headerPatternMatches, headersFor, parseHeadersFile } from '../../src/lib/build/security-headers';
import { builtPages } from '../e2e/site';
import { checkBuiltPage, policyHashes, type PageExpectation } from './page-checks';

/**
 * The static pass: every page the build wrote, read as HTML (no browser), against the rules in
 * page-checks.ts. Browser tests (tests/e2e) then load a sample of page types.
 */
const dist = process.env.WEGWIJS_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}/: run npm run build first.`);

const pages = builtPages(dist);
const headerRules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
/** The Content-Security-Policy header a host sends with a path. */
const policyFor = (path: string) => headersFor(headerRules, path).find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1] ?? '';
const headerPolicy = policyFor('/');
const siteOrigin = new URL(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)?.[1] ?? 'https://invalid.example').origin;

const fileExists = (path: string) => {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
};

const fileTexts = new Map<string, string | undefined>();
const fileText = (path: string) => {
  if (!fileTexts.has(path)) fileTexts.set(path, fileExists(path) ? readFileSync(join(dist, decodeURIComponent(path)), 'utf8') : undefined);
  return fileTexts.get(path);
};

function expectationFor(locale: Locale): PageExpectation {
  const info = localeInfo(locale);
  return {
    lang: info.tag,
    dir: info.dir,
    title: 'Wegwijs',
    exitHref: quickExitDestination,
    siteOrigin,
    headerPolicy: { scriptHashes: policyHashes(headerPolicy, 'script-src'), styleHashes: policyHashes(headerPolicy, 'style-src') },
    fileExists,
    fileText,
  };
}

function problemsOn(paths: string[], locale: Locale): string[] {
  return paths.flatMap((path) => checkBuiltPage(readFileSync(join(dist, path, 'index.html'), 'utf8'), expectationFor(locale)).map((problem) => `${path}: ${problem}`));
}

describe('every built page', () => {
  it('the host sends a Content-Security-Policy header with script hashes', () => {
    expect(headerPolicy).toMatch(/script-src 'self' 'sha256-/);
  });

  it('the build has the language chooser and pages in every language', () => {
    expect(pages).toContain('/');
    for (const code of localeCodes) expect(pages.filter((path) => path.startsWith(`/${code}/`)).length, code).toBeGreaterThan(15);
  });

  it('the language chooser keeps the rules', () => {
    expect(problemsOn(['/'], 'en')).toEqual([]);
  });

  for (const code of localeCodes) {
    it(`in ${code}: lang and dir, the discreet title, one visible quick-exit link, CSP hashes for inline code, nothing from another host, no form or link that puts answers in an address`, () => {
      const paths = pages.filter((path) => path.startsWith(`/${code}/`));
      expect(problemsOn(paths, code)).toEqual([]);
    });
  }

  it('the 404 pages keep the rules too', () => {
    const notFound = localeCodes.filter((code) => existsSync(join(dist, code, '404', 'index.html')) || existsSync(join(dist, code, '404.html')));
    expect(notFound.length).toBe(localeCodes.length);
    const problems = notFound.flatMap((code) => {
      const file = existsSync(join(dist, code, '404', 'index.html')) ? join(dist, code, '404', 'index.html') : join(dist, code, '404.html');
      return checkBuiltPage(readFileSync(file, 'utf8'), expectationFor(code)).map((problem) => `/${code}/404: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the search field', () => {
  it('starts the word breaker early in Thai and Chinese only, the languages written without spaces', () => {
    // Elsewhere it would cost a tenth of a second on a slow phone for nothing.
    const marked = localeCodes.filter((code) => parse(fileText(`/${code}/index.html`) ?? '').querySelector('wegwijs-search')?.hasAttribute('data-word-breaker'));
    expect(marked.sort()).toEqual(['th', 'zh']);
  });
});

describe('what the host sends', () => {
  it('every page of the site gets the same Content-Security-Policy header, with the isolation headers', () => {
    const paths = [...pages, ...localeCodes.map((code) => `/${code}/no-such-page/`), '/404.html', '/sw.js'];
    const differing = paths.filter((path) => policyFor(path) !== headerPolicy);
    expect(differing).toEqual([]);
    for (const path of ['/', '/nl/', '/ar/health/']) {
      const headers = new Map(headersFor(headerRules, path).map(([name, value]) => [name.toLowerCase(), value]));
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(headers.get('cross-origin-embedder-policy'), path).toBe('require-corp');
    }
  });

  it('"forget everything" ends on a page that makes the browser delete the cache and storage', () => {
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const headers = new Map(rules.filter((rule) => headerPatternMatches(rule.pattern, '/ro/forget/')).flatMap((rule) => rule.headers.map(([name, value]) => [name.toLowerCase(), value] as const)));
    expect(headers.get('clear-site-data')).toBe('"cache", "storage"');
    expect(headers.get('cache-control')).toBe('no-store');
    for (const code of localeCodes) expect(existsSync(join(dist, code, 'forget', 'index.html')), code).toBe(true);
  });

  it('the forget page is in no language pack, so it always comes from the host with its header', () => {
    for (const code of localeCodes) {
      const pack = JSON.parse(readFileSync(join(dist, code, 'pack.json'), 'utf8')) as { entries: { url: string }[] };
      expect(pack.entries.length, code).toBeGreaterThan(15);
      expect(pack.entries.filter((entry) => entry.url.includes('/forget/')), code).toEqual([]);
    }
  });
});

/** A city's page in any language: `/<lang>/cities/<id>/`. */
function isCityPage(path: string): boolean {
  const { locale, rest } = splitLocalePath(path);
  return locale !== undefined && /^cities\/[^/]+\/$/.test(rest);
}

describe('city pages', () => {
  it('a city with no sourced rule says so and where to ask, in every language', () => {
    const problems: string[] = [];
    for (const path of pages.filter(isCityPage)) {
      const root = parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const datedRules = root.querySelectorAll('dd time').length;
      const banner = root.querySelector('[data-no-rules]');
      if (datedRules === 0) {
        if (!banner?.querySelector('a[href]')) problems.push(`${path}: no rule and no "no verified rules yet" notice with a link`);
      } else if (banner) problems.push(`${path}: has rules but says it has none`);
    }
    expect(problems).toEqual([]);
  });
});
