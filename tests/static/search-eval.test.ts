import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchIndexFile } from '../../src/features/search/search';
import { loadStemmer } from '../../src/features/search/stemmers';
import { localeCodes } from '../../src/lib/locales';
import { evalSet, evaluate, percent } from '../search-eval/search-eval';

/**
 * Search understands what she means, in every language: on the evaluation set (what readers type,
 * tests/search-eval/<lang>.yaml), the page that answers is first for at least 80 % of queries and
 * among the first three for at least 95 %, on the built index, as the phone searches it.
 */
const dist = process.env.WEGWIJS_DIST ?? 'dist';

describe('search evaluation', () => {
  it.each(localeCodes)('%s: hit@1 ≥ 80 percent and hit@3 ≥ 95 percent', async (locale) => {
    const file = join(dist, locale, 'search-index.json');
    if (!existsSync(file)) throw new Error(`No search index in ${file}: run npm run build first.`);
    const engine = new SearchEngine(JSON.parse(readFileSync(file, 'utf8')) as SearchIndexFile, { stem: await loadStemmer(locale) });
    const queries = evalSet(locale);
    expect(queries.length).toBeGreaterThanOrEqual(20);
    const result = evaluate(engine, locale, queries);
    const misses = result.misses.map((miss) => `"${miss.q}" → ${miss.got.join(', ')} (wanted ${miss.answers.join(', ')})`);
    expect({ hit1: percent(result.hit1, result.total) >= 80, hit3: percent(result.hit3, result.total) >= 95, misses }).toMatchObject({ hit1: true, hit3: true });
  });

  it.each(localeCodes)('%s: the index shipped ready to query answers as the phone would answer building it', async (locale) => {
    const file = JSON.parse(readFileSync(join(dist, locale, 'search-index.json'), 'utf8')) as SearchIndexFile;
    expect(file.prebuilt?.words.length).toBeGreaterThan(500);
    const stem = await loadStemmer(locale);
    const shipped = new SearchEngine(file, { stem, build: false });
    const built = new SearchEngine(file, { stem, ignorePrebuilt: true });
    const answers = (engine: SearchEngine) => evalSet(locale).map(({ q }) => `${q} → ${engine.search(q, 5).map((result) => result.doc.url).join(' ')}`);
    expect(answers(shipped)).toEqual(answers(built));
  });

  it('has at least 300 queries in all, every answer a page or organisation that exists', () => {
    const all = localeCodes.flatMap((locale) => evalSet(locale).map((query) => ({ locale, ...query })));
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const { locale, answers } of all) {
      for (const answer of answers) expect(existsSync(join(dist, locale, answer, 'index.html')), `${locale}: ${answer}`).toBe(true);
    }
  });
});
