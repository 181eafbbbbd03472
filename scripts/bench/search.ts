import type { Browser, BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { benchQueries, percentile, spreadOf, type Spread } from './stats.ts';
import type { SearchIndexFile } from '../../src/features/search/search.ts';

export interface SearchCost {
  language: string;
  queries: number;
  /** Loading the engine from the index ready to query (what the phone does on first use). */
  buildMs: number;
  /** Building it from the documents instead, as the phone did before issue 18. */
  buildFromDocsMs: number;
  /** The first query after loading (cuts the pages it shows into words for their snippets). */
  firstQueryMs: number;
  /** Cutting the rest of the pages into words in the background after loading (not in anyone's way). */
  prepareMs: number;
  p50Ms: number;
  /** The median of the runs' p95s; one run's p95 can be several milliseconds off the next. */
  p95Ms: number;
  p95Runs: Spread;
  maxMs: number;
  indexBytes: number;
  indexBrotliBytes: number;
}

/** Code (TypeScript, from the project root) bundled into one script a page can run. */
export async function bundleForPage(contents: string): Promise<string> {
  const bundle = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', minify: true, write: false, target: 'es2022' });
  return bundle.outputFiles[0]!.text;
}

/** A page of the site with the bench's code added (the site's CSP would rightly refuse it) and the CPU slowed 4×. */
export async function throttledPageWith(browser: Browser, url: string, code: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: code });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { page, context };
}

/** How many times each language's queries are timed, each time on a fresh page and engine. */
export const searchRuns = 3;

/** The median of each run's figure. */
function medianRun<T>(runs: readonly T[], figure: (run: T) => number): number {
  return percentile(runs.map(figure), 50);
}

/**
 * Search time as a reader's phone feels it: the site's own search code (src/features/search/search.ts,
 * bundled as the site bundles it) runs in Chromium with the CPU slowed 4×, on each language's
 * real index, for a few hundred queries. Each query is timed alone, in `searchRuns` runs.
 */
export async function measureSearch(browser: Browser, origin: string, languages: readonly string[]): Promise<SearchCost[]> {
  const engineCode = await bundleForPage(
    "import { SearchEngine } from './src/features/search/search.ts'; import { loadStemmer } from './src/features/search/stemmers.ts'; (globalThis as any).WegwijsSearchEngine = SearchEngine; (globalThis as any).WegwijsStemmer = loadStemmer;",
  );
  const results: SearchCost[] = [];
  for (const language of languages) {
    const indexText = readFileSync(`dist/${language}/search-index.json`, 'utf8');
    const index = JSON.parse(indexText) as SearchIndexFile;
    const queries = benchQueries(index.docs.flatMap((doc) => [doc.title, doc.heading ?? '']).filter(Boolean), 240);
    const timings = [];
    for (let run = 0; run < searchRuns; run++) {
      const { page, context } = await throttledPageWith(browser, `${origin}/${language}/search/`, engineCode);
      const timing = await page.evaluate(async ({ url, queries, language }) => {
        const file = await (await fetch(url)).json();
        const scope = globalThis as unknown as {
          WegwijsSearchEngine: new (file: unknown, options: { stem: unknown; ignorePrebuilt?: boolean }) => { search(query: string): unknown[]; prepare(): Promise<void> };
          WegwijsStemmer: (locale: string) => Promise<unknown>;
        };
        // As the phone does: the language's stemmer, then the engine.
        const started = performance.now();
        const stem = await scope.WegwijsStemmer(language);
        const engine = new scope.WegwijsSearchEngine(file, { stem });
        const buildMs = performance.now() - started;
        const firstStarted = performance.now();
        engine.search(queries[0] ?? 'test');
        const firstQueryMs = performance.now() - firstStarted;
        // Per query as she searches after the first: the background preparation has run by then.
        const prepareStarted = performance.now();
        await engine.prepare();
        const prepareMs = performance.now() - prepareStarted;
        const fromDocsStarted = performance.now();
        new scope.WegwijsSearchEngine(file, { stem, ignorePrebuilt: true });
        const buildFromDocsMs = performance.now() - fromDocsStarted;
        const times: number[] = [];
        for (const query of queries) {
          const before = performance.now();
          engine.search(query);
          times.push(performance.now() - before);
        }
        return { buildMs, buildFromDocsMs, firstQueryMs, prepareMs, times };
      }, { url: `/${language}/search-index.json`, queries, language });
      await context.close();
      timings.push(timing);
    }
    const p95s = timings.map((timing) => percentile(timing.times, 95));
    results.push({
      language,
      queries: queries.length,
      buildMs: medianRun(timings, (timing) => timing.buildMs),
      buildFromDocsMs: medianRun(timings, (timing) => timing.buildFromDocsMs),
      firstQueryMs: medianRun(timings, (timing) => timing.firstQueryMs),
      prepareMs: medianRun(timings, (timing) => timing.prepareMs),
      p50Ms: medianRun(timings, (timing) => percentile(timing.times, 50)),
      p95Ms: percentile(p95s, 50),
      p95Runs: { median: percentile(p95s, 50), min: Math.min(...p95s), max: Math.max(...p95s) },
      maxMs: Math.max(...timings.flatMap((timing) => timing.times)),
      indexBytes: Buffer.byteLength(indexText),
      indexBrotliBytes: brotliCompressSync(indexText, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return results;
}

/** How to search on a page, for `firstSearch`: the field, how to open it, and what a result is. */
export interface SearchUi {
  /** Clicked first (Starlight's search is a dialog). */
  open?: string;
  input: string;
  result: string;
}

/**
 * Time from typing a word ("test" unless given) and pressing the keyboard's search key to the first result on screen,
 * CPU slowed 4×, measured inside the page so the measuring tool's own work is not counted. Cold:
 * she types at once, so the search code and index load while she types. Warm: the field had focus
 * for a second first (focus starts loading them). The server has the index compressed already,
 * as a host would.
 */
export async function firstSearch(browser: Browser, url: string, ui: SearchUi, warm = false, query = 'test'): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const elapsed = await page.evaluate(
    async ({ ui, warm, query }) => {
      const opened = ui.open ? document.querySelector<HTMLElement>(ui.open) : undefined;
      const field = () => document.querySelector<HTMLInputElement>(ui.input);
      const started = () => performance.now();
      let start = 0;
      if (!warm) start = started();
      opened?.click();
      field()?.focus();
      if (warm) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        start = started();
      }
      const input = field();
      if (!input) return Number.NaN;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      input.form?.requestSubmit();
      // No result within 30 s counts as none (NaN), rather than a bench that never ends.
      const found = await new Promise<boolean>((resolve) => {
        const check = () => (document.querySelector(ui.result) ? resolve(true) : performance.now() - start > 30_000 ? resolve(false) : requestAnimationFrame(check));
        check();
      });
      return found ? performance.now() - start : Number.NaN;
    },
    { ui, warm, query },
  );
  await context.close();
  return elapsed;
}

/** Wegwijs' header search on any page. */
export const oursSearchUi: SearchUi = { input: '[data-search-input]', result: '[data-search-results="panel"] [data-search-list] a' };

/** The median of a few runs: one run on a shared machine can be off by a garbage collection. */
export async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  return (await spreadOf(runs, measure)).median;
}
