import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { isLocale, localeCodes, masterLocale, type Locale } from '../locales.ts';
import type { SectionId } from '../sections.ts';
import { citationProblems, normalizeDigits, phoneProblems } from './content-check.ts';
import type { CityData, ContactData, TopicData } from './schemas.ts';
import { translationStatus, type TopicLike, type TranslationStatus } from '../translation-status.ts';

export { translationStatus, type TopicLike };

/**
 * The one content pipeline: what the site knows about its content, and every rule that spans
 * more than one field or file. The pages, `/status/` and `npm run check:content` all use it.
 *
 * 1. Astro loads the collections and validates each file against `schemas.ts`
 *    (`src/content.config.ts`); a file that does not fit fails the build naming file and field.
 * 2. `siteContent()` takes Astro's validated entries and each topic's rendered headings
 *    (`render(entry)`: the `##` sections readers see, with their ids) and hands them to
 *    `buildContent()`, which groups topic versions by slug, resolves the page each reader gets,
 *    checks cross-references and the translation rules, and counts translation status.
 * 3. Problems come in two kinds. A broken reference (a topic naming a contact, city or page
 *    that does not exist, a city naming an unknown help point, a translation without a master)
 *    means pages cannot be built right, so the build fails, naming file and field. Editorial
 *    problems (a stale or missing translation, a shared field that differs from the master,
 *    uncited sections, an unknown phone number, a city not listing an organisation that works
 *    there…) do not stop the site being built: a raised master revision would otherwise block
 *    every deploy until all translations catch up, and `/status/` could never show a stale
 *    page. `check:content` (part of `npm test`) fails on them.
 * 4. The build writes everything `check:content` needs to `contentReportPath`, outside `dist/`
 *    (also when it then fails).
 *    Why a report instead of the script loading content itself: `astro:content` exists only
 *    inside Astro, and loading the files a second time in plain Node (own YAML and front-matter
 *    parsing, own schema run) is how two sets of rules came about. So the script reads the
 *    verdict of this module on Astro's validated data, plus what only the finished site can
 *    show (links between built pages) and the raw files (names of individuals, comments too).
 *
 * Everything but `siteContent()` is plain data in, data out, and unit-tested without Astro.
 */

export type TopicEntry = CollectionEntry<'topics'>;
export type ContactEntry = CollectionEntry<'contacts'>;
export type CityEntry = CollectionEntry<'cities'>;

/** The least the rules need of an entry; Astro's entries have this shape. */
export interface ContentEntry<Data> {
  id: string;
  /** The file, from the project root (Astro's glob loader sets it). */
  filePath?: string | undefined;
  data: Data;
  /** The Markdown after the front matter (topics only). */
  body?: string | undefined;
}

/** A topic version with its `##` headings as Astro rendered them. */
export interface TopicInput<Entry extends ContentEntry<TopicData>> {
  entry: Entry;
  headings: MarkdownHeading[];
}

/** One thing wrong with the content, in the file and field where it can be fixed. */
export interface ContentProblem {
  /** The file to fix, from the project root (for a missing page: the file to write). */
  file: string;
  /** The field (a path into the data, e.g. `channels.2.note`); absent for the page's text. */
  field?: string;
  message: string;
  /** True when pages cannot be built right: the build fails. Otherwise check:content fails. */
  breaksBuild: boolean;
}

/** A problem as one line: "file: field: message". */
export function formatProblem(problem: ContentProblem): string {
  return [problem.file, problem.field, problem.message].filter((part) => part !== undefined).join(': ');
}

// --- Topics by slug and the page each reader gets ------------------------------------------------

/** Splits a topic entry id (`ro/sti-test`) into its language and slug; undefined when it is not one. */
export function parseTopicId(id: string): { locale: Locale; slug: string } | undefined {
  const [first, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLocale(first) || slug.length === 0 || slug.includes('/')) return undefined;
  return { locale: first, slug };
}

/** Where a topic version lives (or would live). */
function topicFile(locale: Locale, slug: string): string {
  return `src/content/topics/${locale}/${slug}.md`;
}

interface ResolvedPage<Entry> {
  locale: Locale;
  slug: string;
  /** The entry to render: the translation, or the master when there is none. */
  entry: Entry;
  /** True when the reader's language has no version and the master is shown instead. */
  isFallback: boolean;
  /** The entry's `##` sections as Astro rendered them (text and id), in order. */
  sections: MarkdownHeading[];
}

