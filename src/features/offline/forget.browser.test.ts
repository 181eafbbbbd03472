// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import en from '../../../locales/en.json';
import { exitFlagKey, quickExitDestination } from '../quick-exit/quick-exit';
import { ForgetPage, forgetEverything, startForgetLink } from './forget.browser';
import { installOfflineFakes, settle } from './offline-fakes.test-support';

/**
 * "Forget everything" with a phone that kept all it can: the language choice, an exit mark, two
 * saved languages, the shell and the worker. Afterwards nothing is left, and the tab has left.
 */

const strings = en as Record<string, string>;
let fakes: ReturnType<typeof installOfflineFakes>;
let replace: Mock<(url: string | URL) => void>;
let tags = 0;

function keptEverything(): void {
  localStorage.setItem('wegwijs-preferences', '{"version":1,"language":"ro"}');
  sessionStorage.setItem(exitFlagKey, '1');
  sessionStorage.setItem('something', 'else');
  fakes.container.register();
  fakes.caches.put('workbox-precache-v2-http://localhost:3000/', { '/index.html': '<!doctype html>' });
  fakes.caches.put('wegwijs-pack-ro-abc123', { '/ro/': 'page', '/__pack__.json': '{}' });
  fakes.caches.put('wegwijs-pack-en-abc123', { '/en/': 'page' });
}

const leftOnPhone = () => ({
  localStorage: Object.keys(localStorage),
  sessionStorage: Object.keys(sessionStorage),
  caches: [...fakes.caches.stores.keys()],
  workers: fakes.container.registrations.length,
});

beforeEach(() => {
  fakes = installOfflineFakes();
  replace = vi.fn<(url: string | URL) => void>();
  vi.spyOn(window.location, 'replace').mockImplementation(replace);
  document.title = 'Wegwijs';
});

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.classList.remove('is-exiting');
  localStorage.clear();
  sessionStorage.clear();
  fakes.remove();
  vi.restoreAllMocks();
});

describe('forget everything', () => {
  it('deletes storage, every cache and the worker', async () => {
    keptEverything();
    await forgetEverything();
    expect(leftOnPhone()).toEqual({ localStorage: [], sessionStorage: [], caches: [], workers: 0 });
  });

  it('blocked storage does not stop it deleting the caches and the worker', async () => {
    keptEverything();
    vi.spyOn(Storage.prototype, 'clear').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await forgetEverything();
    expect(leftOnPhone()).toMatchObject({ caches: [], workers: 0 });
  });

  it('the forget page deletes, marks the tab as exited, empties the title and leaves for the cover site without a history entry', async () => {
    keptEverything();
    const tag = `test-forget-${(tags += 1)}`;
    document.body.innerHTML = `<${tag}><h1>${strings['forget.title']}</h1><p>${strings['forget.text']}</p></${tag}>`;
    customElements.define(tag, class extends ForgetPage {});
    await settle();
    // The exit mark is set after deleting, so it is the one thing left: Back leaves again.
    expect(leftOnPhone()).toEqual({ localStorage: [], sessionStorage: [exitFlagKey], caches: [], workers: 0 });
    expect(document.title).toBe('');
    expect(replace).toHaveBeenCalledExactlyOnceWith(quickExitDestination);
    // What the page says stays, for the moment before the cover site opens (or if it cannot).
    expect(document.querySelector('h1')?.textContent).toBe(strings['forget.title']);
  });

  it('the link deletes first, hides the page and replaces it with the forget page', async () => {
    keptEverything();
    document.body.innerHTML = `<section><a href="/en/forget/" data-forget-link>${strings['quickExit.forget']}</a></section>`;
    startForgetLink(document.querySelector('section')!);
    const link = document.querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(document.documentElement.classList.contains('is-exiting')).toBe(true);
    await settle();
    expect(leftOnPhone()).toEqual({ localStorage: [], sessionStorage: [], caches: [], workers: 0 });
    expect(replace).toHaveBeenCalledExactlyOnceWith(link.href);
  });

  it('a click for a new tab is left to the browser (the forget page deletes there)', async () => {
    keptEverything();
    document.body.innerHTML = `<a href="/en/forget/" data-forget-link>${strings['quickExit.forget']}</a>`;
    startForgetLink();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    document.querySelector('a')!.dispatchEvent(click);
    await settle();
    expect(click.defaultPrevented).toBe(false);
    expect(leftOnPhone().workers).toBe(1);
    expect(replace).not.toHaveBeenCalled();
  });
});
