import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export interface BuildCost {
  multiplier: number;
  seconds: number;
  distBytes: number;
  pages: number;
  topicFiles: number;
}

const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'locales', 'public', 'src', 'scripts'];

function folderSize(folder: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
}

/**
 * Adds (multiplier − 1) synthetic copies of every topic, organisation and city, with new ids, so
 * the corpus is `multiplier` times as large with the same shape. Only ever run on a temporary copy.
 */
export function multiplyContent(root: string, multiplier: number): number {
  let topicFiles = 0;
  for (const entry of readdirSync(join(root, 'src/content'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(md|yaml)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.md')) topicFiles += multiplier;
    for (let copy = 2; copy <= multiplier; copy += 1) {
      const name = basename(file).replace(/\.(md|yaml)$/, `-copy-${copy}.$1`);
      const field = file.endsWith('.md') ? 'title' : 'name';
      const renamed = text.replace(new RegExp(`^${field}: (.*)$`, 'm'), (_line, value: string) => `${field}: ${JSON.stringify(`${value.replace(/^"(.*)"$/, '$1')} (${copy})`)}`);
      writeFileSync(join(dirname(file), name), renamed);
    }
  }
  return topicFiles;
}

/** Builds a temporary copy of the project with its content multiplied, and times the build. */
export function measureBuild(projectRoot: string, multiplier: number): BuildCost {
  const work = mkdtempSync(join(tmpdir(), `wegwijs-growth-${multiplier}x-`));
  try {
    for (const item of copied) cpSync(join(projectRoot, item), join(work, item), { recursive: true });
    symlinkSync(resolve(projectRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
    const topicFiles = multiplyContent(work, multiplier);
    const started = performance.now();
    const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: work,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`Build at ${multiplier}× failed:\n${build.stderr || build.stdout}`);
    const { bytes, pages } = folderSize(join(work, 'dist'));
    return { multiplier, seconds, distBytes: bytes, pages, topicFiles };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
