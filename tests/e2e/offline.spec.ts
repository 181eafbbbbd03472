import { expect, test as base, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { localeInfo } from '../../src/lib/locales';
import { startSiteServer, type SiteServer } from './site-server';
import { makeVersionB } from './site-versions';
import { label } from './strings';

/**
 * Offline use and updates, with the service worker on, between two real versions of the site:
 * version A is the build in dist/, version B a copy with changed pages and a renamed stylesheet,
 * given its own pack lists and service worker by scripts/offline-build.ts. Each test gets a fresh
 * browser profile; the server is switched from A to B like a deploy.
 */

const versionA = 'dist';

/**
 * The spec's own server, on a port the system picks (no clash with another run), switched from
 * version to version on the same origin, as a deploy does; each test's pages open on it.
 */
const test = base.extend<{ site: SiteServer }, { server: SiteServer }>({
  server: [
    async ({}, use) => {
      const server = await startSiteServer(versionA);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // Each test starts on version A.
  site: async ({ server }, use) => {
    server.serve(versionA);
    await use(server);
  },
  baseURL: async ({ site }, use) => use(site.origin),
});

// Saving a whole language takes a while on a busy 2-core machine: generous bounds, not budgets.
test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ serviceWorkers: 'allow' });

let css: { oldCss: string; newCss: string };
// Copies in a fresh temporary folder: outside the project, so type checks and linters never see
// them, and apart from any other run's.
let copies: string;
let versionB: string;
let brokenB: string;

test.beforeAll(() => {
  copies = mkdtempSync(join(tmpdir(), 'wegwijs-offline-'));
  versionB = join(copies, 'version-b');
  brokenB = join(copies, 'version-b-broken');
  css = makeVersionB(versionB);
  makeVersionB(brokenB, { removePage: 'en/health/sti-test' });
});
test.afterAll(() => {
  rmSync(copies, { recursive: true, force: true });
});

async function savedPacks(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('wegwijs-pack-')));
}

/** Saves the page's language with "Save for offline" (nothing is saved before), then opens the page. */
async function install(page: Page, path: string): Promise<void> {
  const locale = path.split('/')[1]!;
  await page.goto(`/${locale}/app/`);
  await page.locator('[data-pack-save]').click();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(async () => (await savedPacks(page)).some((name) => name.startsWith(`wegwijs-pack-${locale}-`)), { timeout: 90_000 }).toBe(true);
  // The pack is complete when its list is stored last.
  await expect.poll(() => page.evaluate(async (code) => {
    const name = (await caches.keys()).find((key) => key.startsWith(`wegwijs-pack-${code}-`));
    return name ? Boolean(await (await caches.open(name)).match('/__pack__.json')) : false;
  }, locale), { timeout: 90_000 }).toBe(true);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  if (new URL(page.url()).pathname !== path) await page.goto(path);
}

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

/** The version a page shows ('A' or 'B'); while it reloads, 'reloading'. */
const version = (page: Page) => page.evaluate(() => document.documentElement.dataset.version ?? 'A').catch(() => 'reloading');
const stylesheetApplied = (page: Page) =>
  // The screen stylesheet: the print one (media="print") says nothing about what she sees.
  page.evaluate(() => [...document.styleSheets].some((sheet) => {
    try {
      return sheet.media.mediaText !== 'print' && sheet.cssRules.length > 0;
    } catch {
      return false;
    }
  }));

