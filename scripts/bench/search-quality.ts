import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { synonymsSchema } from '../../src/lib/build/schemas.ts';
import { SearchEngine, wordsOf, type SearchIndexFile } from '../../src/features/search/search.ts';
import { loadStemmer } from '../../src/features/search/stemmers.ts';
import { SearchEngine as BaselineEngine } from './baseline-search.ts';
import { evalSet, evaluate, percent, type EvalResult } from '../../tests/search-eval/search-eval.ts';
import { localeCodes, type Locale } from '../../src/lib/locales.ts';

/**
 * Search quality on the evaluation set (tests/search-eval/), today's engine next to the one
 * before issue 17, on each language's built index (`dist/`). Run alone with
 * `node scripts/bench/search-quality.ts` after a build; `npm run bench` includes it.
 */
export interface SearchQuality {
  language: string;
  queries: number;
  hit1: number;
  hit3: number;
  baselineHit1: number;
  baselineHit3: number;
  misses: EvalResult['misses'];
  /** The held-out set: queries written after the tuning, by someone who saw neither set nor tables. */
  heldOut: { queries: number; hit1: number; hit3: number; baselineHit1: number; baselineHit3: number; misses: EvalResult['misses'] };
}

export async function measureSearchQuality(languages: readonly Locale[] = localeCodes): Promise<SearchQuality[]> {
  const rows: SearchQuality[] = [];
  for (const language of languages) {
    const file = JSON.parse(readFileSync(`dist/${language}/search-index.json`, 'utf8')) as SearchIndexFile;
    // The synonym table as it is in the content now, so an edit can be tried without a build.
    const table = `src/content/synonyms/${language}.yaml`;
    if (existsSync(table)) {
      const { groups, ignore } = synonymsSchema.parse(parse(readFileSync(table, 'utf8')));
      file.synonyms = groups;
      file.ignore = [...new Set([...(file.ignore ?? []), ...ignore.flatMap((entry) => wordsOf(entry, language).map(({ word }) => word))])];
      // The prebuilt index holds the table as it was at the build: build from the documents instead.
      delete file.prebuilt;
    }
    const queries = evalSet(language);
    const engine = new SearchEngine(file, { stem: await loadStemmer(language) });
    const baseline = new BaselineEngine(file);
    const today = evaluate(engine, language, queries);
    const before = evaluate(baseline, language, queries);
    const heldOutQueries = evalSet(language, 'held-out');
    const heldToday = evaluate(engine, language, heldOutQueries);
    const heldBefore = evaluate(baseline, language, heldOutQueries);
    rows.push({
      language,
      queries: queries.length,
      hit1: percent(today.hit1, today.total),
      hit3: percent(today.hit3, today.total),
      baselineHit1: percent(before.hit1, before.total),
      baselineHit3: percent(before.hit3, before.total),
      misses: today.misses,
      heldOut: {
        queries: heldOutQueries.length,
        hit1: percent(heldToday.hit1, heldToday.total),
        hit3: percent(heldToday.hit3, heldToday.total),
        baselineHit1: percent(heldBefore.hit1, heldBefore.total),
        baselineHit3: percent(heldBefore.hit3, heldBefore.total),
        misses: heldToday.misses,
      },
    });
  }
  return rows;
}

if (import.meta.main) {
  const rows = await measureSearchQuality();
  console.table(Object.fromEntries(rows.map((row) => [row.language, { queries: row.queries, 'hit@1': row.hit1, 'hit@3': row.hit3, 'before: hit@1': row.baselineHit1, 'before: hit@3': row.baselineHit3 }])));
  for (const row of rows) for (const miss of row.misses) console.log(`${row.language} miss: "${miss.q}" wants ${miss.answers.join(', ')}; got ${miss.got.join(', ') || 'nothing'}`);
  console.log('\nHeld-out set (written after the tuning; nobody tuned search for it):');
  console.table(Object.fromEntries(rows.map((row) => [row.language, { queries: row.heldOut.queries, 'hit@1': row.heldOut.hit1, 'hit@3': row.heldOut.hit3, 'before: hit@1': row.heldOut.baselineHit1, 'before: hit@3': row.heldOut.baselineHit3 }])));
  for (const row of rows) for (const miss of row.heldOut.misses) console.log(`${row.language} held-out miss: "${miss.q}" wants ${miss.answers.join(', ')}; got ${miss.got.join(', ') || 'nothing'}`);
}
