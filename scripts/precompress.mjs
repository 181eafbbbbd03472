#!/usr/bin/env node
/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the built site, at
 * the highest quality, for nginx (`brotli_static`, `gzip_static`) and Caddy (`precompressed`):
 * compressed once at deploy time instead of on every request. Static hosts (Netlify, Cloudflare
 * Pages) compress by themselves and do not need this.
 * Usage: node scripts/precompress.mjs [--dir dist]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { compressibleExtensions } from '../src/lib/build/server-config.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `<file>.br` and `<file>.gz` for each file; returns the bytes before and after brotli.
 * zlib's asynchronous calls run on libuv's thread pool, so four files at a time use every core.
 * @param {string[]} files
 */
export async function precompress(files) {
  const totals = { before: 0, after: 0 };
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const raw = await readFile(file);
        const [br, gz] = await Promise.all([
          brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
          gzipped(raw, { level: 9 }),
        ]);
        await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
        totals.before += raw.length;
        totals.after += br.length;
      }
    }),
  );
  return totals;
}

/**
 * The text files of a built site.
 * @param {string} dir
 */
export async function compressibleFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && compressibleExtensions.some((extension) => entry.name.endsWith(`.${extension}`)))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Started as a script, not imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  let files;
  try {
    files = await compressibleFiles(values.dir);
  } catch {
    console.error(`No built site in ${values.dir}. Run "npm run build" first.`);
    process.exit(1);
  }
  const { before, after } = await precompress(files);
  console.log(`Precompressed ${files.length} files: ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB with brotli (and a .gz copy of each).`);
}
