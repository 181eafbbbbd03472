import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';
import { practiceAttribute, practiceExitEvent } from './quick-exit';

export interface PracticeState {
  on: boolean;
  /** The quick exit was used while practising. */
  exited: boolean;
}

/** What the practice controls show for a state: the button (its label and pressed state) and the status line. */
export function practiceView(state: PracticeState): { pressed: boolean; buttonKey: string; statusKey: string | undefined } {
  return {
    pressed: state.on,
    buttonKey: state.on ? 'quickExit.practiceStop' : 'quickExit.practiceStart',
    statusKey: state.exited ? 'quickExit.practiceDone' : state.on ? 'quickExit.practiceOn' : undefined,
  };
}

/**
 * `<wegwijs-exit-practice>` on the quick-exit page: while practice is on, the quick exit blanks
 * the page as usual but stays here, then says well done. Practice is marked on `<html>`, where
 * the quick exit (`<wegwijs-quick-exit>`) looks before leaving.
 */
export class ExitPractice extends HTMLElement {
  #strings: BrowserStrings = {};
  #toggle: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;
  #state: PracticeState = { on: false, exited: false };

  connectedCallback(): void {
    this.#toggle = this.querySelector<HTMLButtonElement>('button[data-exit-practice-toggle]');
    this.#status = this.querySelector<HTMLElement>('[data-exit-practice-status]');
    if (!this.#toggle || !this.#status) return;
    this.#strings = stringsIn(this);
    this.#toggle.hidden = false;
    this.#toggle.addEventListener('click', this.#onToggle);
    document.addEventListener(practiceExitEvent, this.#onPracticeExit);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  disconnectedCallback(): void {
    this.#toggle?.removeEventListener('click', this.#onToggle);
    document.removeEventListener(practiceExitEvent, this.#onPracticeExit);
    window.removeEventListener('pagehide', this.#onPageHide);
    // Without its controls, practice must not stay on and hold back a real exit.
    this.#update({ on: false, exited: false });
  }

  #onToggle = (): void => this.#update({ on: !this.#state.on, exited: false });

  #onPracticeExit = (): void => this.#update({ ...this.#state, exited: true });

  // Leaving the page ends practice, so a real exit is never disarmed by accident.
  #onPageHide = (): void => this.#update({ on: false, exited: false });

  #update(state: PracticeState): void {
    this.#state = state;
    document.documentElement.toggleAttribute(practiceAttribute, state.on);
    this.#render();
  }

  #render(): void {
    const view = practiceView(this.#state);
    if (this.#toggle) {
      this.#toggle.setAttribute('aria-pressed', String(view.pressed));
      this.#toggle.textContent = text(this.#strings, view.buttonKey);
    }
    if (this.#status) this.#status.textContent = view.statusKey ? text(this.#strings, view.statusKey) : '';
  }
}
