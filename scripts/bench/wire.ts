import type { Browser } from '@playwright/test';
import { resourceKind, type ResourceKind } from './stats.ts';
import { brotliBodyBytes } from './serve.ts';

export interface WireWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
  /** Bytes requested after the page's load event (scripts that wait, like the offline support). */
  afterLoad: number;
  /**
   * What must arrive before anything is drawn: the HTML and every render-blocking file (the
   * browser's own `renderBlockingStatus`). ≤ 14 kB fits the first round trip of a new connection.
   */
  renderCritical: number;
  /** Script bytes requested before the page's load event. */
  jsBeforeLoad: number;
}

/**
 * What a first visit to a page costs over the wire: Chromium loads it with an empty cache and
 * lists every request; each body is then fetched with brotli, as a CDN would send it, and counted
 * undecoded. Headers are left out (HTTP/2 compresses them). Returns undefined for a 404.
 */
export async function measureWire(browser: Browser, url: string): Promise<WireWeight | undefined> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const resources = new Map<string, ResourceKind>();
  const afterLoad = new Set<string>();
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('request', (request) => {
    if (loaded) afterLoad.add(request.url());
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    resources.set(response.url(), resourceKind(type === 'document' ? 'Document' : type === 'stylesheet' ? 'Stylesheet' : type === 'script' ? 'Script' : type, response.headers()['content-type'] ?? ''));
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const blocking = new Set(
    await page.evaluate(() =>
      (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
        .filter((entry) => entry.renderBlockingStatus === 'blocking')
        .map((entry) => entry.name),
    ),
  );
  await context.close();
  if (!response || response.status() >= 400) return undefined;
  const weight: WireWeight = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, afterLoad: 0, renderCritical: 0, jsBeforeLoad: 0 };
  for (const [resource, kind] of resources) {
    if (!resource.startsWith('http')) continue;
    const bytes = (await brotliBodyBytes(resource)) ?? 0;
    weight[kind] += bytes;
    weight.total += bytes;
    weight.requests += 1;
    if (afterLoad.has(resource)) weight.afterLoad += bytes;
    else if (kind === 'js') weight.jsBeforeLoad += bytes;
    if (kind === 'html' || blocking.has(resource)) weight.renderCritical += bytes;
  }
  return weight;
}
