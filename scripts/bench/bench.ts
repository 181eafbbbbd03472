#!/usr/bin/env node
/**
 * npm run bench — measures what a reader on a cheap phone with bad data would feel, and writes
 * bench/results.json (not committed). Budgets are reported, never asserted.
 *   1. bytes over the wire (brotli) for key pages in nl, en, ar and th; HTML, CSS, JS, requests
 *   2. Lighthouse (mobile defaults) for the same pages
 *   3. search: p50/p95 query time at 4× CPU throttle over 240 queries per language, index bytes;
 *      quality on the evaluation set (hit@1, hit@3 per language, next to the engine before issue 17)
 *   4. growth: build time and dist size with today's content and a synthetic corpus 4× as large
 *   5. offline: shell precache and language pack bytes; pages that open offline in nl, en, ar, th
 *   6. side by side: the same corpus as an Astro Starlight site, measured the same way
 * Options: --skip-lighthouse --skip-growth --skip-starlight (for a quick run)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { budgetVerdict, kilobytes, ratio } from './stats.ts';
import { measureWire, type WireWeight } from './wire.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measureBuild, type BuildCost } from './growth.ts';
import { buildStarlight } from './starlight.ts';
import { startServer } from './serve.ts';
import { measureSearch, oursFirstSearch, type SearchCost } from './search.ts';
import { measureSearchQuality, type SearchQuality } from './search-quality.ts';
import { measureOffline, type OfflineCost } from './offline.ts';
import { localeCodes } from '../../src/lib/locales.ts';

const { values: options } = parseArgs({
  options: {
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-growth': { type: 'boolean', default: false },
    'skip-starlight': { type: 'boolean', default: false },
  },
});
const projectRoot = process.cwd();
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const budgets = { topicPageBytes: 14_000, contentPageJsBytes: 5_000, lcpMs: 1_500, searchP95Ms: 16, languagePackBytes: 1_500_000, buildGrowth: 4.5 };
const languages = ['nl', 'en', 'ar', 'th'] as const;

execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });

// --- Build today's site, timed (also the growth baseline when growth is skipped) -------------
console.log('Building the site…');
const buildStarted = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - buildStarted) / 1000;

/** The topic page with the most HTML after brotli: the worst case for a first visit. */
function heaviestTopic(language: string): string {
  let heaviest = { path: '', bytes: 0 };
  const root = join('dist', language);
  for (const section of readdirSync(root)) {
    const folder = join(root, section);
    if (!statSync(folder).isDirectory()) continue;
    for (const slug of readdirSync(folder)) {
      const file = join(folder, slug, 'index.html');
      if (!existsSync(file)) continue;
      const bytes = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      if (bytes > heaviest.bytes) heaviest = { path: `/${language}/${section}/${slug}/`, bytes };
    }
  }
  return heaviest.path;
}

interface PageRow {
  page: string;
  language: string;
  path: string;
  wire?: WireWeight | undefined;
  lighthouse?: LighthouseResult | undefined;
  note?: string;
}

const rows: PageRow[] = [];
for (const language of languages) {
  rows.push(
    { page: 'home', language, path: `/${language}/` },
    { page: 'heaviest topic', language, path: heaviestTopic(language) },
    { page: 'search with a query', language, path: `/${language}/search/?q=test` },
    { page: 'help finder', language, path: `/${language}/help/` },
    { page: 'directory', language, path: `/${language}/directory/` },
  );
}

let search: SearchCost[] = [];
console.log('Search quality on the evaluation set, today and before issue 17…');
const quality: SearchQuality[] = await measureSearchQuality(localeCodes);
let offline: OfflineCost | undefined;
const server = await startServer('dist');
const browser: Browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
try {
  console.log('Measuring bytes over the wire…');
  for (const row of rows) row.wire = await measureWire(browser, server.origin + row.path);
  if (!options['skip-lighthouse']) {
    console.log('Running Lighthouse (mobile)…');
    const measurable = rows.filter((row) => row.wire);
    const results = await runLighthouse(measurable.map((row) => server.origin + row.path), chromePath);
    for (const row of measurable) row.lighthouse = results.get(server.origin + row.path);
  }
  console.log('Timing search at 4× CPU throttle in every language…');
  search = await measureSearch(browser, server.origin, localeCodes);
  console.log('Measuring the offline shell and language packs…');
  offline = await measureOffline(browser, server.origin, localeCodes, languages);
} finally {
  await browser.close();
  server.stop();
}

// --- Growth ---------------------------------------------------------------------------------
let growth: BuildCost[] = [];
if (!options['skip-growth']) {
  console.log('Measuring build growth (1× and 4× content, in temporary copies)…');
  growth = [measureBuild(projectRoot, 1), measureBuild(projectRoot, 4)];
}

