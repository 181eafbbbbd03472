import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';
import {
  advanceShiftCounter,
  exitFlagKey,
  initialShiftCounter,
  practiceAttribute,
  practiceExitEvent,
  quickExitDestination,
  shiftCountExpired,
  shiftEventFrom,
  shiftFeedback,
  shiftWindowMilliseconds,
} from './quick-exit';

/**
 * `<wegwijs-quick-exit>`, the quick exit enhanced: blank the page and its title at once, mark
 * the tab as exited, and leave with `location.replace`, so this page is not in the tab's history.
 * The mark makes any other Wegwijs page that Back brings up in this tab leave as well (the head
 * script in src/features/quick-exit/head-script.build.ts). Shift pressed three times does the
 * same. Without this script the control is still a plain link to the weather site.
 */
export class QuickExit extends HTMLElement {
  #strings: BrowserStrings = {};
  #link: HTMLAnchorElement | null = null;
  #status: HTMLElement | null = null;
  #counter = initialShiftCounter();
  #expiryTimer: number | undefined;

  connectedCallback(): void {
    this.#link = this.querySelector<HTMLAnchorElement>('a[data-quick-exit-link]');
    this.#status = this.querySelector<HTMLElement>('[data-quick-exit-status]');
    if (!this.#link || !this.#status) return;
    this.#strings = stringsIn(this);
    this.#link.addEventListener('click', this.#onClick);
    // Shift is counted wherever the focus is, so on window, before the page's own handlers.
    window.addEventListener('keydown', this.#onKey, true);
    window.addEventListener('keyup', this.#onKey, true);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  disconnectedCallback(): void {
    this.#link?.removeEventListener('click', this.#onClick);
    window.removeEventListener('keydown', this.#onKey, true);
    window.removeEventListener('keyup', this.#onKey, true);
    window.removeEventListener('pageshow', this.#onPageShow);
    window.clearTimeout(this.#expiryTimer);
  }

  /** Blanks the page and leaves for the cover site (or, while practising, only pretends to). */
  leave(): void {
    document.documentElement.classList.add('is-exiting');
    this.#announce(text(this.#strings, 'exit.leaving'));
    if (document.documentElement.hasAttribute(practiceAttribute)) this.#pretendToLeave();
    else this.#leaveForCover();
  }

  #leaveForCover(): void {
    document.title = '';
    try {
      window.sessionStorage.setItem(exitFlagKey, '1');
    } catch {
      // Storage blocked: Back may show an earlier page, as the quick-exit page says.
    }
    window.location.replace(this.#link?.href ?? quickExitDestination);
  }

  #pretendToLeave(): void {
    window.setTimeout(() => {
      document.documentElement.classList.remove('is-exiting');
      document.dispatchEvent(new CustomEvent(practiceExitEvent));
    }, 900);
  }

  #onClick = (event: MouseEvent): void => {
    // Ctrl/Cmd-click and other buttons are left to the browser (e.g. open in a new tab).
    if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    this.leave();
  };

  #onKey = (event: KeyboardEvent): void => {
    const result = advanceShiftCounter(this.#counter, shiftEventFrom(event));
    this.#counter = result.state;
    const feedback = shiftFeedback(result);
    if (feedback.kind === 'unchanged') return;
    window.clearTimeout(this.#expiryTimer);
    if (feedback.kind === 'exit') this.leave();
    else if (feedback.kind === 'cleared') this.#announce('');
    else this.#showProgress(feedback.count, event.timeStamp);
  };

  /** Announces the count, and that it starts again if the next press comes too late. */
  #showProgress(count: number, pressedAt: number): void {
    this.#announce(text(this.#strings, 'exit.shiftProgress', { count }));
    this.#expiryTimer = window.setTimeout(() => {
      if (!shiftCountExpired(this.#counter, pressedAt + shiftWindowMilliseconds + 1)) return;
      this.#counter = initialShiftCounter();
      this.#announce(text(this.#strings, 'exit.shiftReset'));
    }, shiftWindowMilliseconds + 1);
  }

  /** Coming back through the back/forward cache: show the page again and start counting anew. */
  #onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    document.documentElement.classList.remove('is-exiting');
    window.clearTimeout(this.#expiryTimer);
    this.#counter = initialShiftCounter();
    this.#announce('');
  };

  #announce(message: string): void {
    if (this.#status) this.#status.textContent = message;
  }
}

/** Makes the page's `<wegwijs-quick-exit>` work; the first thing every page's script does. */
export function startQuickExit(): void {
  if (!customElements.get('wegwijs-quick-exit')) customElements.define('wegwijs-quick-exit', QuickExit);
}
