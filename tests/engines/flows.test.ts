/**
 * The safety-critical flows in Firefox ESR and WebKitGTK, as tests/e2e/ runs them in Chromium:
 * the quick exit (click, Shift ×3, and Back afterwards), the pages without JavaScript, search,
 * the help finder, saving a language for offline use and opening it with the server gone, and
 * "forget everything" afterwards. The site is served by scripts/serve.mjs's handler, which can
 * drop every connection to play "offline".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHandler } from '../../scripts/serve.mjs';
import { siteConfig } from '../../src/lib/build/site-config';
import { makeVersionB } from '../e2e/site-versions';
import { firefox, until, webkit, type Engine, type Session } from './drivers';

const cover = siteConfig().quickExitCoverSite;
let server: Server;
let origin = '';
let offline = false;
let handler: RequestListener;
let copies = '';
let versionB = '';

beforeAll(async () => {
  copies = mkdtempSync(join(tmpdir(), 'wegwijs-engines-'));
  versionB = join(copies, 'version-b');
  makeVersionB(versionB);
  handler = siteHandler('dist');
  server = createServer((request, response) => (offline ? request.socket.destroy() : handler(request, response)));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(copies, { recursive: true, force: true });
});

/** On the cover site: or, on this closed network, on the error page for it (Firefox shows the address it tried). */
function onCover(url: string): boolean {
  if (url.startsWith(cover)) return true;
  const tried = url.startsWith('about:neterror') ? new URLSearchParams(url.slice(url.indexOf('?'))).get('u') : null;
  return tried?.startsWith(cover) ?? false;
}

/** `WEGWIJS_ENGINES=firefox` (or `webkit`) runs one engine; an unknown name fails rather than run nothing. */
const engines: Engine[] = (process.env.WEGWIJS_ENGINES ?? 'firefox,webkit').split(',').map((name) => {
  const engine = ({ firefox, webkit } as Record<string, Engine>)[name.trim()];
  if (!engine) throw new Error(`WEGWIJS_ENGINES: unknown engine "${name}" (known: firefox, webkit)`);
  return engine;
});

const textOf = (session: Session, selector: string) => session.run<string>(`return document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`);

/** "Save for offline" on the English offline page, until the language is saved. */
async function saveEnglish(session: Session): Promise<void> {
  await session.goto(`${origin}/en/app/`);
  await until('Save for offline ready', () => session.run<boolean>('return !!customElements.get("wegwijs-offline-pack") && !document.querySelector("[data-pack-save]").closest("[hidden]")'), Boolean);
  await session.click('[data-pack-save]');
  await until('saved', () => session.run<boolean>('return !!document.querySelector("[data-pack-remove]") && !document.querySelector("[data-pack-remove]").closest("[hidden]")'), Boolean, 90_000);
}

