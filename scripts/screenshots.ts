#!/usr/bin/env node
/**
 * Screenshots for people who review the site without running it: a topic page at 320 px (the
 * narrowest phones) in Thai, Chinese and Arabic, and the editors' interface (/admin/) at 360 px
 * and on a desktop, editing a page beside its translation, whose status shows it is outdated.
 * Written to tests/screenshots/. Needs the build
 * and Debian's fonts (node scripts/ensure-packages.mjs chromium fonts): without them, the
 * letters would be empty boxes.
 * Usage: node scripts/screenshots.ts
 */
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { siteHandler } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';
import { contentFiles } from '../tests/e2e/editor-repository.ts';
import { openEditor, openEntry, revealField, showBeside } from '../tests/e2e/editor-session.ts';

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

  // The editors' interface: the English page's meaning changed (revision 3) after the Dutch
  // translation was made (revision 2), so the status says it is outdated.
  const files = contentFiles();
  files['src/content/topics/en/banks.md'] = files['src/content/topics/en/banks.md']!.replace(/^revision: 2$/m, 'revision: 3');
  for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['360', { width: 360, height: 740 }]] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await openEditor(page, files, origin);
    await openEntry(page, 'topics', 'banks', origin);
    if (name === 'desktop') await showBeside(page, 'Dutch');
    else {
      // One pane on a phone: the translator switches it to Dutch.
      await page.getByRole('combobox', { name: 'Switch Locale' }).first().click();
      await page.getByRole('option', { name: 'Dutch', exact: true }).click();
    }
    const status = await revealField(page, 'translation');
    await status.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const file = `tests/screenshots/editor-translation-${name}.png`;
    await page.screenshot({ path: file });
    console.log(`Wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
