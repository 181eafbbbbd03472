/**
 * Language packs: everything one language needs offline (its pages and its search index), saved
 * in its own cache so a reader downloads only the languages she reads. Shared by the build (which
 * writes each pack's list), the service worker (which fills and updates the caches) and the page
 * (which shows the size and the progress).
 */

/** One file in a pack: its URL path, a hash of its content, and its size. */
export interface PackEntry {
  url: string;
  revision: string;
  /** Bytes over the wire with brotli (estimate), for "about N MB" before downloading. */
  transferBytes: number;
}

/** `/<lang>/pack.json`. */
export interface PackManifest {
  version: 1;
  /** The build the pack belongs to; the service worker only fills packs of its own build. */
  build: string;
  locale: string;
  entries: PackEntry[];
  transferBytes: number;
}

const packPrefix = 'wegwijs-pack-';

/** The cache that holds a language's pack for one build, e.g. `wegwijs-pack-ro-3f9a1c2b`. */
export function packCacheName(locale: string, build: string): string {
  return `${packPrefix}${locale}-${build}`;
}

/** The language and build a pack cache name stands for, or undefined for other caches. */
export function parsePackCacheName(name: string): { locale: string; build: string } | undefined {
  const match = /^wegwijs-pack-([a-z]{2})-([a-z0-9]+)$/.exec(name);
  return match ? { locale: match[1]!, build: match[2]! } : undefined;
}

/** Where a pack keeps its own list; stored last, so a pack with it is complete. */
export const packListKey = '/__pack__.json';

/** The URL of a language's pack list. */
export function packManifestUrl(locale: string): string {
  return `/${locale}/pack.json`;
}

/** A checked pack list, or undefined when the JSON is not one (a broken download, an old file). */
export function parsePackManifest(json: unknown): PackManifest | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const candidate = json as Partial<PackManifest>;
  if (candidate.version !== 1 || typeof candidate.build !== 'string' || typeof candidate.locale !== 'string' || !Array.isArray(candidate.entries)) return undefined;
  const entries = candidate.entries.filter(
    (entry): entry is PackEntry =>
      typeof entry === 'object' && entry !== null && typeof entry.url === 'string' && entry.url.startsWith('/') && typeof entry.revision === 'string' && typeof entry.transferBytes === 'number',
  );
  if (entries.length !== candidate.entries.length) return undefined;
  return { version: 1, build: candidate.build, locale: candidate.locale, entries, transferBytes: entries.reduce((sum, entry) => sum + entry.transferBytes, 0) };
}

/**
 * Updating a saved pack to a new build: files whose content did not change are copied from the
 * old cache, only changed or new files are downloaded, and files that are gone are dropped.
 */
export function planPackUpdate(
  previous: Pick<PackManifest, 'entries'> | undefined,
  next: Pick<PackManifest, 'entries'>,
): { copy: PackEntry[]; download: PackEntry[] } {
  const before = new Map((previous?.entries ?? []).map((entry) => [entry.url, entry.revision]));
  const copy: PackEntry[] = [];
  const download: PackEntry[] = [];
  for (const entry of next.entries) (before.get(entry.url) === entry.revision ? copy : download).push(entry);
  return { copy, download };
}

/** "0.3 MB" for a size in the reader's language; never "0.0". */
export function formatMegabytes(bytes: number, languageTag: string): string {
  const megabytes = Math.max(bytes / 1_000_000, 0.1);
  return `${new Intl.NumberFormat(languageTag, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(megabytes)} MB`;
}

/** The key a page is stored under: its path with a trailing slash, without query or hash. */
export function pageKey(url: string): string {
  const { pathname } = new URL(url, 'https://wegwijs.invalid');
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  return pathname;
}
