import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { localeCodes } from '../../lib/locales.ts';
import { packManifestUrl, type PackEntry, type PackManifest } from './language-pack.ts';

/**
 * After the build: one pack list per language (`/<lang>/pack.json`), then the service worker,
 * bundled with esbuild and given Workbox's precache list of the shell by `workbox-build`
 * (injectManifest: we write the worker ourselves, because language packs are not something
 * Workbox's generated worker does, and `@vite-pwa/astro` does not support Astro 7).
 */

/** What the shell is: enough to start, search and show "offline" in any language; no pages. */
export const shellPatterns = ['index.html', '_astro/**/*.{js,css,svg}', 'icons/*.{png,svg}', 'favicon.svg', 'manifest-*.webmanifest', 'notes-*.webmanifest', '*/offline/index.html'];

/**
 * React's island runtime: Astro emits it because the React integration is on, but no page has a
 * React island, so no page loads it; precaching it would cost every reader about 60 kB.
 */
export const shellIgnores = ['_astro/client.*.js'];

const hash = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');

async function files(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** The files of a language's pack: every page in that language but the forget page, its search index and help finder data. */
function inPack(path: string, locale: string): boolean {
  const [first, ...rest] = path.split('/');
  if (first !== locale) return false;
  if (rest.join('/') === 'search-index.json' || rest.join('/') === 'help-data.json') return true;
  // The forget page must come from the server, with its Clear-Site-Data header.
  return rest.at(-1) === 'index.html' && rest[0] !== '404' && rest[0] !== 'forget';
}

/**
 * Writes the pack lists and the service worker into a built site. Also run on its own by
 * `scripts/offline-build.ts`, e.g. to make a second version of a build for the update tests.
 */
export async function writeOfflineFiles(output: string): Promise<{ buildId: string; count: number; size: number; warnings: string[] }> {
  const all = (await files(output)).filter((file) => !/[\\/](sw\.js|pack\.json)$/.test(file));
  const contents = new Map<string, Buffer>();
  const digest = createHash('sha256');
  for (const file of all) {
    const path = relative(output, file).split(sep).join('/');
    const content = await readFile(file);
    contents.set(path, content);
    digest.update(path).update(hash(content));
  }
  // Same content, same id: rebuilding without changes does not make readers update.
  const buildId = digest.digest('hex').slice(0, 12);

  for (const locale of localeCodes) {
    const entries: PackEntry[] = [...contents]
      .filter(([path]) => inPack(path, locale))
      .map(([path, content]) => ({
        url: `/${path.replace(/index\.html$/, '')}`,
        revision: hash(content).slice(0, 16),
        transferBytes: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length,
      }));
    const manifest: PackManifest = { version: 1, build: buildId, locale, entries, transferBytes: entries.reduce((sum, entry) => sum + entry.transferBytes, 0) };
    await writeFile(join(output, packManifestUrl(locale).slice(1)), JSON.stringify(manifest));
  }

  const swPath = join(output, 'sw.js');
  await esbuild({
    // Builds run from the project folder (npm scripts), which holds the worker's source.
    entryPoints: [resolve('src/features/offline/service-worker.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    outfile: swPath,
    define: { __WEGWIJS_BUILD__: JSON.stringify(buildId), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: swPath,
    swDest: swPath,
    globDirectory: output,
    globPatterns: shellPatterns,
    globIgnores: shellIgnores,
    // Astro's hashed file names already change with their content.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 512 * 1024,
  });
  return { buildId, count, size, warnings };
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'wegwijs:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { buildId, count, size, warnings } = await writeOfflineFiles(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker ${buildId}: shell of ${count} files (${Math.round(size / 1024)} kB), ${localeCodes.length} language packs`);
      },
    },
  };
}
