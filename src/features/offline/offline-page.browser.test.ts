// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en.json';
import { fillTemplate } from '../../lib/text';
import { installOfflineFakes, settle, type FakeWorkbox } from './offline-fakes.test-support';
import { packStringKeys } from './pack-state';

/**
 * "Save for offline" and the offline page's list, in happy-dom with a fake service worker and
 * Cache Storage: what she sees, and that nothing is registered or saved before she taps Save.
 */

const workboxes = vi.hoisted(() => [] as FakeWorkbox[]);
vi.mock('workbox-window', async () => (await import('./offline-fakes.test-support')).fakeWorkboxModule(workboxes));

const strings = en as Record<string, string>;
const say = (key: string, values: Record<string, string | number> = {}) => fillTemplate(strings[key], { language: 'English', ...values });
const packList = JSON.stringify({ version: 1, build: 'abc123', locale: 'en', entries: [{ url: '/en/', revision: 'r1', transferBytes: 2_400_000 }] });

let fakes: ReturnType<typeof installOfflineFakes>;
let tags = 0;

/**
 * Puts `markup(tag)` in the page, then defines the element, as on a real page (its module script
 * runs after parsing). A new tag each time, since the registry keeps every definition, with the
 * class from fresh modules, since the offline script registers at most once per page.
 */
async function mount(exportName: 'OfflinePack' | 'SavedLanguages', markup: (tag: string) => string): Promise<void> {
  vi.resetModules();
  const module = await import('./offline-page.browser');
  const tag = `test-${exportName.toLowerCase()}-${(tags += 1)}`;
  document.body.innerHTML = markup(tag);
  customElements.define(tag, exportName === 'OfflinePack' ? class extends module.OfflinePack {} : class extends module.SavedLanguages {});
  await settle();
}

/** SavePack.astro, trimmed, in English. */
async function mountPack() {
  const picked = Object.fromEntries(packStringKeys.map((key) => [key, strings[key]]));
  await mount('OfflinePack', (tag) => `
    <${tag} data-locale="en" data-language-name="English">
      <p data-pack-size>${say('app.saveText', { size: '…' })}</p>
      <p data-pack-save-data hidden>${strings['app.saveDataOn']}</p>
      <p data-pack-needs-js>${strings['app.needsJs']}</p>
      <div data-pack-controls>
        <p role="status" data-pack-status></p>
        <progress max="1" value="0" data-pack-progress hidden></progress>
        <button type="button" data-pack-save>${say('app.save')}</button>
        <button type="button" data-pack-remove>${strings['app.remove']}</button>
      </div>
      <script type="application/json" data-strings>${JSON.stringify(picked)}</script>
    </${tag}>`);
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  return {
    status: () => find('[data-pack-status]').textContent,
    size: () => find('[data-pack-size]').textContent,
    save: find<HTMLButtonElement>('[data-pack-save]'),
    remove: find<HTMLButtonElement>('[data-pack-remove]'),
    progress: find<HTMLProgressElement>('[data-pack-progress]'),
    saveDataNotice: find('[data-pack-save-data]'),
    needsJs: find('[data-pack-needs-js]'),
  };
}

/** A phone where she saved languages before: a worker, and a complete pack per language. */
function savedBefore(...locales: string[]): void {
  fakes.container.register();
  fakes.caches.put('workbox-precache-v2-http://localhost:3000/', { '/index.html': '<!doctype html>' });
  for (const locale of locales) fakes.caches.put(`wegwijs-pack-${locale}-abc123`, { [`/${locale}/`]: 'page', '/__pack__.json': packList });
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  workboxes.length = 0;
  fakes = installOfflineFakes();
  vi.stubGlobal('fetch', vi.fn(async () => new Response(packList)));
});

afterEach(() => {
  document.body.innerHTML = '';
  fakes.remove();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'connection');
});

