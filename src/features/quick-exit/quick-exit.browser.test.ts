// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserStringsMarkup, renderInBody, resetDocument, uiString } from '../../../tests/unit/browser-fixtures';
import type { Locale } from '../../lib/locales';
import { QuickExit } from './quick-exit.browser';
import { exitFlagKey, practiceAttribute, practiceExitEvent, quickExitDestination } from './quick-exit';

/** A trimmed copy of what QuickExit.astro renders. */
function renderQuickExit(locale: Locale = 'en'): void {
  document.documentElement.lang = locale;
  renderInBody(`
    <wegwijs-quick-exit class="quick-exit">
      ${browserStringsMarkup(locale, ['exit.leaving', 'exit.shiftReset', 'exit.shiftProgress'])}
      <a href="${quickExitDestination}" rel="nofollow noreferrer" data-quick-exit-link>${uiString(locale, 'exit.label')}</a>
      <p role="status" data-quick-exit-status></p>
    </wegwijs-quick-exit>
    <main><input aria-label="search"></main>`);
}

const link = () => document.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')!;
const status = () => document.querySelector<HTMLElement>('[data-quick-exit-status]')!.textContent;
const key = (type: 'keydown' | 'keyup', key: string, init: KeyboardEventInit = {}) =>
  document.querySelector('input')!.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, ...init }));
const pressShift = () => {
  key('keydown', 'Shift', { shiftKey: true });
  key('keyup', 'Shift');
};

let replace: ReturnType<typeof vi.fn>;

beforeEach(() => {
  if (!customElements.get('wegwijs-quick-exit')) customElements.define('wegwijs-quick-exit', QuickExit);
  replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined) as unknown as ReturnType<typeof vi.fn>;
  document.title = 'Wegwijs';
});

afterEach(() => {
  resetDocument();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the quick exit, with its script', () => {
  it('a click blanks the page and its title, marks the tab, and replaces this page with the cover site', () => {
    renderQuickExit();
    const entries = history.length;
    link().click();
    expect(document.documentElement.classList.contains('is-exiting')).toBe(true);
    expect(document.title).toBe('');
    expect(sessionStorage.getItem(exitFlagKey)).toBe('1');
    expect(replace).toHaveBeenCalledExactlyOnceWith(quickExitDestination);
    // location.replace, not a followed link: no new entry that Back could return to.
    expect(history.length).toBe(entries);
    expect(status()).toBe(uiString('en', 'exit.leaving'));
  });

  it('leaves Ctrl- and Cmd-clicks to the browser', () => {
    renderQuickExit();
    link().addEventListener('click', (event) => event.preventDefault()); // no navigation in the test
    link().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    link().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, metaKey: true }));
    expect(replace).not.toHaveBeenCalled();
    expect(document.documentElement.classList.contains('is-exiting')).toBe(false);
  });

  it('leaves even when storage is blocked', () => {
    renderQuickExit();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    link().click();
    expect(replace).toHaveBeenCalledExactlyOnceWith(quickExitDestination);
  });

  it('Shift pressed three times leaves, announcing progress on the way', () => {
    renderQuickExit();
    pressShift();
    expect(status()).toBe(uiString('en', 'exit.shiftProgress_one', { count: 1 }));
    pressShift();
    expect(status()).toBe(uiString('en', 'exit.shiftProgress_other', { count: 2 }));
    expect(replace).not.toHaveBeenCalled();
    pressShift();
    expect(replace).toHaveBeenCalledExactlyOnceWith(quickExitDestination);
    expect(sessionStorage.getItem(exitFlagKey)).toBe('1');
  });

  it('announces progress in the page language, in its plural form', () => {
    renderQuickExit('pl');
    pressShift();
    pressShift();
    expect(status()).toBe(uiString('pl', 'exit.shiftProgress_few', { count: 2 }));
  });

  it('does not leave when Shift is used for capitals, and another key clears the count', () => {
    renderQuickExit();
    pressShift();
    key('keydown', 'x');
    expect(status()).toBe('');
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift', { shiftKey: true });
      key('keydown', 'A', { shiftKey: true });
      key('keyup', 'A', { shiftKey: true });
      key('keyup', 'Shift');
    }
    expect(replace).not.toHaveBeenCalled();
  });

  it('a count left more than 5 seconds starts again, and says so', () => {
    vi.useFakeTimers();
    renderQuickExit();
    pressShift();
    pressShift();
    vi.advanceTimersByTime(5001);
    expect(status()).toBe(uiString('en', 'exit.shiftReset'));
    pressShift();
    expect(status()).toBe(uiString('en', 'exit.shiftProgress_one', { count: 1 }));
    expect(replace).not.toHaveBeenCalled();
  });

  it('a page back from the back/forward cache is shown again and counts from zero', () => {
    renderQuickExit();
    pressShift();
    pressShift();
    document.documentElement.classList.add('is-exiting');
    // happy-dom's PageTransitionEvent is a plain Event, without `persisted`.
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(document.documentElement.classList.contains('is-exiting')).toBe(false);
    expect(status()).toBe('');
    pressShift();
    expect(replace).not.toHaveBeenCalled();
  });

  it('while practising, it blanks the page, stays, and tells the practice', () => {
    vi.useFakeTimers();
    renderQuickExit();
    document.documentElement.setAttribute(practiceAttribute, '');
    const practised = vi.fn();
    document.addEventListener(practiceExitEvent, practised);
    link().click();
    expect(document.documentElement.classList.contains('is-exiting')).toBe(true);
    vi.advanceTimersByTime(900);
    expect(document.documentElement.classList.contains('is-exiting')).toBe(false);
    expect(practised).toHaveBeenCalledOnce();
    expect(replace).not.toHaveBeenCalled();
    expect(document.title).toBe('Wegwijs');
    expect(sessionStorage.length).toBe(0);
    document.removeEventListener(practiceExitEvent, practised);
  });

  it('stops listening for Shift once it is taken off the page', () => {
    renderQuickExit();
    document.querySelector('wegwijs-quick-exit')!.remove();
    pressShift();
    pressShift();
    pressShift();
    expect(replace).not.toHaveBeenCalled();
  });
});
