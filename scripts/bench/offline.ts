import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { shellIgnores, shellPatterns } from '../../src/features/offline/service-worker.build.ts';
import type { PackManifest } from '../../src/features/offline/language-pack.ts';

export interface OfflineCost {
  shellFiles: number;
  shellBytes: number;
  shellBrotliBytes: number;
  packs: { language: string; files: number; bytes: number; brotliBytes: number; coverage?: string }[];
}

const brotli = (content: Buffer) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * What going offline costs: the shell the service worker precaches, and each language pack
 * (every page in the language, its search index and help finder data), as stored and as sent with
 * brotli. For the languages in `check`, Chromium saves the pack (as a reader does, with Save on the
 * offline page), goes offline and opens every page of the language.
 */
export async function measureOffline(browser: Browser, origin: string, languages: readonly string[], check: readonly string[]): Promise<OfflineCost> {
  const shell = await getManifest({ globDirectory: 'dist', globPatterns: shellPatterns, globIgnores: shellIgnores });
  let shellBrotliBytes = 0;
  for (const entry of shell.manifestEntries ?? []) shellBrotliBytes += brotli(readFileSync(`dist/${entry.url}`));
  const packs: OfflineCost['packs'] = [];
  for (const language of languages) {
    const manifest = JSON.parse(readFileSync(`dist/${language}/pack.json`, 'utf8')) as PackManifest;
    let bytes = 0;
    let brotliBytes = 0;
    for (const entry of manifest.entries) {
      const content = readFileSync(`dist${entry.url.endsWith('/') ? `${entry.url}index.html` : entry.url}`);
      bytes += content.length;
      brotliBytes += brotli(content);
    }
    const pack: OfflineCost['packs'][number] = { language, files: manifest.entries.length, bytes, brotliBytes };
    if (check.includes(language)) pack.coverage = await offlineCoverage(browser, origin, language, manifest);
    packs.push(pack);
  }
  return { shellFiles: shell.count, shellBytes: shell.size, shellBrotliBytes, packs };
}

async function offlineCoverage(browser: Browser, origin: string, language: string, manifest: PackManifest): Promise<string> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  // As a reader saves a language: nothing is saved until she asks, on the offline page.
  await page.goto(`${origin}/${language}/app/`);
  await page.locator('[data-pack-save]').click();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(
    async (code) => {
      for (const name of await caches.keys()) if (name.startsWith(`wegwijs-pack-${code}-`) && (await caches.match('/__pack__.json', { cacheName: name }))) return true;
      return false;
    },
    language,
    { timeout: 120_000, polling: 250 },
  );
  // Navigations go through the worker once it controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const pages = manifest.entries.map((entry) => entry.url).filter((url) => url.endsWith('/'));
  await context.setOffline(true);
  let opened = 0;
  for (const url of pages) {
    const response = await page.goto(origin + url).catch(() => null);
    if (response?.status() === 200 && (await page.locator('html').getAttribute('lang'))?.startsWith(language)) opened += 1;
  }
  await context.close();
  return `${opened}/${pages.length}`;
}