describe.each(engines)('$name', (engine) => {
  /** A flow in a fresh browser (a first visit each time), closed whatever happens. */
  const flow = (name: string, run: (session: Session) => Promise<void>, options?: { javascript?: boolean }) =>
    it(name, async () => {
      const session = await engine.open(options);
      try {
        await run(session);
      } finally {
        offline = false;
        handler = siteHandler('dist');
        await session.close();
      }
    });

  flow('quick exit: a click leaves for the cover site, and Back does not bring Wegwijs back', async (session) => {
    await session.goto(`${origin}/en/`);
    await session.goto(`${origin}/en/health/sti-test/`);
    await session.click('[data-quick-exit-link]');
    await until('on the cover site', () => session.url(), onCover);
    await session.back();
    // Back reaches /en/, whose head script sees the exited tab and leaves again at once.
    await new Promise((done) => setTimeout(done, 1500));
    await until('still away from Wegwijs after Back', () => session.url(), (url) => !url.startsWith(origin));
  });

  flow('quick exit: Shift pressed three times leaves', async (session) => {
    await session.goto(`${origin}/en/rights/police-checks/`);
    await until('the quick exit ready', () => session.run<boolean>('return !!customElements.get("wegwijs-quick-exit")'), Boolean);
    for (let press = 0; press < 3; press++) await session.press('Shift');
    await until('on the cover site', () => session.url(), onCover);
  });

  flow('search: the header field shows results inside the page, and nothing typed reaches the address', async (session) => {
    await session.goto(`${origin}/en/`);
    await session.type('[data-search-input]', 'police');
    await session.press('Enter');
    const results = await until('results', () => session.run<number>('return document.querySelectorAll("[data-search-results] [data-search-list] a").length'), (count) => count > 0);
    expect(results).toBeGreaterThan(0);
    expect(await session.url()).toBe(`${origin}/en/`);
  });

  flow('help finder: one question at a time leads to the help for her need and city', async (session) => {
    await session.goto(`${origin}/en/help/`);
    const choose = async (selector: string) => {
      await session.click(selector);
      await session.click('[data-help-next]');
    };
    await until('the questions ready', () => session.run<boolean>('return !document.querySelector("[data-help-form]")?.hidden'), Boolean);
    await choose('input[name="role"][value="sex-worker"]');
    await choose('input[name="need"][value="health"]');
    await choose('input[name="detail"][value="sti"]');
    await session.run('const city = document.querySelector("select[name=city]"); city.value = "amsterdam"; city.dispatchEvent(new Event("change", { bubbles: true }));');
    await session.click('[data-help-next]');
    await session.click('[data-help-next]');
    const answer = await until('the answer', () => textOf(session, '[data-help-answer]'), (value) => /P&G292/.test(value));
    expect(answer).toContain('Amsterdam');
    expect(await session.url()).toBe(`${origin}/en/help/`);
  });

  flow('offline: a saved language opens with the server gone; forget everything then leaves nothing behind', async (session) => {
    await saveEnglish(session);
    offline = true;
    await session.goto(`${origin}/en/rights/police-checks/`);
    expect(await textOf(session, 'h1')).not.toBe('');
    expect(await session.run<string>('return document.documentElement.lang')).toBe('en');
    offline = false;
    expect((await session.run<string[]>('return await caches.keys()')).length).toBeGreaterThan(0);
    await session.run('localStorage.setItem("wegwijs", "{\\"language\\":\\"en\\"}")');
    await session.goto(`${origin}/en/quick-exit/`);
    await session.click('[data-forget-link]');
    await until('on the cover site', () => session.url(), onCover);
    await session.goto(`${origin}/en/`);
    const left = await session.run<{ storage: number; caches: string[]; workers: number }>(
      'return { storage: localStorage.length, caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }',
    );
    expect(left).toEqual({ storage: 0, caches: [], workers: 0 });
  });

  flow('update: a saved version learns of a new one, asks politely, and Reload brings it', async (session) => {
    await saveEnglish(session);
    await session.goto(`${origin}/en/health/`);
    await until('the page under the worker', () => session.run<boolean>('return navigator.serviceWorker.controller !== null'), Boolean);
    // A deploy: the same address now serves version B.
    handler = siteHandler(versionB);
    await session.run('await (await navigator.serviceWorker.getRegistration())?.update()');
    await until('the update prompt', () => session.run<boolean>('const prompt = document.querySelector("[data-update-prompt]"); return !!prompt && !prompt.hidden'), Boolean, 90_000);
    expect(await session.run<string>('return document.documentElement.dataset.version ?? "A"')).toBe('A');
    await session.click('[data-update-reload]');
    await until('version B', () => session.run<string>('return document.documentElement.dataset.version ?? "A"'), (version) => version === 'B', 60_000);
  });

  flow('without JavaScript: the quick exit is a plain link, and the search form opens the search page with nothing in the address', async (session) => {
    await session.goto(`${origin}/en/`);
    // The page's own scripts really are off (the driver's still run).
    expect(await session.run<boolean>('return !!customElements.get("wegwijs-quick-exit")')).toBe(false);
    await session.type('[data-search-input]', 'police');
    await session.press('Enter');
    await until('the search page', () => session.url(), (url) => url.startsWith(`${origin}/en/search/`));
    expect(await session.url()).not.toContain('police');
    await session.click('[data-quick-exit-link]');
    await until('on the cover site', () => session.url(), onCover);
  }, { javascript: false });
});