/** A topic version, placed: its language, slug, file and `##` sections. */
interface TopicVersion<Entry> {
  entry: Entry;
  locale: Locale;
  slug: string;
  file: string;
  sections: MarkdownHeading[];
}

/** The `##` headings: the sections a page's citations and the search index go by. */
function sectionHeadings(headings: MarkdownHeading[]): MarkdownHeading[] {
  return headings.filter((heading) => heading.depth === 2);
}

/** Topic versions grouped by slug, then language; ids outside `<lang>/<slug>` are problems. */
function groupBySlug<Entry extends ContentEntry<TopicData>>(
  topics: TopicInput<Entry>[],
  problems: ContentProblem[],
): Map<string, Map<Locale, TopicVersion<Entry>>> {
  const bySlug = new Map<string, Map<Locale, TopicVersion<Entry>>>();
  for (const { entry, headings } of topics) {
    const place = parseTopicId(entry.id);
    if (!place) {
      const message = `not in a language folder: topics live at src/content/topics/<lang>/<slug>.md, <lang> one of: ${localeCodes.join(', ')}`;
      problems.push({ file: entry.filePath ?? `src/content/topics/${entry.id}.md`, message, breaksBuild: true });
      continue;
    }
    const versions = bySlug.get(place.slug) ?? new Map<Locale, TopicVersion<Entry>>();
    versions.set(place.locale, { entry, ...place, file: entry.filePath ?? topicFile(place.locale, place.slug), sections: sectionHeadings(headings) });
    bySlug.set(place.slug, versions);
  }
  return bySlug;
}

/**
 * One page per master slug and locale: her own translation, or the English master with a note.
 * A translation without a master is a problem: its URL would exist in one language only.
 */
function resolvePages<Entry>(bySlug: Map<string, Map<Locale, TopicVersion<Entry>>>, problems: ContentProblem[]): ResolvedPage<Entry>[] {
  const pages: ResolvedPage<Entry>[] = [];
  for (const [slug, versions] of bySlug) {
    const master = versions.get(masterLocale);
    if (!master) {
      const found = [...versions.keys()].join(', ');
      problems.push({ file: topicFile(masterLocale, slug), message: `missing: the page exists in ${found} but not in ${masterLocale}; write the ${masterLocale} master first`, breaksBuild: true });
      continue;
    }
    for (const locale of localeCodes) {
      const own = versions.get(locale);
      const shown = own ?? master;
      pages.push({ locale, slug, entry: shown.entry, isFallback: own === undefined, sections: shown.sections });
    }
  }
  return pages;
}

// --- Translation status -------------------------------------------------------------------------

/**
 * Languages in which every page must exist and be current; `npm run check:content` fails on a
 * missing or stale page, or a missing contact or city text, in these. All of them: a change to
 * the English master is only done once every language has it.
 */
export const completeLocales: Locale[] = [...localeCodes];

type StatusCounts = Record<TranslationStatus, number>;

/** Translation status per page and language, and the counts per language (plain data: it goes into the report). */
export interface TranslationTable {
  counts: Record<Locale, StatusCounts>;
  pages: { slug: string; statuses: Record<Locale, TranslationStatus> }[];
}

