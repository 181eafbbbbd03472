import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of every template; checked in Dutch, English, Arabic (right to left), Thai and Chinese. */
const templates = [
  ['language chooser', '/'],
  ['home', '/{lang}/'],
  ['section', '/{lang}/health/'],
  ['topic', '/{lang}/health/sti-test/'],
  ['topic for clients', '/{lang}/clients/report-abuse/'],
  ['directory', '/{lang}/directory/'],
  ['organisation', '/{lang}/directory/meld-misdaad-anoniem/'],
  ['city index', '/{lang}/cities/'],
  ['city', '/{lang}/cities/groningen/'],
  ['quick exit and privacy', '/{lang}/quick-exit/'],
  ['search', '/{lang}/search/'],
  ['sources', '/{lang}/sources/'],
  ['not found', '/{lang}/no-such-page/'],
] as const;

for (const lang of ['nl', 'en', 'ar', 'th', 'zh']) {
  for (const [name, pattern] of templates) {
    if (pattern === '/' && lang !== 'en') continue;
    const path = pattern.replace('{lang}', lang);
    test(`axe finds no WCAG 2.2 AA violation: ${name} (${lang})`, async ({ page }) => {
      await page.goto(path);
      // Open the language menu too, so its list is checked.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violation with the language menu open, in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/ar/');
  await page.locator('.language-switcher summary').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
