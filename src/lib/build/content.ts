import type { Locale } from '../locales.ts';
import { isLocale, localeCodes, masterLocale } from '../locales.ts';

/**
 * Which page each reader gets: her own translation when there is one, otherwise the English
 * master with a note. Also the translation status the check script and status page report.
 */

/** The least a content entry must have for these functions: an id like `ro/sti-test`. */
export interface LocalizedEntry<Data> {
  id: string;
  data: Data;
}

export interface TopicLike {
  revision?: number | undefined;
  translation?: { source: Locale; revision: number } | undefined;
}

/** Splits a topic entry id (`ro/sti-test`) into its language and slug. */
export function parseTopicId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLocale(first) || slug.length === 0 || slug.includes('/')) {
    throw new Error(
      `Topic "${id}" is not at src/content/topics/<lang>/<slug>.md with <lang> one of: ${localeCodes.join(', ')}`,
    );
  }
  return { locale: first, slug };
}

export interface ResolvedPage<Entry> {
  locale: Locale;
  slug: string;
  /** The entry to render: the translation, or the master when there is none. */
  entry: Entry;
  /** True when the reader's language has no version and the master is shown instead. */
  isFallback: boolean;
}

/**
 * One page per master slug and locale. Translations without a master are an error: their URL
 * would exist in one language only.
 */
export function resolvePages<Data, Entry extends LocalizedEntry<Data>>(entries: Entry[]): ResolvedPage<Entry>[] {
  const bySlug = new Map<string, Map<Locale, Entry>>();
  for (const entry of entries) {
    const { locale, slug } = parseTopicId(entry.id);
    const versions = bySlug.get(slug) ?? new Map<Locale, Entry>();
    versions.set(locale, entry);
    bySlug.set(slug, versions);
  }
  const pages: ResolvedPage<Entry>[] = [];
  for (const [slug, versions] of bySlug) {
    const master = versions.get(masterLocale);
    if (!master) {
      const found = [...versions.keys()].join(', ');
      throw new Error(`Topic "${slug}" exists in ${found} but not in ${masterLocale}: write the ${masterLocale} master first.`);
    }
    for (const locale of localeCodes) {
      const own = versions.get(locale);
      pages.push({ locale, slug, entry: own ?? master, isFallback: own === undefined });
    }
  }
  return pages;
}

export type TranslationStatus = 'master' | 'complete' | 'stale' | 'missing';

/** Whether a translation is up to date with the master revision it was made from. */
export function translationStatus(master: TopicLike, translation: TopicLike | undefined, locale: Locale): TranslationStatus {
  if (locale === masterLocale) return 'master';
  if (!translation) return 'missing';
  const masterRevision = master.revision ?? 1;
  const translatedFrom = translation.translation?.revision;
  if (translatedFrom === undefined || translatedFrom < masterRevision) return 'stale';
  return 'complete';
}

/** Text in the reader's language, or English with a flag saying so. */
export function localizedText(
  text: Partial<Record<Locale, string>>,
  locale: Locale,
): { text: string; locale: Locale; isFallback: boolean } {
  const own = text[locale];
  if (own !== undefined && own.trim() !== '') return { text: own, locale, isFallback: false };
  return { text: text[masterLocale] ?? '', locale: masterLocale, isFallback: true };
}

/** Lists references to ids that do not exist, as "file: field → id" lines for a build error. */
export function findMissingReferences(
  references: { file: string; field: string; ids: string[] }[],
  known: Set<string>,
): string[] {
  return references.flatMap(({ file, field, ids }) =>
    ids.filter((id) => !known.has(id)).map((id) => `${file}: ${field} → "${id}" does not exist`),
  );
}

/**
 * Languages in which every page must exist and be current; `npm run check:content` fails on a
 * missing or stale page, or a missing contact or city text, in these. All of them: a change to
 * the English master is only done once every language has it.
 */
export const completeLocales: Locale[] = [...localeCodes];

export type StatusCounts = Record<TranslationStatus, number>;

/** Counts per language of pages that are master, complete, stale or missing. */
export function translationTable(
  versionsBySlug: Map<string, Map<Locale, TopicLike>>,
): { counts: Map<Locale, StatusCounts>; pages: { slug: string; statuses: Map<Locale, TranslationStatus> }[] } {
  const counts = new Map<Locale, StatusCounts>(localeCodes.map((code) => [code, { master: 0, complete: 0, stale: 0, missing: 0 }]));
  const pages: { slug: string; statuses: Map<Locale, TranslationStatus> }[] = [];
  for (const [slug, versions] of [...versionsBySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const master = versions.get(masterLocale);
    if (!master) continue;
    const statuses = new Map<Locale, TranslationStatus>();
    for (const code of localeCodes) {
      const status = translationStatus(master, versions.get(code), code);
      statuses.set(code, status);
      counts.get(code)![status] += 1;
    }
    pages.push({ slug, statuses });
  }
  return { counts, pages };
}

/**
 * Front-matter fields a translation shares with its master: only the words are the
 * translator's. `check:content` fails when they differ; `npm run copy:shared` copies them.
 */
export const sharedTopicFields = ['section', 'order', 'audience', 'contacts', 'cities', 'sources', 'citations', 'needs', 'related'] as const;

/**
 * Languages whose pages may cite their own edition of a source. None: sections cite their
 * sources by position, so every language shares the master's list (Dutch included; most sources
 * are Dutch already, and a Dutch edition can be added to the master's list).
 */
export const ownSourceLocales: readonly Locale[] = [];
