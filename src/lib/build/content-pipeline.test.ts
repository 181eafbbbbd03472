import { describe, expect, it } from 'vitest';
import {
  buildContent,
  buildFailure,
  formatProblem,
  localizedText,
  parseTopicId,
  translationStatus,
  translationTable,
  type ContentProblem,
} from './content-pipeline';
import { citySchema, contactSchema, topicSchema } from './schemas';
import { localeCodes, type Locale } from '../locales';

// Fixtures as Astro hands them over: validated by the same schemas, with the file each came from.

const everyLanguage = (text: string) => Object.fromEntries(localeCodes.map((code) => [code, text]));
const source = { title: 'Politie, Aangifte doen', url: 'https://www.politie.nl/', read: '2026-11-23' };

function contact(id: string, fields: Record<string, unknown> = {}) {
  const data = contactSchema.parse({
    name: `Organisation ${id}`,
    kind: 'police',
    nationwide: true,
    channels: [{ type: 'phone', value: '0900-8844', source, checked: '2026-11-23' }],
    sections: ['safety'],
    services: { value: ['police'], source, checked: '2026-11-23' },
    description: everyLanguage('Helps.'),
    ...fields,
  });
  return { id, filePath: `src/content/contacts/${id}.yaml`, data };
}

function city(id: string, fields: Record<string, unknown> = {}) {
  return { id, filePath: `src/content/cities/${id}.yaml`, data: citySchema.parse({ name: `City ${id}`, province: 'Utrecht', ...fields }) };
}

const twoSections = [
  { depth: 2, slug: 'first', text: 'First' },
  { depth: 3, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: 'second', text: 'Second' },
];

interface TopicOptions {
  fields?: Record<string, unknown>;
  body?: string;
  headings?: typeof twoSections;
}

function topic(locale: Locale, slug: string, { fields = {}, body = 'Text.', headings = twoSections }: TopicOptions = {}) {
  const data = topicSchema.parse({
    title: `Page ${slug}`,
    summary: 'What the page says, in short.',
    section: 'rights',
    order: 1,
    audience: ['sex-worker'],
    sources: [source],
    citations: [[1], 'no-facts'],
    reviewed: '2026-11-23',
    ...(locale === 'en' ? { revision: 1 } : { translation: { source: 'en', revision: 1 } }),
    ...fields,
  });
  return { entry: { id: `${locale}/${slug}`, filePath: `src/content/topics/${locale}/${slug}.md`, data, body }, headings };
}

/** A page in every language, all made from the current master. */
const everyVersion = (slug: string, options: TopicOptions = {}) => localeCodes.map((locale) => topic(locale, slug, options));

type Topic = ReturnType<typeof topic>;

/** Content that passes every rule; each test changes one thing. */
function content({ topics = [...everyVersion('a'), ...everyVersion('b')], contacts = [contact('police')], cities = [city('utrecht')] }: { topics?: Topic[]; contacts?: ReturnType<typeof contact>[]; cities?: ReturnType<typeof city>[] } = {}) {
  return buildContent({ topics, contacts, cities });
}

/** Replaces one language's version of a page. */
function withVersion(replacement: Topic, topics: Topic[] = [...everyVersion('a'), ...everyVersion('b')]): Topic[] {
  return topics.map((candidate) => (candidate.entry.id === replacement.entry.id ? replacement : candidate));
}

const problems = (input: Parameters<typeof content>[0]) => content(input).report.problems;
const lines = (found: ContentProblem[]) => found.map(formatProblem);

describe('content that passes every rule', () => {
  it('has no problems, and counts pages, organisations and cities', () => {
    const { report } = content();
    expect(report.problems).toEqual([]);
    expect(report.totals).toEqual({ topics: 2, contacts: 1, cities: 1 });
    expect(report.files).toContain('src/content/topics/ar/a.md');
    expect(report.files).toContain('src/content/contacts/police.yaml');
    expect(buildFailure(report.problems)).toBeUndefined();
  });
});

