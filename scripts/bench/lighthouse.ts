import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseResult {
  /** Lighthouse's own error code when the run failed twice (scores are then left out of budgets). */
  error?: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Lighthouse with its mobile defaults (emulated phone, simulated slow 4G, 4× CPU slowdown). */
export async function runLighthouse(urls: string[], chromePath: string): Promise<Map<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = new Map<string, LighthouseResult>();
  try {
    for (const url of urls) {
      // A run sometimes fails on its own (NO_FCP, PAGE_HUNG): try once more before reporting it.
      let lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }))?.lhr;
      if (!lhr || lhr.runtimeError) lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }))?.lhr;
      if (!lhr) continue;
      if (lhr.runtimeError) {
        results.set(url, { error: lhr.runtimeError.code, performance: Number.NaN, accessibility: Number.NaN, bestPractices: Number.NaN, seo: Number.NaN, lcpMs: Number.NaN, tbtMs: Number.NaN, cls: Number.NaN });
        continue;
      }
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.set(url, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
