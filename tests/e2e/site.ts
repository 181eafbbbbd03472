import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { siteConfig } from '../../src/lib/build/site-config';
import { adminDirectory } from '../../src/features/editor/admin-path';

/** Every page the build wrote for readers, as a URL path (`/ro/health/sti-test/`), 404 pages and the editors' interface left out. */
export function builtPages(root = 'dist'): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const path = relative(root, entry.parentPath).split(sep).filter(Boolean);
    if (path.at(-1) === '404' || path[0] === adminDirectory) continue;
    pages.push(path.length === 0 ? '/' : `/${path.join('/')}/`);
  }
  return pages.sort();
}

/** The host of the quick exit's cover site (wegwijs.config.ts), answered with a stub page. */
export const exitHost = new URL(siteConfig().quickExitCoverSite).hostname;

/** What a page did that it must not: talk to another host, log errors, break the CSP. */
export interface PageWatch {
  externalRequests: string[];
  consoleErrors: string[];
  cspViolations(): Promise<string[]>;
}

/**
 * Records every request to another host (and stops it), console errors and CSP violations.
 * Requests to the quick-exit site are answered with a stub page, because leaving for it is the
 * point of the quick exit.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  await page.context().route(
    (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === exitHost) {
        await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
        return;
      }
      externalRequests.push(route.request().url());
      await route.abort();
    },
  );
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const record = (window as unknown as { __csp: string[] }).__csp = [] as string[];
    document.addEventListener('securitypolicyviolation', (event) => {
      record.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  return {
    externalRequests,
    consoleErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