describe('which page a reader gets', () => {
  it('gives every language a page for every English master, the master where a translation is missing', () => {
    const { topicPages, report } = content({ topics: [topic('en', 'sti-test'), topic('nl', 'sti-test')] });
    expect(topicPages).toHaveLength(14);
    expect(topicPages.find((page) => page.locale === 'nl')?.isFallback).toBe(false);
    const romanian = topicPages.find((page) => page.locale === 'ro');
    expect(romanian?.isFallback).toBe(true);
    expect(romanian?.entry.id).toBe('en/sti-test');
    expect(romanian?.sections.map((heading) => heading.slug)).toEqual(['first', 'second']);
    expect(lines(report.problems)).toContain('src/content/topics/ro/sti-test.md: missing translation');
  });

  it('fails the build on a translation without an English master', () => {
    const found = problems({ topics: [topic('nl', 'only-dutch')] });
    expect(found).toEqual([
      { file: 'src/content/topics/en/only-dutch.md', message: 'missing: the page exists in nl but not in en; write the en master first', breaksBuild: true },
    ]);
  });

  it('fails the build on a topic outside a language folder', () => {
    const stray = topic('en', 'page');
    stray.entry.id = 'fr/page';
    stray.entry.filePath = 'src/content/topics/fr/page.md';
    expect(lines(problems({ topics: [...everyVersion('a'), stray] }))).toEqual([
      `src/content/topics/fr/page.md: not in a language folder: topics live at src/content/topics/<lang>/<slug>.md, <lang> one of: ${localeCodes.join(', ')}`,
    ]);
    expect(parseTopicId('en')).toBeUndefined();
    expect(parseTopicId('ar/report-abuse')).toEqual({ locale: 'ar', slug: 'report-abuse' });
  });
});

describe('cross-references', () => {
  it('fails the build naming file and field when a topic names a contact, city or page that does not exist', () => {
    const topics = withVersion(topic('en', 'a', { fields: { contacts: ['nobody'], cities: ['atlantis'], related: ['gone'] } }));
    const found = problems({ topics });
    expect(found).toContainEqual({ file: 'src/content/topics/en/a.md', field: 'contacts', message: '"nobody" is not in src/content/contacts', breaksBuild: true });
    expect(found).toContainEqual({ file: 'src/content/topics/en/a.md', field: 'cities', message: '"atlantis" is not in src/content/cities', breaksBuild: true });
    expect(found).toContainEqual({ file: 'src/content/topics/en/a.md', field: 'related', message: '"gone" is not in src/content/topics/en', breaksBuild: true });
    expect(buildFailure(found)?.message).toContain('src/content/topics/en/a.md: contacts: "nobody" is not in src/content/contacts');
  });

  it('fails the build when a city names an unknown help point, or a contact an unknown city', () => {
    const found = problems({ contacts: [contact('belle', { nationwide: false, cities: ['utrecht', 'atlantis'] })], cities: [city('utrecht', { helpPoints: ['belle', 'nobody'] })] });
    expect(lines(found.filter((problem) => problem.breaksBuild))).toEqual([
      'src/content/contacts/belle.yaml: cities: "atlantis" is not in src/content/cities',
      'src/content/cities/utrecht.yaml: helpPoints: "nobody" is not in src/content/contacts',
    ]);
  });

  it('asks a city to list every organisation that works there', () => {
    const found = problems({ contacts: [contact('belle', { nationwide: false, cities: ['utrecht'] })], cities: [city('utrecht')] });
    expect(found).toEqual([
      { file: 'src/content/cities/utrecht.yaml', field: 'helpPoints', message: 'lacks "belle", which works in this city (src/content/contacts/belle.yaml)', breaksBuild: false },
    ]);
  });

  it('does not let a page recommend itself', () => {
    const topics = everyVersion('a', { fields: { related: ['a'] } });
    expect(lines(problems({ topics }))).toEqual(['src/content/topics/en/a.md: related: "a" is the page itself']);
  });
});

describe('translations', () => {
  it('reports a stale and a missing translation in the file to fix', () => {
    const topics = withVersion(topic('en', 'a', { fields: { revision: 2 } }), everyVersion('a').filter((version) => version.entry.id !== 'ro/a'));
    const found = lines(problems({ topics }));
    expect(found).toContain('src/content/topics/nl/a.md: stale: translated from revision 1, master is at 2');
    expect(found).toContain('src/content/topics/ro/a.md: missing translation');
    expect(found).toHaveLength(13);
  });

  it('names a shared field that differs from the master', () => {
    const found = problems({ topics: withVersion(topic('de', 'a', { fields: { order: 7 } })) });
    expect(found).toEqual([{ file: 'src/content/topics/de/a.md', field: 'order', message: 'differs from the en master (copy it from there)', breaksBuild: false }]);
  });

  it('counts the sections Astro rendered: a translation of the current revision has as many as the master', () => {
    const found = problems({ topics: withVersion(topic('pl', 'a', { headings: twoSections.slice(0, 2) })) });
    expect(lines(found)).toEqual(['src/content/topics/pl/a.md: 1 "##" sections, the en master has 2: each section cites its sources by position']);
  });

  it('names the translation field of a master that claims to be a translation, and of a translation that does not say its revision', () => {
    const master = topic('en', 'a', { fields: { translation: { source: 'en', revision: 1 } } });
    const dutch = topic('nl', 'a', { fields: { translation: undefined } });
    const found = lines(problems({ topics: withVersion(dutch, withVersion(master)) }));
    expect(found).toContain('src/content/topics/en/a.md: translation: the English master has a revision, not a translation');
    expect(found).toContain('src/content/topics/nl/a.md: translation: say which master revision this was translated from');
  });
});

