import type { Locale } from './locales.ts';
import { isLocale, localeCodes } from './locales.ts';
import type { SectionId } from './sections.ts';

/**
 * Every URL of the site is made here, so a link printed on a card today still works tomorrow.
 * Pages live under `/<lang>/` with the same English path in every language and a trailing slash.
 */

/** Site-relative paths of the pages that are not content entries. */
const staticPages = {
  home: '',
  search: 'search',
  help: 'help',
  quickExit: 'quick-exit',
  directory: 'directory',
  cities: 'cities',
  sources: 'sources',
  app: 'app',
  discreetInstall: 'app/discreet',
  offline: 'offline',
  /** Where "forget everything" ends: the host sends Clear-Site-Data with it (public/_headers). */
  forget: 'forget',
} as const;

export type StaticPage = keyof typeof staticPages;

/** Joins segments under a language into a URL path with a trailing slash: `/ro/health/`. */
export function localePath(locale: Locale, ...segments: string[]): string {
  const rest = segments.filter((segment) => segment.length > 0).join('/');
  return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

/** URL of a fixed page (home, search, quick exit, …) in a language. */
export function pagePath(locale: Locale, page: StaticPage): string {
  return localePath(locale, staticPages[page]);
}

/** URL of a section's index page. */
export function sectionPath(locale: Locale, section: SectionId): string {
  return localePath(locale, section);
}

/** URL of a topic page: `/<lang>/<section>/<slug>/`. */
export function topicPath(locale: Locale, section: SectionId, slug: string): string {
  return localePath(locale, section, slug);
}

/** URL of an organisation's page in the directory. */
export function contactPath(locale: Locale, contactId: string): string {
  return localePath(locale, staticPages.directory, contactId);
}

/** URL of the page shown before a chat app opens: an organisation's id, or `outreach` for the deployer's own chat. */
export function chatPath(locale: Locale, id: string): string {
  return localePath(locale, 'chat', id);
}

/** URL of a language's search index, which the search on the phone loads (and a language pack saves). */
export function searchIndexPath(locale: Locale): string {
  return `/${locale}/search-index.json`;
}

/** URL of a language's help finder data, which the help finder fetches (and a language pack saves). */
export function helpDataPath(locale: Locale): string {
  return `/${locale}/help-data.json`;
}

/** URL of a city's page. */
export function cityPath(locale: Locale, cityId: string): string {
  return localePath(locale, staticPages.cities, cityId);
}

/**
 * Splits a site path into its language and the rest, e.g. `/ro/health/` → `ro`, `health/`.
 * The one place that reads the language from a URL: the pages, the service worker, the local
 * server and the tests all ask here (or `localeOfPath`), so only real locale codes count.
 */
export function splitLocalePath(pathname: string): { locale: Locale | undefined; rest: string } {
  const match = /^\/([^/]+)\/?(.*)$/.exec(pathname);
  if (!match || !isLocale(match[1])) return { locale: undefined, rest: pathname.replace(/^\//, '') };
  return { locale: match[1], rest: match[2] ?? '' };
}

/** The language a site path is in: `/ro/health/` → `ro`; undefined for `/` and paths outside a language. */
export function localeOfPath(pathname: string): Locale | undefined {
  return splitLocalePath(pathname).locale;
}

/** The same page in another language: what the language switcher links to. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const { locale, rest } = splitLocalePath(pathname);
  if (!locale) return localePath(target);
  return `/${target}/${rest}`;
}

/** Paths of one page in every language, keyed by locale code (for hreflang and the switcher). */
export function alternatePaths(pathname: string): Record<Locale, string> {
  return Object.fromEntries(
    localeCodes.map((code) => [code, switchLocalePath(pathname, code)]),
  ) as Record<Locale, string>;
}
