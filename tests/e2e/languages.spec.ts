import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeInfo, masterLocale } from '../../src/lib/locales';
import { localeOfPath } from '../../src/lib/routes';
import { builtPages, watchPage } from './site';
import { label } from './strings';

test.describe('switching language', () => {
  test('keeps the reader on the same page', async ({ page }) => {
    await watchPage(page);
    await page.goto('/en/health/sti-test/');
    await page.getByLabel(label('language.change', 'en', { language: localeInfo('en').nativeName })).click();
    await page.getByRole('navigation', { name: label('language.listLabel') }).getByRole('link', { name: localeInfo('ro').nativeName }).click();
    await expect(page).toHaveURL(/\/ro\/health\/sti-test\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  });

  test('offers every language in its own name, marked with lang and hreflang', async ({ page }) => {
    await page.goto('/nl/');
    const links = page.locator('.language-switcher nav a');
    await expect(links).toHaveCount(14);
    await expect(page.locator('.language-switcher a[hreflang="ar"]')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('.language-switcher a[aria-current="true"]')).toHaveText(localeInfo('nl').nativeName);
  });

  test('head lists all 14 versions of the page plus x-default', async ({ page }) => {
    await page.goto('/th/clients/report-abuse/');
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(15);
    await expect(page.locator('link[hreflang="zh-Hans"]')).toHaveAttribute('href', /\/zh\/clients\/report-abuse\/$/);
  });
});

test.describe('the language chooser', () => {
  test.use({ locale: 'ro-RO' });

  test('points out the phone language without redirecting', async ({ page }) => {
    await watchPage(page);
    await page.goto('/');
    const romanian = page.locator('[data-language="ro"]');
    await expect(romanian).toHaveAttribute('data-highlight', '');
    await expect(romanian.locator('[data-label="suggested"]')).toBeVisible();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('remembers the last choice', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-language="pl"] a').click();
    await expect(page).toHaveURL(/\/pl\/$/);
    await page.goto('/');
    await expect(page.locator('[data-language="pl"] [data-label="remembered"]')).toBeVisible();
  });

  test('survives corrupt stored preferences', async ({ page }) => {
    const watch = await watchPage(page);
    await page.addInitScript(() => window.localStorage.setItem('wegwijs', '{"language": ["ro"'));
    await page.goto('/');
    await expect(page.locator('[data-language="ro"] [data-label="suggested"]')).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('a page not yet translated', () => {
  // Any page the build had to fill with the English master; none once every page is translated.
  const fallbackPath = builtPages().find((path) => path !== '/' && readFileSync(join('dist', path, 'index.html'), 'utf8').includes('data-fallback-notice'));

  test('shows the English text with a note in the reader language', async ({ page }) => {
    test.skip(!fallbackPath, 'every page is translated, so no page shows the English fallback');
    const code = localeOfPath(fallbackPath!)!;
    await page.goto(fallbackPath!);
    await expect(page.locator('html')).toHaveAttribute('lang', localeInfo(code).tag);
    await expect(page.locator('[data-fallback-notice]')).toContainText(localeInfo(code).nativeName);
    await expect(page.locator('main > article')).toHaveAttribute('lang', localeInfo(masterLocale).tag);
  });

  test('its links keep the reader in her language', async ({ page }) => {
    test.skip(!fallbackPath, 'every page is translated, so no page shows the English fallback');
    await page.goto(fallbackPath!);
    const code = localeOfPath(fallbackPath!)!;
    const hrefs = await page.locator('main > article a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const internal = hrefs.filter((href) => new URL(href).host === new URL(page.url()).host);
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) expect(new URL(href).pathname, href).toMatch(new RegExp(`^/${code}/`));
  });

  test('a translated page has no such note', async ({ page }) => {
    await page.goto('/nl/health/sti-test/');
    await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText('Gratis en anoniem testen op soa');
  });
});

test.describe('unknown addresses', () => {
  test('get a 404 in the language of the address, with a way home and every language', async ({ page }) => {
    const response = await page.goto('/pl/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('main').getByRole('link', { name: localeInfo('pl').nativeName })).toBeVisible();
    await expect(page.locator('a[href="/pl/"]').first()).toBeVisible();
    await expect(page.locator('a[href="/pl/search/"]').first()).toBeVisible();
  });

  test('outside any language get the English 404 with the language list', async ({ page }) => {
    const response = await page.goto('/nothing-here');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label('notFound.title'));
    await expect(page.locator('main a[hreflang="ar"]')).toHaveText(localeInfo('ar').nativeName);
  });
});