// --- Starlight side by side -------------------------------------------------------------------
let sideBySide: { ours?: WireWeight | undefined; theirs?: WireWeight | undefined; theirsFirstSearchMs?: number | undefined; oursFirstSearchMs?: number | undefined } = {};
if (!options['skip-starlight']) {
  console.log('Building the same corpus with Astro Starlight (temporary folder)…');
  const starlight = buildStarlight(projectRoot);
  try {
    const ours = await startServer('dist');
    const theirs = await startServer(starlight.dist);
    const comparisonBrowser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    try {
      sideBySide.ours = await measureWire(comparisonBrowser, ours.origin + starlight.topicPath);
      sideBySide.theirs = await measureWire(comparisonBrowser, theirs.origin + starlight.topicPath);
      sideBySide.theirsFirstSearchMs = await starlightFirstSearch(comparisonBrowser, theirs.origin + starlight.topicPath);
      sideBySide.oursFirstSearchMs = await oursFirstSearch(comparisonBrowser, ours.origin + starlight.topicPath);
    } finally {
      await comparisonBrowser.close();
      ours.stop();
      theirs.stop();
    }
  } finally {
    rmSync(starlight.root, { recursive: true, force: true });
  }
}

/** Time from opening Starlight's search to the first result, with the CPU slowed 4×. */
async function starlightFirstSearch(browserToUse: Browser, url: string): Promise<number> {
  const context = await browserToUse.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const started = Date.now();
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input').first();
  await input.fill('test');
  await page.locator('#starlight__search a[href*="/en/"]').first().waitFor({ timeout: 30_000 });
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}

// --- Report ---------------------------------------------------------------------------------
const table = rows.map((row) => ({
  page: `${row.page} (${row.language})`,
  path: row.path,
  html: row.wire ? kilobytes(row.wire.html) : '-',
  css: row.wire ? kilobytes(row.wire.css) : '-',
  js: row.wire ? kilobytes(row.wire.js) : '-',
  total: row.wire ? kilobytes(row.wire.total) : row.note ?? 'not found',
  'before load': row.wire ? kilobytes(row.wire.total - row.wire.afterLoad) : '-',
  requests: row.wire?.requests ?? '-',
  lighthouse: row.lighthouse?.error ? `error: ${row.lighthouse.error}` : row.lighthouse ? `${row.lighthouse.performance}/${row.lighthouse.accessibility}/${row.lighthouse.bestPractices}/${row.lighthouse.seo}` : '-',
  lcp: row.lighthouse ? `${row.lighthouse.lcpMs} ms` : '-',
  tbt: row.lighthouse ? `${row.lighthouse.tbtMs} ms` : '-',
  cls: row.lighthouse?.cls ?? '-',
}));
console.log('\nBytes over the wire (brotli, first visit) and Lighthouse mobile (perf/a11y/best/SEO):');
console.table(table);

const topics = rows.filter((row) => row.page === 'heaviest topic' && row.wire);
const worstTopic = Math.max(...topics.map((row) => row.wire!.total));
const worstTopicBeforeLoad = Math.max(...topics.map((row) => row.wire!.total - row.wire!.afterLoad));
const worstTopicJs = Math.max(...rows.filter((row) => row.page !== 'search with a query' && row.wire).map((row) => row.wire!.js));
const scored = rows.filter((row) => row.lighthouse && !row.lighthouse.error);
const failedRuns = rows.filter((row) => row.lighthouse?.error).length;
const worstLcp = Math.max(...scored.map((row) => row.lighthouse!.lcpMs));
const lowestScore = Math.min(...scored.flatMap((row) => [row.lighthouse!.performance, row.lighthouse!.accessibility, row.lighthouse!.bestPractices, row.lighthouse!.seo]));
const growthFactor = growth.length === 2 ? growth[1]!.seconds / growth[0]!.seconds : undefined;
const worstSearchP95 = Math.max(...search.map((cost) => cost.p95Ms));
const largestPack = Math.max(...(offline?.packs ?? []).map((pack) => pack.brotliBytes));