describe('what a page says', () => {
  it('names the citations field when sections and citations do not match', () => {
    const found = problems({ topics: everyVersion('a', { fields: { citations: [[1]] } }) });
    expect(lines(found)).toEqual([
      'src/content/topics/en/a.md: citations: 1 entries for 2 sections (one per "##" section, in order)',
      'src/content/topics/en/a.md: citations[1]: the section "Second" names no source',
    ]);
  });

  it('accepts only the numbers of listed organisations, and links within the page language', () => {
    const topics = withVersion(topic('hu', 'a', { body: 'Call 0900-8844 or 020 531 8600. See [rules](/en/rights/) and [more](/hu/rights/).' }));
    expect(lines(problems({ topics }))).toEqual([
      'src/content/topics/hu/a.md: "020 531 8600" is not the number of any organisation in src/content/contacts',
      "src/content/topics/hu/a.md: link /en/rights/ leaves the page's language (hu)",
    ]);
  });

  it('names contact and city texts missing in a language, for the check and /status/', () => {
    const { ro: _untranslated, ...description } = everyLanguage('Helps.');
    const rules = { minimumAge: { value: { en: 'Over 21.' }, source, asOf: '2026-01-01' } };
    const { report, missingTexts } = content({ contacts: [contact('police', { description })], cities: [city('utrecht', { rules })] });
    expect(lines(report.problems)).toContain('src/content/contacts/police.yaml: description: no ro text');
    expect(lines(report.problems)).toContain('src/content/cities/utrecht.yaml: rules.minimumAge.value: no nl text');
    expect(missingTexts.filter((text) => text.locale === 'ro')).toHaveLength(2);
    expect(missingTexts.filter((text) => text.locale === 'nl')).toEqual([{ file: 'src/content/cities/utrecht.yaml', field: 'rules.minimumAge.value', locale: 'nl' }]);
  });
});

describe('translation status', () => {
  it('is complete when made from the current master revision', () => {
    expect(translationStatus({ revision: 2 }, { translation: { source: 'en', revision: 2 } }, 'ro')).toBe('complete');
  });
  it('is stale when the master changed since', () => {
    expect(translationStatus({ revision: 3 }, { translation: { source: 'en', revision: 2 } }, 'ro')).toBe('stale');
    expect(translationStatus({ revision: 1 }, {}, 'ro')).toBe('stale');
  });
  it('is missing when there is no translation', () => {
    expect(translationStatus({ revision: 1 }, undefined, 'ro')).toBe('missing');
    expect(translationStatus({ revision: 1 }, undefined, 'en')).toBe('master');
  });
});

describe('the translation table', () => {
  it('counts each language and lists each page', () => {
    const versions = new Map([
      ['a', new Map([['en', { revision: 2 }], ['nl', { translation: { source: 'en' as const, revision: 2 } }], ['ro', { translation: { source: 'en' as const, revision: 1 } }]])],
      ['b', new Map([['en', { revision: 1 }]])],
    ]) as Parameters<typeof translationTable>[0];
    const { counts, pages } = translationTable(versions);
    expect(counts.nl).toEqual({ master: 0, complete: 1, stale: 0, missing: 1 });
    expect(counts.ro).toEqual({ master: 0, complete: 0, stale: 1, missing: 1 });
    expect(counts.en.master).toBe(2);
    expect(pages.map((page) => page.slug)).toEqual(['a', 'b']);
    expect(pages[0]?.statuses.ro).toBe('stale');
  });

  it('is in the report the build writes', () => {
    const topics = withVersion(topic('en', 'a', { fields: { revision: 2 } }));
    expect(content({ topics }).report.translations.counts.nl).toEqual({ master: 0, complete: 1, stale: 1, missing: 0 });
  });
});

describe('text in several languages', () => {
  it('uses the reader language, or English with a flag', () => {
    expect(localizedText({ en: 'Hello', nl: 'Hallo' }, 'nl')).toEqual({ text: 'Hallo', locale: 'nl', isFallback: false });
    expect(localizedText({ en: 'Hello', nl: ' ' }, 'nl')).toEqual({ text: 'Hello', locale: 'en', isFallback: true });
  });
});
