import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { label } from './strings';

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
  ['help finder', '/{lang}/help/'],
  ['chat handoff', '/{lang}/chat/veilig-thuis/'],
  ['offline and install', '/{lang}/app/'],
  ['discreet install', '/{lang}/app/discreet/'],
  ['offline page', '/{lang}/offline/'],
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

test("axe finds no violation in the help finder's answer, or with search results shown", async ({ page }) => {
  await page.goto('/en/help/');
  await page.getByLabel(label('help.role.sex-worker')).check();
  await page.getByRole('button', { name: label('help.next') }).click();
  await page.getByLabel(label('help.need.money')).check();
  // The narrower question, city and language may stay open: Next until the answer shows.
  for (let step = 0; step < 4 && !(await page.locator('[data-help-answer]').isVisible()); step++) await page.locator('[data-help-next]:visible').click();
  await expect(page.locator('[data-help-answer]')).toBeVisible();
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  await page.getByRole('searchbox').fill('kvk');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-search-results="panel"] a').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => violation.id)).toEqual([]);
});

test("axe finds no violation in the help finder's answers for a client, an outreach worker and someone worried, right to left", async ({ page }) => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const [role, need, city, language] of [['client', 'report', 'amsterdam', ''], ['outreach', 'health', 'leeuwarden', 'ro'], ['worried', 'forced', 'other', '']] as const) {
    await page.goto('/ar/help/');
    await page.locator(`input[name="role"][value="${role}"]`).check();
    await page.locator('[data-help-next]').click();
    await page.locator(`input[name="need"][value="${need}"]`).check();
    await page.locator('[data-help-next]').click();
    if (await page.locator('[data-help-step="detail"]').isVisible()) await page.locator('[data-help-next]').click();
    await page.locator('select[name="city"]').selectOption(city);
    await page.locator('[data-help-next]').click();
    if (language) await page.locator('select[name="language"]').selectOption(language);
    await page.locator('[data-help-next]').click();
    await expect(page.locator('[data-help-contacts]')).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => `${role}: ${violation.id}`)).toEqual([]);
  }
});

test('axe finds no violation with the language menu open, in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/ar/');
  await page.locator('.language-switcher summary').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