test('every page of a saved language is saved and each kind of page opens offline; others show the offline page in her language', async ({ page, context, site }) => {
  await install(page, '/ro/');
  const pack = (await (await fetch(`${site.origin}/ro/pack.json`)).json()) as { entries: { url: string }[] };
  const pages = pack.entries.map((entry) => entry.url).filter((url) => url.endsWith('/'));
  // Every page of the language is in the saved pack…
  const missing = await page.evaluate(async (urls) => {
    const name = (await caches.keys()).find((key) => key.startsWith('wegwijs-pack-ro-'));
    const cache = name ? await caches.open(name) : undefined;
    const absent: string[] = [];
    for (const url of urls) if (!(await cache?.match(url))) absent.push(url);
    return absent;
  }, pages);
  expect(missing).toEqual([]);
  // …and one page of each kind opens offline, whole (one per first path segment).
  const kinds = new Map<string, string>();
  for (const url of pages) {
    const kind = url.split('/').filter(Boolean).slice(1).map((part, index) => (index === 0 ? part : '*')).join('/');
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  await context.setOffline(true);
  let opened = 0;
  for (const url of kinds.values()) {
    const response = await page.goto(url);
    if (response?.status() === 200 && (await page.locator('html').getAttribute('lang')) === 'ro' && (await page.locator('h1').count()) > 0) opened += 1;
  }
  expect(opened).toBe(kinds.size);
  expect(kinds.size).toBeGreaterThan(15);
  expect(await stylesheetApplied(page)).toBe(true);

  await page.goto('/ro/search/');
  await page.getByRole('searchbox').fill('GGD');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-search-list] a').first()).toBeVisible();

  // The help finder answers offline too: its data is saved with the pack.
  await page.goto('/ro/help/');
  await page.getByLabel(label('help.role.sex-worker', 'ro')).check();
  await page.getByRole('button', { name: label('help.next', 'ro') }).click();
  await page.getByLabel(label('help.need.stopping', 'ro')).check();
  for (let step = 0; step < 3; step++) await page.locator('[data-help-next]').click();
  await expect(page.locator('[data-help-contacts] > li').first()).toBeVisible();

  await page.goto('/de/health/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(label('offline.title', 'de'));
  await expect(page.getByRole('link', { name: localeInfo('ro').nativeName })).toBeVisible();
  await context.setOffline(false);
});

test('a hashed file that is gone is a real 404, never a page', async ({ page }) => {
  await install(page, '/en/');
  const result = await page.evaluate(async () => {
    const response = await fetch('/_astro/gone.abc123.js');
    return { status: response.status, type: response.headers.get('content-type') ?? '' };
  });
  expect(result.status).toBe(404);
});

test('a phone set to save data is told before anything downloads', async ({ page }) => {
  await page.goto('/en/app/');
  await expect(page.locator('[data-pack-save]')).toBeVisible();
  await expect(page.getByText(label('app.saveDataOn'))).toBeHidden();
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  await page.reload();
  await expect(page.getByText(label('app.saveDataOn'))).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('nothing is saved until she asks; Save for offline shows the size and progress; Remove of the last language frees everything', async ({ page }) => {
  await page.goto('/th/');
  await page.goto('/th/health/');
  await page.waitForTimeout(3500);
  expect(await page.evaluate(async () => ({ caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }))).toEqual({ caches: [], workers: 0 });
  await install(page, '/th/app/');
  await expect(page.locator('[data-pack-size]')).toContainText('MB');
  await page.locator('[data-pack-remove]').click();
  await expect.poll(async () => (await savedPacks(page)).some((name) => name.startsWith('wegwijs-pack-th-'))).toBe(false);
  // It was the only saved language: the worker and its shell are gone too.
  await expect.poll(() => page.evaluate(async () => ({ caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }))).toEqual({ caches: [], workers: 0 });
  await page.reload();
  await page.waitForTimeout(3500);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await page.evaluate(() => {
    (window as unknown as { __progress: number[] }).__progress = [];
    window.addEventListener('wegwijs:pack', (event) => {
      const detail = (event as CustomEvent<{ type: string; done?: number }>).detail;
      if (detail.type === 'PACK_PROGRESS') (window as unknown as { __progress: number[] }).__progress.push(detail.done ?? 0);
    });
  });
  await page.locator('[data-pack-save]').click();
  await expect(page.locator('[data-pack-remove]')).toBeVisible({ timeout: 60_000 });
  const progress = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  expect(progress.length).toBeGreaterThan(10);
  expect((await savedPacks(page)).some((name) => name.startsWith('wegwijs-pack-th-'))).toBe(true);
});

test.describe('updates between two versions', () => {
  test('one tab: a polite prompt, and Reload gives the new version with its own files', async ({ page, site }) => {
    await install(page, '/en/health/');
    site.serve(versionB);
    await checkForUpdate(page);
    const prompt = page.locator('[data-update-prompt]');
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    expect(await version(page)).toBe('A');
    await prompt.getByRole('button', { name: label('update.reload') }).click();
    await expect.poll(() => version(page), { timeout: 60_000 }).toBe('B');
    expect(await page.locator('link[rel=stylesheet]:not([media=print])').first().getAttribute('href')).toBe(css.newCss);
    expect(await stylesheetApplied(page)).toBe(true);
    // The old version's files are gone from every cache: no mix.
    const oldCssCached = await page.evaluate(async (href) => Boolean(await caches.match(href)), css.oldCss);
    expect(oldCssCached).toBe(false);
  });

  test('prompt dismissed: the tab keeps the old version, whole, until she agrees', async ({ page, site }) => {
    await install(page, '/en/health/');
    site.serve(versionB);
    await checkForUpdate(page);
    const prompt = page.locator('[data-update-prompt]');
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    await prompt.getByRole('button', { name: label('update.later') }).click();
    await expect(prompt).toBeHidden();
    await page.goto('/en/rights/');
    expect(await version(page)).toBe('A');
    expect(await stylesheetApplied(page)).toBe(true);
    await expect(prompt).toBeVisible({ timeout: 60_000 });
  });

  test('tab closed and reopened: the new version starts by itself', async ({ context, page, site }) => {
    await install(page, '/en/health/');
    site.serve(versionB);
    await checkForUpdate(page);
    await expect(page.locator('[data-update-prompt]')).toBeVisible({ timeout: 60_000 });
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto('/en/health/');
    await expect.poll(async () => {
      await reopened.reload();
      return version(reopened);
    }, { timeout: 60_000 }).toBe('B');
    expect(await stylesheetApplied(reopened)).toBe(true);
  });

  test('two tabs: Reload in one brings both to the new version', async ({ context, page, site }) => {
    await install(page, '/en/health/');
    const second = await context.newPage();
    await second.goto('/en/rights/');
    site.serve(versionB);
    await checkForUpdate(page);
    await expect(page.locator('[data-update-prompt]')).toBeVisible({ timeout: 60_000 });
    await page.locator('[data-update-reload]').click();
    await expect.poll(() => version(page), { timeout: 60_000 }).toBe('B');
    await expect.poll(() => version(second), { timeout: 60_000 }).toBe('B');
    expect(await stylesheetApplied(second)).toBe(true);
  });

  test('update looked for while offline: nothing breaks, and it comes when back online', async ({ context, page, site }) => {
    await install(page, '/en/health/');
    site.serve(versionB);
    await context.setOffline(true);
    await checkForUpdate(page).catch(() => undefined);
    await page.goto('/en/rights/');
    expect(await version(page)).toBe('A');
    await expect(page.locator('[data-update-prompt]')).toBeHidden();
    await context.setOffline(false);
    await checkForUpdate(page);
    await expect(page.locator('[data-update-prompt]')).toBeVisible({ timeout: 60_000 });
  });

  test('a download fails during the install: the old version stays, complete, also offline', async ({ context, page, site }) => {
    await install(page, '/en/health/');
    site.serve(brokenB);
    await checkForUpdate(page).catch(() => undefined);
    await expect.poll(() => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return Boolean(registration?.installing || registration?.waiting);
    }), { timeout: 60_000 }).toBe(false);
    await expect(page.locator('[data-update-prompt]')).toBeHidden();
    await context.setOffline(true);
    await page.goto('/en/health/sti-test/');
    expect(await version(page)).toBe('A');
    expect(await stylesheetApplied(page)).toBe(true);
    await context.setOffline(false);
  });
});

/** Installability errors about the site; "in-incognito" only says the test profile is a private one. */
const siteErrors = (errors: { errorId: string }[]) => errors.map((error) => error.errorId).filter((id) => id !== 'in-incognito');

test('installable in Chromium, with a start page in the reader\'s language; the discreet app has a neutral name', async ({ page }) => {
  await install(page, '/ro/');
  const session = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(siteErrors(installabilityErrors)).toEqual([]);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json());
  expect(manifest).toMatchObject({ start_url: '/ro/', lang: 'ro', scope: '/' });
  expect(manifest.icons.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(true);

  await page.goto('/ro/app/discreet/');
  const discreet = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json());
  expect(discreet.name).not.toMatch(/wegwijs/i);
  expect(discreet.id).not.toBe(manifest.id);
  const { installabilityErrors: discreetErrors } = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(siteErrors(discreetErrors)).toEqual([]);
});
