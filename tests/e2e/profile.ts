import { chromium, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';
import { exitHost } from './site';

/**
 * A real Chromium profile on disk, as on her phone: History, Sessions, Favicons and the caches
 * are files that whoever picks up the phone can read. Tests open one, browse, close it, and then
 * read what the browser kept.
 */
export interface Profile {
  directory: string;
  context: BrowserContext;
  page: Page;
  /** Closes the browser, so everything it keeps is written to disk. */
  close(): Promise<void>;
}


/** The cover site the quick exit opens, answered locally (this machine has no internet). */
const coverPage = '<!doctype html><title>Weather</title><h1>Weather</h1><p>Sunny spells</p>';

export async function openProfile(options: { backForwardCache: boolean; directory?: string }): Promise<Profile> {
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'wegwijs-profile-'));
  // The address of the site server this run started on a free port (playwright.config.ts).
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('No baseURL: the site server has not started.');
  const context = await chromium.launchPersistentContext(directory, {
    executablePath: chromiumPath,
    args: options.backForwardCache ? chromiumArgs : [...chromiumArgs, '--disable-back-forward-cache'],
    // Playwright turns the back/forward cache off by default; phones have it on.
    ignoreDefaultArgs: options.backForwardCache ? ['--disable-back-forward-cache'] : [],
    baseURL,
    serviceWorkers: 'allow',
  });
  await context.route(
    (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
    (route) => (new URL(route.request().url()).hostname === exitHost ? route.fulfill({ contentType: 'text/html', body: coverPage }) : route.abort()),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    directory,
    context,
    page,
    close: () => context.close(),
  };
}

/** Removes a profile folder after the test. */
export function removeProfile(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
}

/** Folders of the profile that hold copies of pages (caches), not a record of the visit. */
const cacheFolders = new Set(['Cache', 'Code Cache', 'GPUCache', 'DawnGraphiteCache', 'DawnWebGPUCache', 'Service Worker', 'blob_storage']);

/**
 * Files of the profile (outside the caches) that contain any of `needles`, in UTF-8 or in
 * UTF-16 (Chromium keeps titles in Sessions as UTF-16). Returns "file: needle" lines.
 */
export function profileFilesContaining(directory: string, needles: string[], options: { includeCaches?: boolean } = {}): string[] {
  const found: string[] = [];
  const encoded = needles.filter((needle) => needle.length >= 4).map((needle) => ({ needle, forms: [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')] }));
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(directory, join(entry.parentPath, entry.name));
    const top = path.split(/[\\/]/)[1] ?? '';
    if (!options.includeCaches && cacheFolders.has(top)) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(entry.parentPath, entry.name));
    } catch {
      continue; // A lock file or a socket.
    }
    for (const { needle, forms } of encoded) if (forms.some((form) => bytes.includes(form))) found.push(`${path}: ${needle}`);
  }
  return found;
}

/** The HTTP cache's files that name a URL path (Chromium keeps each entry's URL as its key). */
export function httpCacheFilesNaming(directory: string, urlPart: string): number {
  const cache = join(directory, 'Default', 'Cache');
  if (!existsSync(cache)) return 0;
  let count = 0;
  for (const entry of readdirSync(cache, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && readFileSync(join(entry.parentPath, entry.name)).includes(urlPart)) count += 1;
  }
  return count;
}

/** What the site keeps in this browser, as a page of the site sees it. */
export async function siteStorage(page: Page): Promise<{ localStorage: string[]; sessionStorage: string[]; caches: string[]; workers: number }> {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    caches: 'caches' in window ? await caches.keys() : [],
    workers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
}
