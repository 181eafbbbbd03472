import { cityRuleIds } from '../../lib/build/schemas';
import { translator } from '../../lib/build/i18n';
import type { Locale } from '../../lib/locales';
import { cityPath, contactPath, pagePath, topicPath } from '../../lib/routes';
import { localeInfo } from '../../lib/locales';
import type { SearchDoc, SearchIndexFile } from './search';
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
      keywords: [...data.sections.map((section) => t(`section.${section}.title`)), ...data.cities].join(' '),
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
  return { version: 1, locale, strings, docs };
}
