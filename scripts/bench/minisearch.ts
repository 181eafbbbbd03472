import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import MiniSearch, { type Options } from 'minisearch';
import { benchQueries, percentile } from './stats.ts';
import { SearchEngine, foldWord, wordsOf, type SearchDoc, type SearchIndexFile } from '../../src/features/search/search.ts';
import { loadStemmer, type Stemmer } from '../../src/features/search/stemmers.ts';
import { evalSet, evaluate, percent, type Searcher } from '../../tests/search-eval/search-eval.ts';
import { localeCodes, type Locale } from '../../src/lib/locales.ts';
import { startServer } from './serve.ts';
import { bundleForPage, measureSearch, searchRuns, throttledPageWith } from './search.ts';

/**
 * The site's search next to MiniSearch, a well-known engine with a prebuilt index, given the
 * same help: the site's word breaker (Thai and Chinese split, words folded), the language's
 * stemmer and its ignored words, field boosts like the site's weights, typos and word
 * beginnings. What it does not get is the synonym table: that is the site's own work.
 */
export interface MiniSearchCost {
  language: string;
  /** Serialised MiniSearch index (JSON of MiniSearch#toJSON / JSON.stringify(miniSearch)) plus the docs needed to show results, bytes raw and brotli (quality 11). */
  indexBytes: number;
  indexBrotliBytes: number;
  /** Time to MiniSearch.loadJSON the serialised index in Chromium at 4× CPU, ms. */
  loadMs: number;
  /** Per-query p50/p95 at 4× CPU over the same queries scripts/bench/search.ts uses (benchQueries of doc titles/headings, 240). */
  p50Ms: number;
  p95Ms: number;
  /** Quality on tests/search-eval/<lang>.yaml, computed in Node with the same MiniSearch config: percent hit@1 and hit@3. */
  hit1: number;
  hit3: number;
}

/** One MiniSearch document per SearchDoc (only its four fields are read); `id` is its place in the index file. */
type MiniDoc = SearchDoc & { id: number };

/** What the MiniSearch config borrows from the site, handed in so the config can also run in Chromium. */
interface Tools {
  wordsOf: typeof wordsOf;
  foldWord: typeof foldWord;
  stem: Stemmer | undefined;
}

// The two functions below run in Node (quality) and, as their source text, in Chromium (timing),
// so both measure one config. Hence they use nothing but their arguments and built-ins.

/** The MiniSearch config: the site's words and stems, field boosts as the site weighs fields. */
function miniSearchOptions(locale: string, ignore: readonly string[], tools: Tools): Options<MiniDoc> {
  const ignored = new Set(ignore);
  return {
    fields: ['title', 'keywords', 'heading', 'text'],
    storeFields: [],
    tokenize: (text) => tools.wordsOf(text, locale).map((span) => span.word),
    processTerm: (term) => {
      if (ignored.has(term)) return null;
      if (!tools.stem) return term;
      try {
        return tools.foldWord(tools.stem(term)) || term;
      } catch {
        // The Bulgarian stemmer throws on a few words: keep those whole, as the site does.
        return term;
      }
    },
    searchOptions: { boost: { title: 4, keywords: 3, heading: 2 }, fuzzy: 0.2, prefix: true },
  };
}

/** Doc numbers of the results, one per page (its best part), best first: all words, else any word. */
function searchPages(index: MiniSearch<MiniDoc>, urls: readonly string[], query: string, limit: number): number[] {
  let hits = index.search(query, { combineWith: 'AND' });
  if (hits.length === 0) hits = index.search(query, { combineWith: 'OR' });
  const pages = new Set<string>();
  const found: number[] = [];
  for (const hit of hits) {
    const page = (urls[hit.id as number] ?? '').split('#')[0] ?? '';
    if (pages.has(page)) continue;
    pages.add(page);
    found.push(hit.id as number);
    if (found.length >= limit) break;
  }
  return found;
}

/** What the bench's script tag puts on the page. */
interface PageTools {
  MiniSearch: typeof MiniSearch;
  wordsOf: typeof wordsOf;
  foldWord: typeof foldWord;
  loadStemmer: typeof loadStemmer;
  miniSearchOptions: typeof miniSearchOptions;
  searchPages: typeof searchPages;
}

/**
 * MiniSearch on each language's documents: index bytes as shipped, quality on the evaluation set
 * (in Node), and, in Chromium at 4× CPU as scripts/bench/search.ts times the site's engine, the
 * time to load the index and per query (ranking only: the site's engine also cuts snippets).
 */
