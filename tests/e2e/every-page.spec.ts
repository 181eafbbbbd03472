import { expect, test } from '@playwright/test';
import { localeCodes, localeInfo } from '../../src/lib/locales';
import { builtPages, watchPage } from './site';

const pages = builtPages();

test('the build has pages in every language', () => {
  for (const code of localeCodes) {
    expect(pages.filter((path) => path.startsWith(`/${code}/`)).length, code).toBeGreaterThan(15);
  }
});

// One test per language keeps failures readable and lets workers share the load.
for (const group of ['/', ...localeCodes]) {
  const paths = group === '/' ? ['/'] : pages.filter((path) => path.startsWith(`/${group}/`));
  test(`every page in ${group === '/' ? 'the root' : group} loads cleanly: 200, lang and dir, nothing external, no errors`, async ({ page }) => {
    const watch = await watchPage(page);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const expected = group === '/' ? localeInfo('en') : localeInfo(group as (typeof localeCodes)[number]);
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
