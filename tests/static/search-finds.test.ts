import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine, type SearchIndexFile } from '../../src/features/search/search';
import { loadStemmer } from '../../src/features/search/stemmers';
import { localeCodes, type Locale } from '../../src/lib/locales';
import { searchExpectations, dutchTermsEverywhere } from './search-queries';

/**
 * What a reader types finds the page she needs: each query, in the built search index of its
 * language, has the page among the first results. The queries are the words a reader would
 * type, in her language, and the Dutch words she meets in letters (bezwaar, KOR, bijstand…).
 */
const dist = process.env.WEGWIJS_DIST ?? 'dist';
const engines = new Map<Locale, SearchEngine>();
// As the phone builds it: the built index with the language's stemmer.
beforeAll(async () => {
  for (const locale of localeCodes) {
    const file = join(dist, locale, 'search-index.json');
    if (!existsSync(file)) throw new Error(`No search index in ${file}: run npm run build first.`);
    engines.set(locale, new SearchEngine(JSON.parse(readFileSync(file, 'utf8')) as SearchIndexFile, { stem: await loadStemmer(locale) }));
  }
});
function engineFor(locale: Locale): SearchEngine {
  return engines.get(locale)!;
}

/** The page paths (without `#section`) of the first results, for a clear failure message. */
function topPages(locale: Locale, query: string, count: number): string[] {
  const pages: string[] = [];
  for (const result of engineFor(locale).search(query, 30)) {
    const page = result.doc.url.split('#')[0]!;
    if (!pages.includes(page)) pages.push(page);
    if (pages.length === count) break;
  }
  return pages;
}

/** Results show pages and their sections; she sees the page among the first three pages. */
const shownPages = 3;

describe('search finds the page she needs', () => {
  for (const { slug, section, queries } of searchExpectations) {
    it(`${slug}: in ${new Set(queries.map(([locale]) => locale)).size} languages`, () => {
      const misses = queries
        .map(([locale, query]) => ({ locale, query, top: topPages(locale, query, shownPages) }))
        .filter(({ locale, top }) => !top.includes(`/${locale}/${section}/${slug}/`))
        .map(({ locale, query, top }) => `${locale} "${query}" → ${top.join(', ') || 'nothing'}`);
      expect(misses).toEqual([]);
    });
  }

  it('the Dutch words from letters and forms find their page in every language', () => {
    const misses = localeCodes.flatMap((locale) =>
      dutchTermsEverywhere
        .map(({ term, section, slug }) => ({ term, top: topPages(locale, term, shownPages), want: `/${locale}/${section}/${slug}/` }))
        .filter(({ top, want }) => !top.includes(want))
        .map(({ term, top }) => `${locale} "${term}" → ${top.join(', ') || 'nothing'}`),
    );
    expect(misses).toEqual([]);
  });
});
