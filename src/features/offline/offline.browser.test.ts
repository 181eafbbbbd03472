// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en.json';
import { installOfflineFakes, settle, type FakeWorkbox } from './offline-fakes.test-support';

/**
 * The offline script with a fake service worker: registering only when asked, saving the app's
 * language when installed, the update prompt, and reloading when a new version takes over.
 */

const workboxes = vi.hoisted(() => [] as FakeWorkbox[]);
vi.mock('workbox-window', async () => (await import('./offline-fakes.test-support')).fakeWorkboxModule(workboxes));

const strings = en as Record<string, string>;
let fakes: ReturnType<typeof installOfflineFakes>;
let tags = 0;

/** Fresh modules: the offline script registers at most once per page. */
async function offlineScript() {
  vi.resetModules();
  return import('./offline.browser');
}

beforeEach(() => {
  workboxes.length = 0;
  fakes = installOfflineFakes();
  history.replaceState(null, '', '/ro/health/');
});

afterEach(() => {
  document.body.innerHTML = '';
  fakes.remove();
  vi.restoreAllMocks();
});

describe('registering', () => {
  it('on a page where she chose offline before: checks the worker for updates and saves nothing', async () => {
    fakes.container.register();
    await (await offlineScript()).startChosenOffline(false);
    expect(workboxes).toHaveLength(1);
    expect(fakes.container.posted).toEqual([]);
  });

  it('in the installed app: saves the language it is opened in, once', async () => {
    fakes.container.register();
    const offline = await offlineScript();
    await offline.startChosenOffline(true);
    expect(fakes.container.posted).toEqual([{ type: 'SAVE_PACK', locale: 'ro' }]);
    fakes.caches.put('wegwijs-pack-ro-abc123', { '/__pack__.json': '{}' });
    await offline.startChosenOffline(true);
    expect(fakes.container.posted).toHaveLength(1);
  });

  it('without service workers nothing happens and nothing counts as chosen', async () => {
    fakes.remove();
    fakes = installOfflineFakes({ serviceWorker: false });
    const offline = await offlineScript();
    await offline.startOffline();
    expect(workboxes).toEqual([]);
    expect(await offline.offlineChosen()).toBe(false);
    expect(await offline.savedLanguages()).toEqual([]);
  });

  it('a registration that cannot be read counts as not chosen, and Cache Storage stays unread', async () => {
    vi.spyOn(fakes.container, 'getRegistration').mockRejectedValue(new DOMException('blocked', 'SecurityError'));
    const offline = await offlineScript();
    expect(await offline.offlineChosen()).toBe(false);
    expect(await offline.savedLanguages()).toEqual([]);
    expect(fakes.caches.calls).toEqual([]);
  });

  it('forwards the worker\'s pack news to the page, and nothing else', async () => {
    const offline = await offlineScript();
    await offline.savePack('ro');
    const heard: unknown[] = [];
    window.addEventListener(offline.packEvent, (event) => heard.push((event as CustomEvent).detail));
    fakes.container.send({ type: 'PACK_PROGRESS', locale: 'ro', done: 1, total: 2 });
    fakes.container.send({ type: 'SOMETHING_ELSE' });
    expect(heard).toEqual([{ type: 'PACK_PROGRESS', locale: 'ro', done: 1, total: 2 }]);
  });
});

describe('a new version', () => {
  async function mountPrompt(): Promise<{ panel: HTMLElement; reload: HTMLButtonElement; later: HTMLButtonElement }> {
    const { UpdatePrompt } = await import('./update-prompt.browser');
    const tag = `test-update-prompt-${(tags += 1)}`;
    document.body.innerHTML = `<${tag}><div data-update-prompt hidden><div role="status"><p>${strings['update.available']}</p>
      <button type="button" data-update-reload>${strings['update.reload']}</button><button type="button" data-update-later>${strings['update.later']}</button></div></div></${tag}>`;
    customElements.define(tag, class extends UpdatePrompt {});
    const find = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
    return { panel: find('[data-update-prompt]'), reload: find('[data-update-reload]'), later: find('[data-update-later]') };
  }

  it('is offered politely; Reload lets it take over, Later only hides the prompt', async () => {
    fakes.container.register();
    await (await offlineScript()).startChosenOffline(false);
    const prompt = await mountPrompt();
    expect(prompt.panel.hidden).toBe(true);
    const workbox = workboxes[0]!;
    workbox.dispatchEvent(new Event('waiting'));
    expect(prompt.panel.hidden).toBe(false);
    prompt.later.click();
    expect(prompt.panel.hidden).toBe(true);
    expect(workbox.skipWaiting).not.toHaveBeenCalled();
    workbox.dispatchEvent(new Event('waiting'));
    expect(prompt.panel.hidden).toBe(false);
    prompt.reload.click();
    expect(prompt.panel.hidden).toBe(true);
    expect(workbox.skipWaiting).toHaveBeenCalledTimes(1);
  });

  it('reloads a page that ran on the old version, once, but not on the first install', async () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    await (await offlineScript()).savePack('ro');
    // First take-over: the worker she just installed.
    fakes.container.controller = {};
    fakes.container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    // A new version takes over.
    fakes.container.controller = {};
    fakes.container.dispatchEvent(new Event('controllerchange'));
    fakes.container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a worker removed by "forget everything" reloads nothing', async () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    fakes.container.controller = {};
    await (await offlineScript()).startOffline();
    fakes.container.controller = null;
    fakes.container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    await settle();
  });
});
