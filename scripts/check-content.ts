#!/usr/bin/env node
/**
 * npm run check:content — reports on all content and fails on any problem:
 *   pages per language and their translation status; what the content pipeline
 *   (src/lib/build/content-pipeline.ts) found in Astro's validated collections during the build:
 *   cross-references, translations that are missing, stale or differ from the master in a shared
 *   field, sections without sources, contact and city texts missing in a language, phone numbers
 *   in text that libphonenumber rejects or that no listed organisation has; links between pages,
 *   and search results, that lead to no page or anchor (in the built site); names or numbers of
 *   individuals from the seed documents (in the content files as written, comments included).
 * The schemas themselves are Astro's job: a file that does not fit fails the build, naming file
 * and field. So run the build first (npm run check:content does).
 * Usage: node scripts/check-content.ts [--dist dist] [--report <content report>] [--fingerprint "text"]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseHtml } from 'node-html-parser';
import { completeLocales, contentReportPath, formatProblem, type ContentReport } from '../src/lib/build/content-pipeline.ts';
import { brokenLinks, findIndividuals, fingerprint, type BuiltPage } from '../src/lib/build/content-check.ts';
import { localeCodes } from '../src/lib/locales.ts';
import type { SearchIndexFile } from '../src/features/search/search.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, report: { type: 'string', default: contentReportPath }, fingerprint: { type: 'string' } },
});
if (values.fingerprint !== undefined) {
  console.log(fingerprint(values.fingerprint));
  process.exit(0);
}

const problems: string[] = [];
const problem = (file: string, message: string) => problems.push(`${file}: ${message}`);
const files = (directory: string, ending: string) =>
  readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

// --- What the build found in the collections ------------------------------------------------------
if (!existsSync(values.report)) {
  console.error(`No content report at ${values.report}: run npm run build first (npm run check:content does both).`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(values.report, 'utf8')) as ContentReport;
problems.push(...report.problems.map(formatProblem));

// --- Individuals --------------------------------------------------------------------------------
const fingerprints = new Set(
  readFileSync('scripts/individuals.sha256', 'utf8').split('\n').map((line) => line.trim()).filter((line) => /^[0-9a-f]{64}$/.test(line)),
);
for (const file of report.files) {
  for (const found of findIndividuals(readFileSync(file, 'utf8'), fingerprints)) problem(file, `names or contact details of an individual from the seed documents: "${found}"`);
}

// --- Links in the built site --------------------------------------------------------------------
let linkSummary = 'not checked: no build in dist/ (run npm run build first)';
if (existsSync(join(values.dist, 'index.html'))) {
  const pages = new Map<string, BuiltPage>();
  for (const file of files(values.dist, '.html')) {
    const path = `/${relative(values.dist, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/^\/404\.html$/, '/404.html');
    const root = parseHtml(readFileSync(file, 'utf8'));
    pages.set(path, {
      ids: new Set(root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? '')),
      links: root.querySelectorAll('a[href]').map((element) => element.getAttribute('href') ?? ''),
    });
  }
  const broken = brokenLinks(pages, (path) => existsSync(join(values.dist, path)) && statSync(join(values.dist, path)).isFile());
  for (const line of broken) problem('dist', line);
  const linkCount = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
  linkSummary = `${linkCount} links on ${pages.size} built pages, ${broken.length} broken`;

  // Search results are links too: each leads to a page and, for a section, to its heading.
  const targets = new Map<string, BuiltPage>([...pages].map(([path, page]) => [path, { ids: page.ids, links: [] }]));
  for (const code of localeCodes) {
    const file = join(values.dist, code, 'search-index.json');
    if (existsSync(file)) targets.set(`/${code}/search-index.json`, { ids: new Set(), links: (JSON.parse(readFileSync(file, 'utf8')) as SearchIndexFile).docs.map((doc) => doc.url) });
  }
  const brokenResults = brokenLinks(targets, () => false);
  for (const line of brokenResults) problem('dist', line);
  const resultCount = [...targets.values()].reduce((sum, page) => sum + page.links.length, 0);
  linkSummary += `; search: ${resultCount} result links, ${brokenResults.length} broken`;
}

// --- Report -------------------------------------------------------------------------------------
const { totals, translations } = report;
console.log(`Topic pages: ${totals.topics} (English masters); organisations: ${totals.contacts}; cities: ${totals.cities}`);
console.table(
  Object.fromEntries(
    Object.entries(translations.counts).map(([code, count]) => [code, { ...count, required: (completeLocales as string[]).includes(code) ? 'yes' : 'not yet' }]),
  ),
);
console.log(`Content: as the build on ${report.writtenAt.slice(0, 16).replace('T', ' ')} UTC found it (${values.report})`);
console.log(`Links: ${linkSummary}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}
console.log('No problems.');
