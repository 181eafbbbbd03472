#!/usr/bin/env node
/**
 * Screenshots for people who review the site without running it: a topic page at 320 px (the
 * narrowest phones) in Thai, Chinese and Arabic, written to tests/screenshots/. Needs the build
 * and Debian's fonts (node scripts/ensure-packages.mjs chromium fonts): without them, the
 * letters would be empty boxes.
 * Usage: node scripts/screenshots.ts
 */
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { siteHandler } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';

const server = createServer(siteHandler('dist'));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const lang of ['th', 'zh', 'ar']) {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 });
    await page.goto(`${origin}/${lang}/health/sti-test/`);
    const file = `tests/screenshots/topic-${lang}-320.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(`Wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
