import { expect, test } from '@playwright/test';
import { localeCodes, localeInfo, masterLocale, type Locale } from '../../src/lib/locales';
import { builtPages, watchPage } from './site';

/**
 * Browser pass over a sample of built pages: what only a running page shows (console errors,
 * CSP violations at run time, requests to other hosts, cookies). Every page is checked
 * statically over dist/ by tests/static/built-pages.test.ts; here each page type is loaded
 * in a few languages (left to right, right to left, no spaces between words), and the pages a
 * reader opens most in every other language.
 */
const pages = builtPages();

/** The kind of page a path is: `home`, `help`, `directory/*` (an organisation), `health/*` (a topic). */
function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean).slice(1);
  if (segments.length === 0) return 'home';
  return segments.length === 1 ? segments[0]! : `${segments[0]}/*`;
}

const everyType: Locale[] = ['en', 'ar', 'zh'];
const mostOpened = new Set(['home', 'help', 'search', 'directory', 'directory/*', 'health/*', 'safety/*', 'quick-exit']);

/** The first page of each type in a language (or of the most opened types only). */
function sample(locale: Locale): string[] {
  // The forget page leaves for the cover site at once; tests/e2e/no-traces.spec.ts tests it.
  const seen = new Set<string>(['forget']);
  return pages.filter((path) => {
    if (!path.startsWith(`/${locale}/`)) return false;
    const type = pageType(path);
    if (seen.has(type) || (!everyType.includes(locale) && !mostOpened.has(type))) return false;
    seen.add(type);
    return true;
  });
}

for (const group of ['/', ...localeCodes] as const) {
  const paths = group === '/' ? ['/'] : sample(group);
  const label = group === '/' ? 'the language chooser' : everyType.includes(group) ? `every page type in ${group}` : `the most opened pages in ${group}`;
  test(`${label} loads cleanly: 200, lang and dir, nothing external, no errors, no cookies`, async ({ page }) => {
    expect(paths.length, 'pages in the sample').toBeGreaterThan(0);
    const watch = await watchPage(page);
    const expected = localeInfo(group === '/' ? masterLocale : group);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html'), path).toHaveAttribute('lang', expected.tag);
      await expect(page.locator('html'), path).toHaveAttribute('dir', expected.dir);
      await expect(page.locator('[data-quick-exit-link]'), path).toBeVisible();
      expect(await watch.cspViolations(), path).toEqual([]);
    }
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}
