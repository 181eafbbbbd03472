import type { Browser } from '@playwright/test';
import { brotliBodyBytes } from './serve.ts';

export interface VisitCost {
  /** The pages, in the order she opens them. */
  paths: string[];
  /** Bytes per page: what that page fetched that the browser did not already have (brotli). */
  perPage: number[];
  total: number;
  requests: number;
}

/**
 * A first visit of several pages in one tab, as her phone's browser does it: files it already
 * has (hashed CSS and scripts, cached for a year) are not fetched again. Chromium reports which
 * requests went over the network (not served from its memory or disk cache); each of those is
 * counted with brotli, as a CDN sends it. No service worker: nothing is saved unasked.
 */
export async function measureVisit(browser: Browser, origin: string, paths: string[]): Promise<VisitCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const fromCache = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.requestServedFromCache', (event) => fromCache.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromDiskCache || event.response.fromPrefetchCache) fromCache.add(event.requestId);
  });
  const perPage: number[] = [];
  let requests = 0;
  try {
    for (const path of paths) {
      urls.clear();
      fromCache.clear();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      let bytes = 0;
      for (const [id, url] of urls) {
        if (fromCache.has(id) || !url.startsWith('http')) continue;
        bytes += (await brotliBodyBytes(url)) ?? 0;
        requests += 1;
      }
      perPage.push(bytes);
    }
  } finally {
    await context.close();
  }
  return { paths, perPage, total: perPage.reduce((sum, bytes) => sum + bytes, 0), requests };
}