/** Counts per language of pages that are master, complete, stale or missing. */
export function translationTable(versionsBySlug: Map<string, Map<Locale, TopicLike>>): TranslationTable {
  const counts = Object.fromEntries(localeCodes.map((code) => [code, { master: 0, complete: 0, stale: 0, missing: 0 }])) as Record<Locale, StatusCounts>;
  const pages: TranslationTable['pages'] = [];
  for (const [slug, versions] of [...versionsBySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const master = versions.get(masterLocale);
    if (!master) continue;
    const statuses = {} as Record<Locale, TranslationStatus>;
    for (const code of localeCodes) {
      const status = translationStatus(master, versions.get(code), code);
      statuses[code] = status;
      counts[code][status] += 1;
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

/** Text in the reader's language, or English with a flag saying so. */
export function localizedText(
  text: Partial<Record<Locale, string>>,
  locale: Locale,
): { text: string; locale: Locale; isFallback: boolean } {
  const own = text[locale];
  if (own !== undefined && own.trim() !== '') return { text: own, locale, isFallback: false };
  return { text: text[masterLocale] ?? '', locale: masterLocale, isFallback: true };
}

/** A contact or city text (`{ en: …, nl: … }`) that lacks a language. */
interface MissingText {
  file: string;
  field: string;
  locale: Locale;
}

/** Localized texts (under `description`, `note` or `value`) in an entry's data that lack a language of `completeLocales`. */
function missingTexts(file: string, data: unknown, path: string[] = []): MissingText[] {
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  if (typeof record[masterLocale] === 'string' && ['description', 'note', 'value'].includes(path.at(-1) ?? '')) {
    const lacking = completeLocales.filter((code) => typeof record[code] !== 'string' || (record[code] as string).trim() === '');
    return lacking.map((locale) => ({ file, field: path.join('.'), locale }));
  }
  return Object.entries(record).flatMap(([key, value]) => missingTexts(file, value, [...path, key]));
}

// --- The rules ----------------------------------------------------------------------------------

const contactFolder = 'src/content/contacts';
const cityFolder = 'src/content/cities';

/** Ids that name nothing known, as problems of `field` in `file`. */
function unknownIds(file: string, field: string, ids: string[], known: Set<string>, where: string): ContentProblem[] {
  return ids.filter((id) => !known.has(id)).map((id) => ({ file, field, message: `"${id}" is not in ${where}`, breaksBuild: true }));
}

/** The numbers of every organisation's phone-like channels: prose may only give these. */
function knownNumbers(contacts: ContentEntry<ContactData>[]): Set<string> {
  const numbers = new Set<string>();
  for (const contact of contacts) {
    for (const channel of contact.data.channels) {
      if (['phone', 'whatsapp', 'sms', 'signal'].includes(channel.type)) numbers.add(normalizeDigits(channel.value));
    }
  }
  return numbers;
}

const fileOf = (folder: string, entry: ContentEntry<unknown>) => entry.filePath ?? `${folder}/${entry.id}.yaml`;

/** Contacts and cities: texts in every language, and references both ways. */
function directoryProblems(contacts: ContentEntry<ContactData>[], cities: ContentEntry<CityData>[], texts: MissingText[]): ContentProblem[] {
  const contactIds = new Set(contacts.map((contact) => contact.id));
  const cityIds = new Set(cities.map((city) => city.id));
  const citiesById = new Map(cities.map((city) => [city.id, city]));
  const problems: ContentProblem[] = texts.map(({ file, field, locale }) => ({ file, field, message: `no ${locale} text`, breaksBuild: false }));
  for (const contact of contacts) problems.push(...unknownIds(fileOf(contactFolder, contact), 'cities', contact.data.cities, cityIds, cityFolder));
  for (const city of cities) problems.push(...unknownIds(fileOf(cityFolder, city), 'helpPoints', city.data.helpPoints, contactIds, contactFolder));
  // A city page lists every organisation that says it works in that city.
  for (const contact of contacts) {
    for (const cityId of contact.data.cities) {
      const city = citiesById.get(cityId);
      if (city && !city.data.helpPoints.includes(contact.id)) {
        const message = `lacks "${contact.id}", which works in this city (${fileOf(contactFolder, contact)})`;
        problems.push({ file: fileOf(cityFolder, city), field: 'helpPoints', message, breaksBuild: false });
      }
    }
  }
  return problems;
}

/** What is wrong with one topic version on its own: references, translation field, its text. */
function topicProblems(version: TopicVersion<ContentEntry<TopicData>>, known: { contacts: Set<string>; cities: Set<string>; slugs: Set<string>; numbers: Set<string> }): ContentProblem[] {
  const { entry, locale, file } = version;
  const { data } = entry;
  const body = entry.body ?? '';
  const problems: ContentProblem[] = [];
  const add = (field: string | undefined, message: string) => problems.push({ file, ...(field ? { field } : {}), message, breaksBuild: false });
  if (locale === masterLocale && data.translation) add('translation', 'the English master has a revision, not a translation');
  if (locale !== masterLocale && !data.translation) add('translation', 'say which master revision this was translated from');
  problems.push(...unknownIds(file, 'contacts', data.contacts, known.contacts, contactFolder));
  problems.push(...unknownIds(file, 'cities', data.cities, known.cities, cityFolder));
  problems.push(...unknownIds(file, 'related', data.related, known.slugs, `src/content/topics/${masterLocale}`));
  for (const message of phoneProblems(body, known.numbers)) add(undefined, message);
  if (locale === masterLocale) {
    const headings = version.sections.map((heading) => heading.text);
    for (const found of citationProblems(headings, data.citations, data.sources.length)) add(found.field, found.message);
  }
  for (const [, href] of body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
    if (!href?.startsWith(`/${locale}/`)) add(undefined, `link ${href} leaves the page's language (${locale})`);
  }
  return problems;
}

/** A translation shares the master's place, links, sources and citations; only the words differ. */
function translationProblems(slug: string, versions: Map<Locale, TopicVersion<ContentEntry<TopicData>>>): ContentProblem[] {
  const master = versions.get(masterLocale);
  if (!master) return [];
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string | undefined, message: string) => problems.push({ file, ...(field ? { field } : {}), message, breaksBuild: false });
  for (const [code, version] of versions) {
    const translation = version.entry.data;
    const sections = version.sections.length;
    const masterSections = master.sections.length;
    if (code !== masterLocale && translation.translation?.revision === master.entry.data.revision && sections !== masterSections) {
      add(version.file, undefined, `${sections} "##" sections, the ${masterLocale} master has ${masterSections}: each section cites its sources by position`);
    }
    for (const field of sharedTopicFields) {
      if (field === 'sources' && ownSourceLocales.includes(code)) continue;
      if (JSON.stringify(translation[field]) !== JSON.stringify(master.entry.data[field])) {
        add(version.file, field, `differs from the ${masterLocale} master (copy it from there)`);
      }
    }
  }
  // "Read also" names other pages; the page itself is no reading tip.
  for (const id of master.entry.data.related) if (id === slug) add(master.file, 'related', `"${id}" is the page itself`);
  for (const code of completeLocales) {
    const status = translationStatus(master.entry.data, versions.get(code)?.entry.data, code);
    if (status === 'missing') add(topicFile(code, slug), undefined, 'missing translation');
    if (status === 'stale') {
      const from = versions.get(code)?.entry.data.translation?.revision ?? '?';
      add(topicFile(code, slug), undefined, `stale: translated from revision ${from}, master is at ${master.entry.data.revision ?? 1}`);
    }
  }
  return problems;
}

// --- Putting it together ------------------------------------------------------------------------

/** What `check:content` reads: written by the build, so the script sees Astro's validated data. */
export interface ContentReport {
  /** When the build wrote it (ISO date and time). */
  writtenAt: string;
  totals: { topics: number; contacts: number; cities: number };
  translations: TranslationTable;
  problems: ContentProblem[];
  /** Every content file Astro loaded, from the project root (the script scans them for individuals). */
  files: string[];
}

/** Where the build leaves the report, from the project root; outside `dist/`, so it is never published. */
export const contentReportPath = 'node_modules/.cache/wegwijs/content-report.json';

export interface SiteContent<Topic, Contact, City> {
  /** Every topic page of the site: one per master slug and language. */
  topicPages: ResolvedPage<Topic>[];
  /** Organisations, by name. */
  contacts: Contact[];
  /** Municipalities, by name. */
  cities: City[];
  /** Contact and city texts lacking a language. */
  missingTexts: MissingText[];
  report: ContentReport;
}

const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'nl');

/** Applies every rule to validated content and resolves the pages: the whole pipeline, without Astro. */
export function buildContent<Topic extends ContentEntry<TopicData>, Contact extends ContentEntry<ContactData>, City extends ContentEntry<CityData>>(input: {
  topics: TopicInput<Topic>[];
  contacts: Contact[];
  cities: City[];
}): SiteContent<Topic, Contact, City> {
  const problems: ContentProblem[] = [];
  const bySlug = groupBySlug(input.topics, problems);
  const topicPages = resolvePages(bySlug, problems);
  const texts = [
    ...input.contacts.flatMap((contact) => missingTexts(fileOf(contactFolder, contact), contact.data)),
    ...input.cities.flatMap((city) => missingTexts(fileOf(cityFolder, city), city.data)),
  ];
  problems.push(...directoryProblems(input.contacts, input.cities, texts));
  const known = {
    contacts: new Set(input.contacts.map((contact) => contact.id)),
    cities: new Set(input.cities.map((city) => city.id)),
    slugs: new Set([...bySlug].filter(([, versions]) => versions.has(masterLocale)).map(([slug]) => slug)),
    numbers: knownNumbers(input.contacts),
  };
  const versions = [...bySlug.values()].flatMap((byLocale) => [...byLocale.values()]).sort((a, b) => a.file.localeCompare(b.file));
  for (const version of versions) problems.push(...topicProblems(version, known));
  for (const [slug, byLocale] of bySlug) problems.push(...translationProblems(slug, byLocale));

  const statusInput = new Map([...bySlug].map(([slug, byLocale]) => [slug, new Map([...byLocale].map(([locale, version]) => [locale, version.entry.data]))]));
  const files = [...versions.map((version) => version.file), ...input.contacts.map((contact) => fileOf(contactFolder, contact)), ...input.cities.map((city) => fileOf(cityFolder, city))];
  const report: ContentReport = {
    writtenAt: new Date().toISOString(),
    totals: { topics: known.slugs.size, contacts: input.contacts.length, cities: input.cities.length },
    translations: translationTable(statusInput),
    problems,
    files: files.sort(),
  };
  return {
    topicPages,
    contacts: [...input.contacts].sort(byName),
    cities: [...input.cities].sort(byName),
    missingTexts: texts,
    report,
  };
}

/** The build's error for problems that break pages: every one, as "file: field: message". */
export function buildFailure(problems: ContentProblem[]): Error | undefined {
  const breaking = problems.filter((problem) => problem.breaksBuild);
  if (breaking.length === 0) return undefined;
  return new Error(`Content that pages cannot be built from (fix these files):\n${breaking.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
}

// --- In the build -------------------------------------------------------------------------------

export type TopicPage = ResolvedPage<TopicEntry>;

let loaded: Promise<SiteContent<TopicEntry, ContactEntry, CityEntry>> | undefined;

async function load(): Promise<SiteContent<TopicEntry, ContactEntry, CityEntry>> {
  // Imported here, not at the top: `check:content` and `copy:shared` import this module in
  // plain Node, where `astro:content` does not exist.
  const { getCollection, render } = await import('astro:content');
  const [topics, contacts, cities] = await Promise.all([getCollection('topics'), getCollection('contacts'), getCollection('cities')]);
  const topicInputs = await Promise.all(topics.map(async (entry) => ({ entry, headings: (await render(entry)).headings })));
  const content = buildContent({ topics: topicInputs, contacts, cities });
  mkdirSync(dirname(contentReportPath), { recursive: true });
  writeFileSync(contentReportPath, `${JSON.stringify(content.report, null, 1)}\n`);
  const failure = buildFailure(content.report.problems);
  if (failure) throw failure;
  return content;
}

/** All content, validated and checked; the same promise for every page of a build. */
export function siteContent(): Promise<SiteContent<TopicEntry, ContactEntry, CityEntry>> {
  loaded ??= load();
  return loaded;
}

/** The topic pages of a section in one language, in their order. */
export async function sectionPages(locale: Locale, section: SectionId): Promise<TopicPage[]> {
  const { topicPages } = await siteContent();
  return topicPages
    .filter((page) => page.locale === locale && page.entry.data.section === section)
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title));
}

/** The pages named in `related`, in the reader's language (or its fallback), in the order given. */
export async function relatedPages(locale: Locale, slugs: string[]): Promise<TopicPage[]> {
  const { topicPages } = await siteContent();
  return slugs.flatMap((slug) => topicPages.filter((page) => page.locale === locale && page.slug === slug));
}

/** Looks up contacts by id, keeping the order asked for. */
export async function contactsById(ids: string[]): Promise<ContactEntry[]> {
  const { contacts } = await siteContent();
  return ids.flatMap((id) => contacts.filter((contact) => contact.id === id));
}

/** Looks up cities by id, keeping the order asked for. */
export async function citiesById(ids: string[]): Promise<CityEntry[]> {
  const { cities } = await siteContent();
  return ids.flatMap((id) => cities.filter((city) => city.id === id));
}
