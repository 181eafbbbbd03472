import type { Browser } from '@playwright/test';
import { contentFiles, fillPrivateFolder, pickPrivateFolder } from '../../tests/e2e/editor-repository.ts';
import { openEntry, revealField } from '../../tests/e2e/editor-session.ts';
import { brotliBodyBytes } from './serve.ts';

export interface EditorCost {
  /** Bytes (brotli where the host compresses) to open /admin/ and sign in to a local copy. */
  opening: number;
  /** What opening a page and an organisation adds (Wegwijs's fields load React DOM and Immutable). */
  editing: number;
  files: { path: string; bytes: number; when: 'opening' | 'editing' }[];
}

/**
 * What the editors' interface costs an editor: every file /admin/ fetches from the site, as the
 * host sends it, while it opens, signs in to a local copy of the content (the CMS's local
 * backend), and while an editor opens a page and an organisation. Readers never load any of it.
 */
export async function measureEditor(browser: Browser, origin: string): Promise<EditorCost> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requested = new Set<string>();
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/admin/`)) requested.add(request.url().split('#')[0]!);
  });
  const files: EditorCost['files'] = [];
  const count = async (when: 'opening' | 'editing') => {
    for (const url of requested) {
      if (files.some((file) => file.path === url.slice(origin.length))) continue;
      files.push({ path: url.slice(origin.length), bytes: (await brotliBodyBytes(url)) ?? 0, when });
    }
    requested.clear();
  };
  try {
    await pickPrivateFolder(page);
    await page.goto(`${origin}/admin/config.yml`);
    await fillPrivateFolder(page, contentFiles());
    requested.clear();
    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    await page.getByText('Pages', { exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await count('opening');
    await openEntry(page, 'topics', 'banks', origin);
    await revealField(page, 'translation');
    await openEntry(page, 'contacts', 'acm', origin);
    await revealField(page, 'channels.0.value');
    await page.waitForLoadState('networkidle');
    await count('editing');
  } finally {
    await context.close();
  }
  const total = (when: 'opening' | 'editing') => files.filter((file) => file.when === when).reduce((sum, file) => sum + file.bytes, 0);
  return { opening: total('opening'), editing: total('editing'), files };
}
