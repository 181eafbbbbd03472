#!/usr/bin/env node
/**
 * Browser tests use Debian's Chromium (Playwright's own browser download cannot work here).
 * Installs it with apt-get when it is missing and we are root; otherwise says what to do.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`${chromium} is missing: installing Debian's chromium package…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(chromium)) process.exit(0);
}
console.error(`Browser tests need Chromium at ${chromium}. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH).`);
process.exit(1);
