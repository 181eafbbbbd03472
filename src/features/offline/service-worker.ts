/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import {
  packCacheName,
  packListKey,
  packManifestUrl,
  pageKey,
  parsePackCacheName,
  parsePackManifest,
  planPackUpdate,
  type PackManifest,
} from './language-pack';
import { isLocale } from '../../lib/locales';
import { helpDataPath, localeOfPath, pagePath, searchIndexPath } from '../../lib/routes';

/**
 * Wegwijs offline. Workbox precaches the shell (CSS, JS, icons, the language chooser and an
 * offline page per language). Each language's pages and search index are a separate pack, saved
 * when a reader asks for it (or on her first visit in that language), so nobody downloads
 * languages she does not read.
 *
 * Versions never mix: packs belong to one build (their cache name says which). A new service
 * worker brings the saved packs up to date while it installs, and only then waits; if the network
 * drops during that, the install fails and the old version keeps working with its own files.
 */

declare const self: ServiceWorkerGlobalScope;
/** Replaced at build time with the build's id. */
declare const __WEGWIJS_BUILD__: string;
const build = __WEGWIJS_BUILD__;

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', cleanURLs: false, ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

async function packCaches(): Promise<{ name: string; locale: string; build: string }[]> {
  return (await caches.keys()).flatMap((name) => {
    const parsed = parsePackCacheName(name);
    return parsed ? [{ name, ...parsed }] : [];
  });
}

async function fetchManifest(locale: string): Promise<PackManifest> {
  const response = await fetch(packManifestUrl(locale), { cache: 'no-store' });
  if (!response.ok) throw new Error(`pack list ${locale}: HTTP ${response.status}`);
  const manifest = parsePackManifest(await response.json());
  if (!manifest) throw new Error(`pack list ${locale}: not a pack list`);
  return manifest;
}


async function storedManifest(cache: Cache): Promise<PackManifest | undefined> {
  const response = await cache.match(packListKey);
  return response ? parsePackManifest(await response.json().catch(() => undefined)) : undefined;
}

type Progress = (done: number, total: number) => void;

/**
 * Fills the pack of `locale` for this build: unchanged files from an older pack are copied,
 * the rest downloaded. Only complete, successful (200) HTML and JSON responses are stored.
 */
async function fillPack(locale: string, progress: Progress, source?: { cache: Cache; manifest: PackManifest | undefined }): Promise<void> {
  const manifest = await fetchManifest(locale);
  if (manifest.build !== build) {
    // The server already has a newer version: let that version's service worker fill the pack.
    void self.registration.update();
    throw new Error('newer version on the server');
  }
  const target = await caches.open(packCacheName(locale, build));
  const already = await storedManifest(target);
  const { copy, download } = planPackUpdate(source?.manifest ?? already, manifest);
  const total = manifest.entries.length;
  let done = 0;
  for (const entry of copy) {
    const response = await (source?.cache ?? target).match(entry.url);
    if (response) {
      if (source) await target.put(entry.url, response);
      done += 1;
      progress(done, total);
    } else {
      download.push(entry);
    }
  }
  // A few downloads at a time: quick on a good line, gentle on a bad one.
  const queue = [...download];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const response = await fetch(entry.url, { cache: 'no-store' });
      if (!response.ok || response.redirected) throw new Error(`${entry.url}: HTTP ${response.status}`);
      await target.put(entry.url, response);
      done += 1;
      progress(done, total);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await target.put(packListKey, new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
}

async function broadcast(message: unknown): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

self.addEventListener('install', (event) => {
  // Bring every saved language up to date before this version may take over.
  event.waitUntil(
    (async () => {
      const older = (await packCaches()).filter((pack) => pack.build !== build);
      for (const pack of older) {
        const cache = await caches.open(pack.name);
        await fillPack(pack.locale, () => undefined, { cache, manifest: await storedManifest(cache) });
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const pack of await packCaches()) if (pack.build !== build) await caches.delete(pack.name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; locale?: string } | null;
  if (!data?.type) return;
  if (data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  } else if (data.type === 'SAVE_PACK' && isLocale(data.locale)) {
    const locale = data.locale;
    event.waitUntil(
      fillPack(locale, (done, total) => void broadcast({ type: 'PACK_PROGRESS', locale, done, total }))
        .then(() => broadcast({ type: 'PACK_SAVED', locale }))
        .catch((error: unknown) => broadcast({ type: 'PACK_FAILED', locale, reason: String(error) })),
    );
  } else if (data.type === 'REMOVE_PACK' && data.locale) {
    const locale = data.locale;
    event.waitUntil(
      packCaches()
        .then((packs) => Promise.all(packs.filter((pack) => pack.locale === locale).map((pack) => caches.delete(pack.name))))
        .then(() => broadcast({ type: 'PACK_REMOVED', locale })),
    );
  }
});

/** A saved page or search index of this build, if its language is saved. */
async function fromPack(url: URL): Promise<Response | undefined> {
  const locale = localeOfPath(url.pathname);
  if (!locale) return undefined;
  // `caches.match` with a name, not `caches.open`: opening would create an empty pack.
  return caches.match(pageKey(url.href), { cacheName: packCacheName(locale, build) });
}

// Pages: the saved copy when the language is saved (instant, and the same version as the
// shell), else the network; offline, the offline page in the reader's language.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    const url = new URL(request.url);
    const saved = await fromPack(url);
    if (saved) return saved;
    try {
      return await fetch(request);
    } catch {
      const locale = localeOfPath(url.pathname);
      return (
        (locale && (await matchPrecache(`${pagePath(locale, 'offline')}index.html`))) ||
        (await matchPrecache('/index.html')) ||
        Response.error()
      );
    }
  },
);

// The search index and the help finder's data: saved with the language pack, else from the
// network. Nothing else is cached at run time, so a missing hashed asset is the server's real
// 404, never a page.
registerRoute(
  ({ url, sameOrigin }) => {
    const locale = localeOfPath(url.pathname);
    return sameOrigin && locale !== undefined && (url.pathname === searchIndexPath(locale) || url.pathname === helpDataPath(locale));
  },
  async ({ request, url }) => (await fromPack(url)) ?? fetch(request),
);
