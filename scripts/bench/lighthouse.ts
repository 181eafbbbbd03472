import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseResult {
  /** Lighthouse's own error code when the run failed twice (scores are then left out of budgets). */
  error?: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  /** First contentful paint: the first text she can read. */
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** The fastest and slowest LCP of the runs the median run was chosen from. */
  lcpRange?: { min: number; max: number };
}

/**
 * Runs per page. Lighthouse's simulation starts from a load on this machine, and which requests
 * happen to finish before the first paint there moves its figures: one Arabic home page gave an
 * LCP of 904–1,175 ms and a blocking time of 0 or 113 ms between single runs. So each page is
 * run three times and the median run kept, chosen as Lighthouse does (`computeMedianRun`: the run
 * nearest the median first paint and time to interactive), not the median of each figure apart.
 */
export const lighthouseRuns = 3;

/**
 * Network profiles: Lighthouse's mobile default (simulated slow 4G: 150 ms round trip, 1.6 Mbit/s)
 * and a 2G connection as prepaid data often falls back to (300 ms, 250 kbit/s); the CPU is slowed
 * 4× in both, as on a cheap phone.
 */
export const networkProfiles = {
  'slow 4G': undefined,
  '2G': { rttMs: 300, throughputKbps: 250, requestLatencyMs: 300 * 3.75, downloadThroughputKbps: 250 * 0.9, uploadThroughputKbps: 250 * 0.9, cpuSlowdownMultiplier: 4 },
} as const;
export type NetworkProfile = keyof typeof networkProfiles;

/** Lighthouse with its mobile defaults (emulated phone, 4× CPU slowdown), on slow 4G or, performance only, on 2G. */
export async function runLighthouse(urls: string[], chromePath: string, profile: NetworkProfile = 'slow 4G'): Promise<Map<string, LighthouseResult>> {
  const throttling = networkProfiles[profile];
  const flags = { port: 0, output: 'json' as const, logLevel: 'error' as const, ...(throttling ? { throttling, onlyCategories: ['performance'] } : {}) };
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = new Map<string, LighthouseResult>();
  try {
    for (const url of urls) {
      const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      let failure: string | undefined;
      for (let run = 0; run < lighthouseRuns; run++) {
        // A run sometimes fails on its own (NO_FCP, PAGE_HUNG): try once more before counting it failed.
        let lhr = (await lighthouse(url, { ...flags, port: chrome.port }))?.lhr;
        if (!lhr || lhr.runtimeError) lhr = (await lighthouse(url, { ...flags, port: chrome.port }))?.lhr;
        if (!lhr) continue;
        if (lhr.runtimeError) failure = lhr.runtimeError.code;
        else runs.push(lhr);
      }
      if (runs.length === 0) {
        if (failure) results.set(url, { error: failure, performance: Number.NaN, accessibility: Number.NaN, bestPractices: Number.NaN, seo: Number.NaN, lcpMs: Number.NaN, fcpMs: Number.NaN, tbtMs: Number.NaN, cls: Number.NaN });
        continue;
      }
      // computeMedianRun needs a first paint and a time to interactive in every run it weighs.
      const valid = filterToValidRuns(runs);
      const lhr = valid.length > 0 ? computeMedianRun(valid) : runs[0]!;
      const lcps = runs.map((run) => Math.round(run.audits['largest-contentful-paint']?.numericValue ?? Number.NaN));
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.set(url, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
        lcpRange: { min: Math.min(...lcps), max: Math.max(...lcps) },
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
