#!/usr/bin/env node
/**
 * What the tests need from Debian (Playwright's own browser downloads cannot work here):
 * installs the missing packages with apt-get when we are root; otherwise says what to install.
 * Usage: node scripts/ensure-packages.mjs chromium fonts nginx caddy firefox webkit
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Each need: a file that shows it is installed, and the Debian packages that install it. */
const needs = {
  chromium: { file: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', packages: ['chromium'] },
  // Thai, Chinese and Arabic text in screenshots and layout checks, not boxes.
  fonts: { file: '/usr/share/fonts/truetype/tlwg/Loma.ttf', packages: ['fonts-thai-tlwg', 'fonts-noto-cjk', 'fonts-noto-core'] },
  nginx: { file: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', packages: ['nginx', 'libnginx-mod-http-brotli-filter', 'libnginx-mod-http-brotli-static'] },
  caddy: { file: '/usr/bin/caddy', packages: ['caddy'] },
  firefox: { file: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  // WebKitGTK's WebDriver and MiniBrowser, which needs a display: Xvfb.
  webkit: { file: process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver', packages: ['webkit2gtk-driver', 'xvfb', 'xauth'] },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in needs));
if (unknown.length > 0) {
  console.error(`Unknown need: ${unknown.join(', ')}. Known: ${Object.keys(needs).join(', ')}.`);
  process.exit(2);
}
const missing = asked.map((name) => needs[/** @type {keyof typeof needs} */ (name)]).filter((need) => !existsSync(need.file));
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((need) => need.packages);
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`Installing Debian packages: ${packages.join(' ')}…`);
  // No service starts at install (nginx and Caddy would take port 80): tests start their own.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  if (missing.every((need) => existsSync(need.file))) process.exit(0);
}
console.error(`The tests need these Debian packages: sudo apt-get install ${packages.join(' ')}`);
process.exit(1);