export async function measureMiniSearch(browser: Browser, origin: string, languages: readonly string[]): Promise<MiniSearchCost[]> {
  const bundle = await bundleForPage(
    "import MiniSearch from 'minisearch'; import { wordsOf, foldWord } from './src/features/search/search.ts'; import { loadStemmer } from './src/features/search/stemmers.ts'; Object.assign(globalThis, { MiniSearch, wordsOf, foldWord, loadStemmer });",
  );
  const pageCode = `${bundle}\nObject.assign(globalThis, { miniSearchOptions: ${miniSearchOptions.toString()}, searchPages: ${searchPages.toString()} });`;
  const results: MiniSearchCost[] = [];
  for (const language of languages) {
    const file = JSON.parse(readFileSync(`dist/${language}/search-index.json`, 'utf8')) as SearchIndexFile;
    const ignore = file.ignore ?? [];
    const urls = file.docs.map((doc) => doc.url);
    const options = miniSearchOptions(language, ignore, { wordsOf, foldWord, stem: await loadStemmer(language) });
    const miniSearch = new MiniSearch<MiniDoc>(options);
    miniSearch.addAll(file.docs.map((doc, id) => ({ ...doc, id })));
    const indexJson = JSON.stringify(miniSearch);
    // What the phone would download: the index, and the documents to show as results.
    const shipped = `{"index":${indexJson},"docs":${JSON.stringify(file.docs)}}`;

    const searcher: Searcher = { search: (query, limit = 5) => searchPages(miniSearch, urls, query, limit).map((id) => ({ doc: file.docs[id]! })) };
    const quality = evaluate(searcher, language, evalSet(language as Locale));

    const queries = benchQueries(file.docs.flatMap((doc) => [doc.title, doc.heading ?? '']).filter(Boolean), 240);
    // As many runs as the site's engine gets (searchRuns), each on a fresh page: the median of their p95s.
    const timings = [];
    for (let run = 0; run < searchRuns; run++) {
      const { page, context } = await throttledPageWith(browser, `${origin}/${language}/search/`, pageCode);
      const timing = await page.evaluate(async ({ indexJson, urls, ignore, queries, language }) => {
        const tools = globalThis as unknown as PageTools;
        const options = tools.miniSearchOptions(language, ignore, { wordsOf: tools.wordsOf, foldWord: tools.foldWord, stem: await tools.loadStemmer(language) });
        const started = performance.now();
        const index = tools.MiniSearch.loadJSON<MiniDoc>(indexJson, options);
        const loadMs = performance.now() - started;
        const times: number[] = [];
        for (const query of queries) {
          const before = performance.now();
          tools.searchPages(index, urls, query, 20);
          times.push(performance.now() - before);
        }
        return { loadMs, times };
      }, { indexJson, urls, ignore, queries, language });
      await context.close();
      timings.push(timing);
    }

    results.push({
      language,
      indexBytes: Buffer.byteLength(shipped),
      indexBrotliBytes: brotliCompressSync(shipped, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      loadMs: percentile(timings.map((timing) => timing.loadMs), 50),
      p50Ms: percentile(timings.map((timing) => percentile(timing.times, 50)), 50),
      p95Ms: percentile(timings.map((timing) => percentile(timing.times, 95)), 50),
      hit1: percent(quality.hit1, quality.total),
      hit3: percent(quality.hit3, quality.total),
    });
  }
  return results;
}

if (import.meta.main) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const server = await startServer('dist');
  try {
    const mini = await measureMiniSearch(browser, server.origin, localeCodes);
    const site = await measureSearch(browser, server.origin, localeCodes);
    const rows: Record<string, Record<string, number>> = {};
    for (const [at, row] of mini.entries()) {
      const file = JSON.parse(readFileSync(`dist/${row.language}/search-index.json`, 'utf8')) as SearchIndexFile;
      const quality = evaluate(new SearchEngine(file, { stem: await loadStemmer(row.language) }), row.language, evalSet(row.language as Locale));
      const ours = site[at]!;
      const round = (value: number) => Math.round(value * 10) / 10;
      rows[row.language] = {
        'MS br kB': round(row.indexBrotliBytes / 1000), 'MS load ms': round(row.loadMs), 'MS p50 ms': round(row.p50Ms), 'MS p95 ms': round(row.p95Ms),
        'MS hit@1': row.hit1, 'MS hit@3': row.hit3,
        'site br kB': round(ours.indexBrotliBytes / 1000), 'site load ms': round(ours.buildMs), 'site p95 ms': round(ours.p95Ms),
        'site hit@1': percent(quality.hit1, quality.total), 'site hit@3': percent(quality.hit3, quality.total),
      };
    }
    console.table(rows);
  } finally {
    server.stop();
    await browser.close();
  }
}
