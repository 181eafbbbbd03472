import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../src/lib/locales';

/**
 * The search evaluation: what readers type in each language (`<lang>.yaml`, written as a reader
 * would type, not from the page text) and the pages that answer it, best first. `npm run bench`
 * reports hit@1 and hit@3 per language for today's engine and the one before issue 17; the
 * static tests hold today's engine to hit@3 ≥ 95 % and hit@1 ≥ 80 % in every language.
 */

export interface EvalQuery {
  q: string;
  /** Answers as `section/slug` (a topic page), `directory/<id>` or `cities/<id>`. */
  answers: string[];
}

/** Anything that searches: today's engine and the frozen one before it. */
export interface Searcher {
  search(query: string, limit?: number): { doc: { url: string } }[];
}

export interface EvalResult {
  locale: string;
  total: number;
  hit1: number;
  hit3: number;
  misses: { q: string; answers: string[]; got: string[] }[];
}

/**
 * A language's queries. `main`: the evaluation set (search was tuned while looking at its misses:
 * the synonym tables and page keywords). `held-out`: written afterwards by someone who saw neither
 * the set nor the tables, to show how search does on queries nobody tuned it for.
 */
export function evalSet(locale: Locale, set: 'main' | 'held-out' = 'main'): EvalQuery[] {
  const file = join(import.meta.dirname, set === 'main' ? '' : 'held-out', `${locale}.yaml`);
  const entries = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list of { q, answers }`);
  return entries.map((entry, index) => {
    const { q, answers } = (entry ?? {}) as Partial<EvalQuery>;
    if (typeof q !== 'string' || !Array.isArray(answers) || answers.length === 0) throw new Error(`${file}: entry ${index + 1} needs q and answers`);
    return { q, answers: answers.map(String) };
  });
}

/** `/ro/health/sti-test/#x` → `health/sti-test`. */
function answerId(url: string): string {
  return url.split('#')[0]!.replace(/^\/[^/]+\//, '').replace(/\/$/, '');
}

export function evaluate(searcher: Searcher, locale: string, queries: EvalQuery[]): EvalResult {
  let hit1 = 0;
  let hit3 = 0;
  const misses: EvalResult['misses'] = [];
  for (const { q, answers } of queries) {
    const got = searcher.search(q, 5).map((result) => answerId(result.doc.url));
    if (answers.includes(got[0] ?? '')) hit1 += 1;
    if (got.slice(0, 3).some((id) => answers.includes(id))) hit3 += 1;
    else misses.push({ q, answers, got: got.slice(0, 3) });
  }
  return { locale, total: queries.length, hit1, hit3, misses };
}

export const percent = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10);