const budgetsTable = {
  'topic page ≤ 14 kB': { measured: `${kilobytes(worstTopic)} (${kilobytes(worstTopicBeforeLoad)} before load)`, verdict: budgetVerdict(worstTopic, budgets.topicPageBytes) },
  'JS on content pages ≤ 5 kB': { measured: kilobytes(worstTopicJs), verdict: budgetVerdict(worstTopicJs, budgets.contentPageJsBytes) },
  'Lighthouse 100/100/100/100': {
    measured: Number.isFinite(lowestScore) ? `lowest ${lowestScore}${failedRuns ? `; ${failedRuns} run(s) failed` : ''}` : 'skipped',
    verdict: Number.isFinite(lowestScore) ? (lowestScore === 100 ? 'ok' : 'over') : 'n/a',
  },
  'LCP ≤ 1.5 s': { measured: Number.isFinite(worstLcp) ? `${worstLcp} ms` : 'skipped', verdict: budgetVerdict(Number.isFinite(worstLcp) ? worstLcp : undefined, budgets.lcpMs) },
  'search p95 ≤ 16 ms (4× throttle)': { measured: `worst ${worstSearchP95.toFixed(1)} ms`, verdict: budgetVerdict(worstSearchP95, budgets.searchP95Ms) },
  'language pack ≤ 1.5 MB': { measured: `largest ${kilobytes(largestPack)} (brotli)`, verdict: budgetVerdict(largestPack, budgets.languagePackBytes) },
  'build time at 4× ≤ 4.5× today': { measured: growthFactor ? `${growthFactor.toFixed(2)}×` : 'skipped', verdict: budgetVerdict(growthFactor, budgets.buildGrowth) },
};
console.log('\nBudgets:');
console.table(budgetsTable);

if (growth.length > 0) {
  console.log('\nGrowth:');
  console.table(growth.map((cost) => ({ content: `${cost.multiplier}×`, 'topic files': cost.topicFiles, pages: cost.pages, 'build time': `${cost.seconds.toFixed(1)} s`, 'dist size': kilobytes(cost.distBytes) })));
}
if (sideBySide.ours && sideBySide.theirs) {
  console.log('\nSide by side with Astro Starlight (same corpus, same topic page, brotli):');
  console.table({
    'page bytes': { wegwijs: kilobytes(sideBySide.ours.total), starlight: kilobytes(sideBySide.theirs.total), ratio: ratio(sideBySide.ours.total, sideBySide.theirs.total) },
    'JS bytes': { wegwijs: kilobytes(sideBySide.ours.js), starlight: kilobytes(sideBySide.theirs.js), ratio: ratio(sideBySide.ours.js, sideBySide.theirs.js) },
    requests: { wegwijs: sideBySide.ours.requests, starlight: sideBySide.theirs.requests, ratio: ratio(sideBySide.ours.requests, sideBySide.theirs.requests) },
    'first search (4× CPU)': { wegwijs: `${sideBySide.oursFirstSearchMs} ms`, starlight: `${sideBySide.theirsFirstSearchMs} ms`, ratio: ratio(sideBySide.oursFirstSearchMs, sideBySide.theirsFirstSearchMs) },
  });
}
console.log('\nSearch at 4× CPU throttle (each query timed alone; the index is loaded once, on first use):');
console.table(Object.fromEntries(search.map((cost) => [cost.language, {
  queries: cost.queries,
  'p50': `${cost.p50Ms.toFixed(2)} ms`,
  'p95': `${cost.p95Ms.toFixed(2)} ms`,
  max: `${cost.maxMs.toFixed(1)} ms`,
  'index load': `${cost.buildMs.toFixed(0)} ms`,
  'index bytes': kilobytes(cost.indexBytes),
  'index brotli': kilobytes(cost.indexBrotliBytes),
}])));
console.log('\nSearch quality (tests/search-eval/: what readers type, and the page that answers; % of queries):');
console.table(Object.fromEntries(quality.map((row) => [row.language, { queries: row.queries, 'hit@1': row.hit1, 'hit@3': row.hit3, 'hit@1 before': row.baselineHit1, 'hit@3 before': row.baselineHit3 }])));
for (const row of quality) for (const miss of row.misses) console.log(`  ${row.language} miss: "${miss.q}" → ${miss.got.join(', ') || 'nothing'} (wanted ${miss.answers.join(', ')})`);
if (offline) {
  console.log(`\nOffline: the shell precache is ${offline.shellFiles} files, ${kilobytes(offline.shellBytes)} stored, ${kilobytes(offline.shellBrotliBytes)} with brotli. Language packs:`);
  console.table(Object.fromEntries(offline.packs.map((pack) => [pack.language, { files: pack.files, stored: kilobytes(pack.bytes), 'download (brotli)': kilobytes(pack.brotliBytes), 'open offline': pack.coverage ?? '-' }])));
}

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), buildSeconds, pages: rows, budgets: budgetsTable, growth, sideBySide, search, quality, offline }, null, 2),
);
console.log(`\nWrote bench/results.json (build of today's site: ${buildSeconds.toFixed(1)} s).`);
