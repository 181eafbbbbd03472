#!/usr/bin/env node
/**
 * npm run check:content — reports on all content and fails on any problem:
 *   pages per language and their translation status; front matter, contact and city data against
 *   the schemas (so a page without sources or review date, or a contact field without a source,
 *   fails); phone numbers in text that libphonenumber rejects or that no listed organisation has;
 *   links between pages and to anchors that lead nowhere (in the built site); names or numbers
 *   of individuals from the seed documents.
 * Usage: node scripts/check-content.ts [--dist dist] [--fingerprint "text"]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import { citySchema, contactSchema, topicSchema, type TopicData } from '../src/lib/build/schemas.ts';
import { completeLocales, ownSourceLocales, sharedTopicFields, translationTable } from '../src/lib/build/content.ts';
import { localeCodes, masterLocale, type Locale } from '../src/lib/locales.ts';
import { brokenLinks, citationProblems, findIndividuals, fingerprint, normalizeDigits, phoneProblems, sectionHeadings, type BuiltPage } from '../src/lib/build/content-check.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, fingerprint: { type: 'string' } } });
if (values.fingerprint !== undefined) {
  console.log(fingerprint(values.fingerprint));
  process.exit(0);
}

const problems: string[] = [];
const problem = (file: string, message: string) => problems.push(`${file}: ${message}`);
const files = (directory: string, ending: string) =>
  readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

function frontMatter(file: string, text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) {
    problem(file, 'no front matter between --- lines');
    return { data: {}, body: text };
  }
  try {
    return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
  } catch (error) {
    problem(file, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return { data: {}, body: match[2] ?? '' };
  }
}

function validate<T>(file: string, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problem(file, `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  return undefined;
}

// --- Organisations and cities -----------------------------------------------------------------
/** Paths to localized texts (`{ en: …, nl: … }` under description, note or value) that lack a required language. */
function missingLocalizedTexts(node: unknown, path: string[] = []): string[] {
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record[masterLocale] === 'string' && ['description', 'note', 'value'].includes(path.at(-1) ?? '')) {
    return completeLocales.filter((code) => typeof record[code] !== 'string' || (record[code] as string).trim() === '').map((code) => `${path.join('.')}: no ${code} text`);
  }
  return Object.entries(record).flatMap(([key, value]) => missingLocalizedTexts(value, [...path, key]));
}

const texts: { file: string; text: string }[] = [];

