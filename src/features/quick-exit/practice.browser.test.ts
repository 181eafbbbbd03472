// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserStringsMarkup, renderInBody, resetDocument, uiString } from '../../../tests/unit/browser-fixtures';
import { ExitPractice, practiceView } from './practice.browser';
import { QuickExit } from './quick-exit.browser';
import { practiceAttribute, quickExitDestination } from './quick-exit';

/** Trimmed copies of what QuickExit.astro and ExitPractice.astro render on the quick-exit page. */
function renderQuickExitPage(): void {
  document.documentElement.lang = 'en';
  renderInBody(`
    <wegwijs-quick-exit>
      ${browserStringsMarkup('en', ['exit.leaving', 'exit.shiftReset', 'exit.shiftProgress'])}
      <a href="${quickExitDestination}" data-quick-exit-link>${uiString('en', 'exit.label')}</a>
      <p role="status" data-quick-exit-status></p>
    </wegwijs-quick-exit>
    <main>
      <wegwijs-exit-practice>
        ${browserStringsMarkup('en', ['quickExit.practiceStart', 'quickExit.practiceStop', 'quickExit.practiceOn', 'quickExit.practiceDone'])}
        <button type="button" hidden data-exit-practice-toggle aria-pressed="false">${uiString('en', 'quickExit.practiceStart')}</button>
        <p role="status" data-exit-practice-status></p>
      </wegwijs-exit-practice>
    </main>`);
}

const toggle = () => document.querySelector<HTMLButtonElement>('[data-exit-practice-toggle]')!;
const status = () => document.querySelector<HTMLElement>('[data-exit-practice-status]')!.textContent;
const exitLink = () => document.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')!;
const practising = () => document.documentElement.hasAttribute(practiceAttribute);

let replace: ReturnType<typeof vi.fn>;

beforeEach(() => {
  if (!customElements.get('wegwijs-quick-exit')) customElements.define('wegwijs-quick-exit', QuickExit);
  if (!customElements.get('wegwijs-exit-practice')) customElements.define('wegwijs-exit-practice', ExitPractice);
  replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined) as unknown as ReturnType<typeof vi.fn>;
  vi.useFakeTimers();
});

afterEach(() => {
  resetDocument();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('practising the quick exit', () => {
  it('shows the practice button once the script runs, ready to start', () => {
    renderQuickExitPage();
    expect(toggle().hidden).toBe(false);
    expect(toggle().textContent).toBe(uiString('en', 'quickExit.practiceStart'));
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
  });

  it('turning practice on presses the button and says so; turning it off again clears both', () => {
    renderQuickExitPage();
    toggle().click();
    expect(practising()).toBe(true);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(toggle().textContent).toBe(uiString('en', 'quickExit.practiceStop'));
    expect(status()).toBe(uiString('en', 'quickExit.practiceOn'));
    toggle().click();
    expect(practising()).toBe(false);
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    expect(toggle().textContent).toBe(uiString('en', 'quickExit.practiceStart'));
    expect(status()).toBe('');
  });

  it('the quick exit, while practising, blanks the page, stays, and says well done', () => {
    renderQuickExitPage();
    toggle().click();
    exitLink().click();
    expect(document.documentElement.classList.contains('is-exiting')).toBe(true);
    vi.advanceTimersByTime(900);
    expect(document.documentElement.classList.contains('is-exiting')).toBe(false);
    expect(status()).toBe(uiString('en', 'quickExit.practiceDone'));
    expect(replace).not.toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
  });

  it('leaving the page ends practice, so the real exit works again', () => {
    renderQuickExitPage();
    toggle().click();
    window.dispatchEvent(new Event('pagehide'));
    expect(practising()).toBe(false);
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    exitLink().click();
    expect(replace).toHaveBeenCalledExactlyOnceWith(quickExitDestination);
  });

  it('practice ends when its controls are taken off the page', () => {
    renderQuickExitPage();
    toggle().click();
    document.querySelector('wegwijs-exit-practice')!.remove();
    expect(practising()).toBe(false);
  });
});

describe('what the practice controls show', () => {
  it('follows the state: off, on, and after a practised exit', () => {
    expect(practiceView({ on: false, exited: false })).toEqual({ pressed: false, buttonKey: 'quickExit.practiceStart', statusKey: undefined });
    expect(practiceView({ on: true, exited: false })).toEqual({ pressed: true, buttonKey: 'quickExit.practiceStop', statusKey: 'quickExit.practiceOn' });
    expect(practiceView({ on: true, exited: true })).toEqual({ pressed: true, buttonKey: 'quickExit.practiceStop', statusKey: 'quickExit.practiceDone' });
  });
});
