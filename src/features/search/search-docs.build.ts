import { cityRuleIds } from '../../lib/build/schemas';
import { translator } from '../../lib/build/i18n';
import type { Locale } from '../../lib/locales';
import { cityPath, contactPath, pagePath, topicPath } from '../../lib/routes';
import { isLocale, localeInfo } from '../../lib/locales';
import { SearchEngine, wordsOf, type SearchDoc, type SearchIndexFile } from './search';
import { loadStemmer } from './stemmers';
import { topicDocs } from './search-index.build';
import { localizedText, siteContent } from '../../lib/build/content-pipeline';

/** Everything one language's search looks through: topic pages by section, organisations, cities. */
export async function searchIndexFile(locale: Locale): Promise<SearchIndexFile> {
  const t = translator(locale);
  const { topicPages, contacts, cities } = await siteContent();
  const docs: SearchDoc[] = [];
  for (const page of topicPages.filter((candidate) => candidate.locale === locale)) {
    const { data, rendered, filePath } = page.entry;
    // The glob loader renders Markdown when it loads it; without that HTML the page would be unfindable.
    if (rendered === undefined) throw new Error(`${filePath}: Astro has no rendered HTML to index`);
    docs.push(
      ...topicDocs({
        url: topicPath(locale, data.section, page.slug),
        title: data.title,
        summary: data.summary,
        area: t(`section.${data.section}.title`),
        keywords: data.keywords,
        html: rendered.html,
        sections: page.sections,
      }),
    );
  }
  for (const contact of contacts) {
    const { data } = contact;
    docs.push({
      url: contactPath(locale, contact.id),
      kind: 'contact',
      title: data.name,
      area: t('directory.title'),
      text: localizedText(data.description, locale).text,
      // What it does, in her words: an organisation ranks high when its service is what she typed.
      keywords: [...data.services.value.map((service) => t(`service.${service}`)), ...data.sections.map((section) => t(`section.${section}.title`)), ...data.cities].join(' '),
    });
  }
  for (const city of cities) {
    const { data } = city;
    const rules = cityRuleIds.flatMap((rule) => {
      const found = data.rules[rule];
      return found ? [localizedText(found.value, locale).text] : [];
    });
    docs.push({
      url: cityPath(locale, city.id),
      kind: 'city',
      title: data.name,
      area: t('cities.title'),
      text: rules.join(' '),
      keywords: data.province,
    });
  }
  const categories = new Intl.PluralRules(localeInfo(locale).tag).resolvedOptions().pluralCategories;
  const literal = { interpolation: { escapeValue: false } };
  const strings = {
    heading: t('search.resultsHeading'),
    none: t('search.noResults', { query: '{{query}}', ...literal }),
    close: t('search.close'),
    results: Object.fromEntries(categories.map((category) => [category, t(`search.results_${category}`, { count: '{{count}}' as unknown as number, query: '{{query}}', ...literal })])),
    helpLabel: t('help.title'),
    helpPage: pagePath(locale, 'help'),
  };
  const table = await synonymTable(locale);
  const file: SearchIndexFile = { version: 1, locale, strings, docs, synonyms: table.groups, ignore: await ignoredWords(locale, table.ignore, docs) };
  // The index ready to query, so the phone does not build it: the same engine, run here once.
  return { ...file, prebuilt: new SearchEngine(file, { stem: await loadStemmer(locale), ignorePrebuilt: true }).prebuild() };
}

/** The language's synonym table (src/content/synonyms/<lang>.yaml), validated by Astro; none is fine. */
async function synonymTable(locale: Locale): Promise<{ groups: string[][]; ignore: string[] }> {
  // `astro:content` exists only inside Astro's build (see content-pipeline.ts).
  const { getCollection } = await import('astro:content');
  const tables = await getCollection('synonyms');
  for (const table of tables) {
    if (!isLocale(table.id)) throw new Error(`${table.filePath ?? table.id}: a synonym table is named after its language (en.yaml, ro.yaml…)`);
  }
  return tables.find((table) => table.id === locale)?.data ?? { groups: [], ignore: [] };
}

/** The usual small words of each language (@orama/stopwords, maintained with Orama search). */
const stopwordLists: Partial<Record<Locale, () => Promise<{ stopwords: string[] }>>> = {
  ar: () => import('@orama/stopwords/arabic'),
  bg: () => import('@orama/stopwords/bulgarian'),
  de: () => import('@orama/stopwords/german'),
  en: () => import('@orama/stopwords/english'),
  es: () => import('@orama/stopwords/spanish'),
  hu: () => import('@orama/stopwords/hungarian'),
  nl: () => import('@orama/stopwords/dutch'),
  pt: () => import('@orama/stopwords/portuguese'),
  ro: () => import('@orama/stopwords/romanian'),
  ru: () => import('@orama/stopwords/russian'),
  uk: () => import('@orama/stopwords/ukrainian'),
  zh: () => import('@orama/stopwords/mandarin'),
};

/**
 * Words a query's search leaves out ("de", "my", "吗"): the language's usual small words and the
 * table's own, as search compares them, and only those the pages contain (others never match).
 */
async function ignoredWords(locale: Locale, own: string[], docs: SearchDoc[]): Promise<string[]> {
  const usual = (await stopwordLists[locale]?.())?.stopwords ?? [];
  const vocabulary = [...new Set(docs.flatMap((doc) => [doc.title, doc.heading, doc.keywords, doc.text].flatMap((text) => (text ? wordsOf(text, locale).map(({ word }) => word) : []))))].sort();
  // A small word matters when a page has it or a word it begins ("moj" finds "moja" by its beginning).
  const matchesSome = (word: string) => {
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (vocabulary[middle]! < word) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]?.startsWith(word) ?? false;
  };
  const words = [...usual, ...own].flatMap((entry) => wordsOf(entry, locale).map(({ word }) => word));
  return [...new Set(words)].filter(matchesSome).sort();
}
