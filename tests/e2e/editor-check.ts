import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** What the build and `check:content` read: the project without its build output, tests and git. */
const projectEntries = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'wegwijs.config.ts', 'src', 'public', 'locales', 'scripts'];

/**
 * Runs `npm run check:content` — the build, then the content check — on a copy of the project
 * with `files` (repository paths → text) written over it, as a pull request from the editor would
 * change them. `node_modules` is shared by links, except the cache the content report goes to.
 */
export async function checkContentWith(files: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const project = resolve('.');
  const copy = await mkdtemp(join(tmpdir(), 'wegwijs-editor-'));
  try {
    for (const entry of projectEntries) await cp(join(project, entry), join(copy, entry), { recursive: true });
    await mkdir(join(copy, 'node_modules'));
    for (const entry of await readdir(join(project, 'node_modules'))) {
      if (entry !== '.cache') await symlink(join(project, 'node_modules', entry), join(copy, 'node_modules', entry));
    }
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(copy, path)), { recursive: true });
      await writeFile(join(copy, path), text);
    }
    const environment = { ...process.env, PATH: `${join(copy, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` };
    try {
      const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'check:content'], { cwd: copy, env: environment, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { ok: false, output: stdout + stderr };
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
