/**
 * Hosts and CI templates install with `npm ci`, which refuses a lockfile that does not match
 * package.json or that lacks an optional dependency some package declares (another platform's
 * native binary: a lockfile written on Linux x64 next to an existing node_modules can miss the
 * macOS or ARM builds, and then `npm ci` fails everywhere).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as LockEntry;

/** Where npm finds `name` for the package at `from`: its own node_modules, then each parent's. */
function resolvedPath(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

describe('the lockfile, as npm ci reads it', () => {
  it('lists what package.json asks for', () => {
    const root = lock.packages['']!;
    expect(root.dependencies ?? {}).toEqual(manifest.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(manifest.devDependencies ?? {});
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
  });

  it("has every platform's optional binaries that a package declares", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) if (!resolvedPath(path, name)) missing.push(`${name} (for ${path || 'the project'})`);
    }
    expect(missing).toEqual([]);
    // The check sees other platforms' packages at all (it would pass on an empty list).
    expect(Object.keys(lock.packages).some((path) => /darwin|win32/.test(path))).toBe(true);
  });

  it('is what CI installs from', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci\b/m);
    expect(readFileSync('.github/workflows/ci.yml', 'utf8')).toMatch(/run: npm ci\b/);
  });
});