describe('Save for offline', () => {
  it('on a fresh phone: offers Save with the size, and registers, opens and saves nothing', async () => {
    const pack = await mountPack();
    expect(pack.status()).toBe(say('app.notSaved'));
    expect(pack.save.hidden).toBe(false);
    expect(pack.remove.hidden).toBe(true);
    expect(pack.size()).toBe(say('app.saveText', { size: '2.4 MB' }));
    expect(pack.needsJs.hidden).toBe(true);
    expect(pack.saveDataNotice.hidden).toBe(true);
    expect(workboxes).toEqual([]);
    expect(fakes.container.registrations).toEqual([]);
    // Not even Cache Storage is looked at without a worker.
    expect(fakes.caches.calls).toEqual([]);
  });

  it('tells a phone set to save data before anything downloads', async () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    const pack = await mountPack();
    expect(pack.saveDataNotice.hidden).toBe(false);
    expect(pack.save.hidden).toBe(false);
    expect(fakes.container.registrations).toEqual([]);
  });

  it('Save registers the worker, asks it for this language, counts, and then says it is saved', async () => {
    const pack = await mountPack();
    pack.save.click();
    expect(pack.save.disabled).toBe(true);
    expect(pack.progress.hidden).toBe(false);
    expect(pack.progress.hasAttribute('value')).toBe(false);
    await settle();
    expect(workboxes.map((workbox) => [String(workbox.url), workbox.options.scope])).toEqual([['/sw.js', '/']]);
    expect(fakes.container.posted).toEqual([{ type: 'SAVE_PACK', locale: 'en' }]);

    fakes.container.send({ type: 'PACK_PROGRESS', locale: 'en', done: 3, total: 10 });
    expect(pack.status()).toBe(say('app.saving', { done: 3, total: 10 }));
    expect([pack.progress.value, pack.progress.max]).toEqual([3, 10]);
    fakes.container.send({ type: 'PACK_PROGRESS', locale: 'ro', done: 9, total: 10 });
    expect(pack.status()).toBe(say('app.saving', { done: 3, total: 10 }));

    fakes.caches.put('wegwijs-pack-en-abc123', { '/en/': 'page', '/__pack__.json': packList });
    fakes.container.send({ type: 'PACK_SAVED', locale: 'en' });
    await settle();
    expect(pack.status()).toBe(say('app.saved'));
    expect(pack.progress.hidden).toBe(true);
    expect([pack.save.hidden, pack.save.disabled, pack.remove.hidden]).toEqual([true, false, false]);
  });

  it('a save that stops says so and offers Save again', async () => {
    const pack = await mountPack();
    pack.save.click();
    await settle();
    fakes.container.send({ type: 'PACK_PROGRESS', locale: 'en', done: 1, total: 10 });
    fakes.container.send({ type: 'PACK_FAILED', locale: 'en' });
    expect(pack.status()).toBe(say('app.saveFailed'));
    expect([pack.save.hidden, pack.save.disabled, pack.progress.hidden]).toEqual([false, false, true]);
  });

  it('Remove of the last language removes the worker and every cache, and says so', async () => {
    savedBefore('en');
    const pack = await mountPack();
    expect(pack.status()).toBe(say('app.saved'));
    expect([pack.save.hidden, pack.remove.hidden]).toEqual([true, false]);
    pack.remove.click();
    await settle();
    expect(fakes.container.posted).toEqual([{ type: 'REMOVE_PACK', locale: 'en' }]);
    // The worker deletes the pack, then reports.
    fakes.caches.stores.delete('wegwijs-pack-en-abc123');
    fakes.container.send({ type: 'PACK_REMOVED', locale: 'en' });
    await settle();
    expect(pack.status()).toBe(say('app.removed'));
    expect([pack.save.hidden, pack.remove.hidden]).toEqual([false, true]);
    expect(fakes.container.registrations).toEqual([]);
    expect([...fakes.caches.stores.keys()]).toEqual([]);
  });

  it('Remove of one of two languages keeps the worker and the other language', async () => {
    savedBefore('en', 'ro');
    const pack = await mountPack();
    pack.remove.click();
    await settle();
    fakes.caches.stores.delete('wegwijs-pack-en-abc123');
    fakes.container.send({ type: 'PACK_REMOVED', locale: 'en' });
    await settle();
    expect(pack.status()).toBe(say('app.removed'));
    expect(fakes.container.registrations).toHaveLength(2);
    expect([...fakes.caches.stores.keys()]).toContain('wegwijs-pack-ro-abc123');
  });

  it('corrupt stored data: a pack without its list or under a foreign name is not "saved", and a broken pack list leaves the size out', async () => {
    fakes.container.register();
    fakes.caches.put('wegwijs-pack-en-abc123', { '/en/': 'page' });
    fakes.caches.put('wegwijs-pack-en-', { '/__pack__.json': packList });
    fakes.caches.put('something-else', { '/__pack__.json': packList });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"version":1,"entries":"not a list"')));
    const pack = await mountPack();
    expect(pack.status()).toBe(say('app.notSaved'));
    expect([pack.save.hidden, pack.remove.hidden]).toEqual([false, true]);
    expect(pack.size()).toBe(say('app.saveText', { size: '…' }));
  });

  it('offline, the size stays "…" and Save still works', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const pack = await mountPack();
    expect(pack.size()).toBe(say('app.saveText', { size: '…' }));
    expect(pack.save.hidden).toBe(false);
  });

  it('a browser without service workers is told it cannot save, and gets no buttons', async () => {
    fakes.remove();
    fakes = installOfflineFakes({ serviceWorker: false });
    const pack = await mountPack();
    expect(pack.status()).toBe(say('app.notSupported'));
    expect([pack.save.hidden, pack.remove.hidden]).toEqual([true, true]);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the offline page', () => {
  async function mountList() {
    await mount('SavedLanguages', (tag) => `
      <${tag}>
        <ul>${['en', 'ro', 'pl'].map((code) => `<li data-language="${code}" hidden><a href="/${code}/">${code}</a></li>`).join('')}</ul>
        <p data-none-saved hidden>${strings['offline.noneSaved']}</p>
      </${tag}>`);
    return {
      shown: () => [...document.querySelectorAll<HTMLElement>('[data-language]')].filter((item) => !item.hidden).map((item) => item.dataset.language),
      none: document.querySelector<HTMLElement>('[data-none-saved]')!,
    };
  }

  it('lists the complete saved languages only', async () => {
    savedBefore('ro');
    fakes.caches.put('wegwijs-pack-pl-abc123', { '/pl/': 'page' });
    const list = await mountList();
    expect(list.shown()).toEqual(['ro']);
    expect(list.none.hidden).toBe(true);
  });

  it('says so when no language is saved, without opening Cache Storage', async () => {
    const list = await mountList();
    expect(list.shown()).toEqual([]);
    expect(list.none.hidden).toBe(false);
    expect(fakes.caches.calls).toEqual([]);
  });
});
