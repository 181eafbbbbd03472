import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { benchQueries, percentile } from './stats.ts';
import type { SearchIndexFile } from '../../src/features/search/search.ts';

export interface SearchCost {
  language: string;
  queries: number;
  /** Building the engine from the index, once, on first use. */
  buildMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  indexBytes: number;
  indexBrotliBytes: number;
}

/**
 * Search time as a reader's phone feels it: the site's own search code (src/features/search/search.ts,
 * bundled as the site bundles it) runs in Chromium with the CPU slowed 4×, on each language's
 * real index, for a few hundred queries. Each query is timed alone.
 */
export async function measureSearch(browser: Browser, origin: string, languages: readonly string[]): Promise<SearchCost[]> {
  const bundle = await build({
    stdin: {
      contents: "import { SearchEngine } from './src/features/search/search.ts'; import { loadStemmer } from './src/features/search/stemmers.ts'; (globalThis as any).WegwijsSearchEngine = SearchEngine; (globalThis as any).WegwijsStemmer = loadStemmer;",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
  });
  const engineCode = bundle.outputFiles[0]!.text;
  const results: SearchCost[] = [];
  for (const language of languages) {
    const indexText = readFileSync(`dist/${language}/search-index.json`, 'utf8');
    const index = JSON.parse(indexText) as SearchIndexFile;
    const queries = benchQueries(index.docs.flatMap((doc) => [doc.title, doc.heading ?? '']).filter(Boolean), 240);
    // The bench adds its measuring script to the page, which the site's CSP would rightly refuse.
    const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/${language}/search/`);
    await page.addScriptTag({ content: engineCode });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const timing = await page.evaluate(async ({ url, queries, language }) => {
      const file = await (await fetch(url)).json();
      const scope = globalThis as unknown as {
        WegwijsSearchEngine: new (file: unknown, options: { stem: unknown }) => { search(query: string): unknown[] };
        WegwijsStemmer: (locale: string) => Promise<unknown>;
      };
      // As the phone does: the language's stemmer, then the engine.
      const started = performance.now();
      const engine = new scope.WegwijsSearchEngine(file, { stem: await scope.WegwijsStemmer(language) });
      const buildMs = performance.now() - started;
      const times: number[] = [];
      for (const query of queries) {
        const before = performance.now();
        engine.search(query);
        times.push(performance.now() - before);
      }
      return { buildMs, times };
    }, { url: `/${language}/search-index.json`, queries, language });
    await context.close();
    results.push({
      language,
      queries: queries.length,
      buildMs: timing.buildMs,
      p50Ms: percentile(timing.times, 50),
      p95Ms: percentile(timing.times, 95),
      maxMs: Math.max(...timing.times),
      indexBytes: Buffer.byteLength(indexText),
      indexBrotliBytes: brotliCompressSync(indexText, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return results;
}

/** Time from typing in the header search of a topic page to the first result, CPU slowed 4×. */
export async function oursFirstSearch(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const started = Date.now();
  const field = page.getByRole('searchbox').first();
  await field.fill('test');
  await field.press('Enter');
  await page.locator('[data-search-results="panel"] [data-search-list] a').first().waitFor({ timeout: 30_000 });
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}
