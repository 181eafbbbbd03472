import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * A copy of the repository's content for the editors' interface to work on, in the browser's
 * origin-private file system. Sveltia CMS's local backend reads and writes a folder the editor
 * picks with the File System Access API; a test cannot click through the system's folder dialog,
 * so `showDirectoryPicker` hands the CMS this folder instead. Everything after that — listing,
 * editing, validating, writing files — is the CMS's own local-repository code.
 */

/** The content folders the CMS edits (`src/content/…`), as repository paths and their text. */
export function contentFiles(root = '.'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['src/content/topics', 'src/content/contacts', 'src/content/cities']) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

/** Makes `showDirectoryPicker()` return the origin-private folder `repository` (before the page's scripts run). */
export async function pickPrivateFolder(page: Page, repository = 'repository'): Promise<void> {
  await page.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true }),
    });
  }, repository);
}

/** Writes `files` (and an empty `.git` folder, which marks a repository root) into the origin-private folder. The page must be on the site's origin. */
export async function fillPrivateFolder(page: Page, files: Record<string, string>, repository = 'repository'): Promise<void> {
  await page.evaluate(
    async ({ name, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(name, { recursive: true }).catch(() => undefined);
      const folder = await root.getDirectoryHandle(name, { create: true });
      await folder.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let directory = folder;
        for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part, { create: true });
        const writable = await (await directory.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { name: repository, files },
  );
}

/** The files in the origin-private folder now, by repository path. */
export async function readPrivateFolder(page: Page, repository = 'repository'): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const files: Record<string, string> = {};
    const walk = async (directory: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [entryName, handle] of directory.entries()) {
        if (entryName === '.git') continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${entryName}/`);
        else files[`${prefix}${entryName}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
    return files;
  }, repository);
}
