/**
 * A second real version of the built site, for update tests (tests/e2e/offline.spec.ts,
 * tests/engines/): a copy of dist/ with every page marked and the stylesheet renamed, given
 * its own pack lists and service worker by scripts/offline-build.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const versionA = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Version B: every page marked, and the stylesheet renamed, as a real deploy changes them. */
export function makeVersionB(target: string, options: { removePage?: string } = {}): { oldCss: string; newCss: string } {
  rmSync(target, { recursive: true, force: true });
  cpSync(versionA, target, { recursive: true });
  // The screen stylesheet (the print one is a file of its own).
  const oldCss = readdirSync(join(target, '_astro')).find((name) => name.endsWith('.css') && !name.startsWith('print.'))!;
  const newCss = oldCss.replace(/\.css$/, 'b.css');
  writeFileSync(join(target, '_astro', newCss), `${readFileSync(join(target, '_astro', oldCss), 'utf8')}\n/* version B */\n`);
  rmSync(join(target, '_astro', oldCss));
  for (const file of htmlFiles(target)) {
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldCss, newCss).replace('<html ', '<html data-version="B" '));
  }
  execFileSync(process.execPath, ['scripts/offline-build.ts', target]);
  if (options.removePage) rmSync(join(target, options.removePage), { recursive: true });
  return { oldCss: `/_astro/${oldCss}`, newCss: `/_astro/${newCss}` };
}