/** Reads every YAML file of a collection: validated data by id, problems reported on the way. */
function loadYamlCollection<T>(folder: string, schema: Parameters<typeof validate<T>>[1]): Map<string, T | undefined> {
  const entries = new Map<string, T | undefined>();
  for (const file of files(folder, '.yaml')) {
    const text = readFileSync(file, 'utf8');
    texts.push({ file, text });
    const data: unknown = parseYaml(text);
    for (const message of missingLocalizedTexts(data)) problem(file, message);
    entries.set(file.replace(/^.*\//, '').replace('.yaml', ''), validate(file, schema, data));
  }
  return entries;
}

const contacts = loadYamlCollection('src/content/contacts', contactSchema);
const contactIds = new Set(contacts.keys());
const knownNumbers = new Set<string>();
for (const contact of contacts.values()) {
  for (const channel of contact?.channels ?? []) {
    if (['phone', 'whatsapp', 'sms', 'signal'].includes(channel.type)) knownNumbers.add(normalizeDigits(channel.value));
  }
}
const cities = loadYamlCollection('src/content/cities', citySchema);
const cityIds = new Set(cities.keys());
for (const [id, city] of cities) {
  for (const helpPoint of city?.helpPoints ?? []) {
    if (!contactIds.has(helpPoint)) problem(`src/content/cities/${id}.yaml`, `helpPoints: "${helpPoint}" is not in src/content/contacts`);
  }
}
// A city page lists every organisation that says it works in that city.
for (const [contactId, contact] of contacts) {
  for (const cityId of contact?.cities ?? []) {
    const city = cities.get(cityId);
    if (city && !city.helpPoints.includes(contactId)) problem(`src/content/cities/${cityId}.yaml`, `helpPoints: lacks "${contactId}", which works in this city (src/content/contacts/${contactId}.yaml)`);
  }
}

// --- Topic pages --------------------------------------------------------------------------------
const topics = new Map<string, Map<Locale, TopicData>>();
/** How many `##` sections each version of a page has: citations are per section, by position. */
const sectionCounts = new Map<string, number>();
for (const file of files('src/content/topics', '.md')) {
  const [locale, slug] = relative('src/content/topics', file).replace(/\.md$/, '').split(sep) as [Locale, string];
  if (!localeCodes.includes(locale)) {
    problem(file, `"${locale}" is not a language of the site`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const { data, body } = frontMatter(file, text);
  texts.push({ file, text });
  const topic = validate(file, topicSchema, data);
  if (!topic) continue;
  if (locale === masterLocale && topic.translation) problem(file, 'translation: the English master has a revision, not a translation');
  if (locale !== masterLocale && !topic.translation) problem(file, 'translation: say which master revision this was translated from');
  for (const id of topic.contacts) if (!contactIds.has(id)) problem(file, `contacts: "${id}" is not in src/content/contacts`);
  for (const id of topic.cities) if (!cityIds.has(id)) problem(file, `cities: "${id}" is not in src/content/cities`);
  for (const message of phoneProblems(body, knownNumbers)) problem(file, message);
  const headings = sectionHeadings(body);
  sectionCounts.set(`${locale}/${slug}`, headings.length);
  if (locale === masterLocale) for (const message of citationProblems(headings, topic.citations, topic.sources.length)) problem(file, message);
  for (const [, href] of body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
    if (!href?.startsWith(`/${locale}/`)) problem(file, `link ${href} leaves the page's language (${locale})`);
  }
  const versions = topics.get(slug) ?? new Map<Locale, TopicData>();
  versions.set(locale, topic);
  topics.set(slug, versions);
}

// --- Translation status per language ------------------------------------------------------------
// A translation shares the master's place, links, sources and citations; only the words differ.
for (const [slug, versions] of topics) {
  const master = versions.get(masterLocale);
  if (!master) {
    problem(`src/content/topics/*/${slug}.md`, `no ${masterLocale} master`);
    continue;
  }
  for (const [code, translation] of versions) {
    const sections = sectionCounts.get(`${code}/${slug}`);
    const masterSections = sectionCounts.get(`${masterLocale}/${slug}`);
    if (code !== masterLocale && translation.translation?.revision === master.revision && sections !== masterSections) {
      problem(`src/content/topics/${code}/${slug}.md`, `${sections} "##" sections, the ${masterLocale} master has ${masterSections}: each section cites its sources by position`);
    }
    for (const field of sharedTopicFields) {
      if (field === 'sources' && ownSourceLocales.includes(code)) continue;
      if (JSON.stringify(translation[field]) !== JSON.stringify(master[field])) {
        problem(`src/content/topics/${code}/${slug}.md`, `${field}: differs from the ${masterLocale} master (copy it from there)`);
      }
    }
  }
}
// "Read also" names pages by slug: each must exist, and not be the page itself.
for (const [slug, versions] of topics) {
  for (const id of versions.get(masterLocale)?.related ?? []) {
    if (id === slug) problem(`src/content/topics/${masterLocale}/${slug}.md`, `related: "${id}" is the page itself`);
    else if (!topics.get(id)?.has(masterLocale)) problem(`src/content/topics/${masterLocale}/${slug}.md`, `related: "${id}" is not a page in src/content/topics/${masterLocale}`);
  }
}
const { counts, pages: statusPages } = translationTable(topics);
for (const { slug, statuses } of statusPages) {
  for (const code of completeLocales) {
    const status = statuses.get(code);
    const master = topics.get(slug)?.get(masterLocale);
    if (status === 'missing') problem(`src/content/topics/${code}/${slug}.md`, 'missing translation');
    if (status === 'stale') problem(`src/content/topics/${code}/${slug}.md`, `stale: translated from revision ${topics.get(slug)?.get(code)?.translation?.revision ?? '?'}, master is at ${master?.revision ?? 1}`);
  }
}

// --- Individuals --------------------------------------------------------------------------------
const fingerprints = new Set(
  readFileSync('scripts/individuals.sha256', 'utf8').split('\n').map((line) => line.trim()).filter((line) => /^[0-9a-f]{64}$/.test(line)),
);
for (const { file, text } of texts) {
  for (const found of findIndividuals(text, fingerprints)) problem(file, `names or contact details of an individual from the seed documents: "${found}"`);
}

// --- Links in the built site --------------------------------------------------------------------
let linkSummary = 'not checked: no build in dist/ (run npm run build first)';
if (existsSync(join(values.dist, 'index.html'))) {
  const pages = new Map<string, BuiltPage>();
  for (const file of files(values.dist, '.html')) {
    const path = `/${relative(values.dist, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/^\/404\.html$/, '/404.html');
    const root = parseHtml(readFileSync(file, 'utf8'));
    pages.set(path, {
      ids: new Set(root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? '')),
      links: root.querySelectorAll('a[href]').map((element) => element.getAttribute('href') ?? ''),
    });
  }
  const broken = brokenLinks(pages, (path) => existsSync(join(values.dist, path)) && statSync(join(values.dist, path)).isFile());
  for (const line of broken) problem('dist', line);
  const linkCount = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
  linkSummary = `${linkCount} links on ${pages.size} built pages, ${broken.length} broken`;
}

// --- Report -------------------------------------------------------------------------------------
console.log(`Topic pages: ${topics.size} (English masters); organisations: ${contactIds.size}; cities: ${cityIds.size}`);
console.table(
  Object.fromEntries(
    [...counts].map(([code, count]) => [code, { ...count, required: completeLocales.includes(code) ? 'yes' : 'not yet' }]),
  ),
);
console.log(`Links: ${linkSummary}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}
console.log('No problems.');
