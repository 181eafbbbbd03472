/**
 * "A new version is ready": shown when the offline script (offline.browser.ts) reports a waiting
 * service worker. Nothing changes until she taps Reload; Later only hides the prompt, and the
 * next page asks again. Loaded with the offline script (offline.browser.ts), which defines the
 * element: only for a reader who chose offline use.
 */

export const updateReadyEvent = 'wegwijs:update-ready';

/** What the offline script hands the prompt: how to let the new version take over. */
export interface UpdateReady {
  accept(): void;
}

export class UpdatePrompt extends HTMLElement {
  private accept: (() => void) | undefined;
  private bound = false;

  connectedCallback(): void {
    window.addEventListener(updateReadyEvent, this.onUpdateReady);
    if (this.bound) return;
    this.bound = true;
    this.querySelector('[data-update-reload]')?.addEventListener('click', this.reload);
    this.querySelector('[data-update-later]')?.addEventListener('click', this.hide);
  }

  disconnectedCallback(): void {
    window.removeEventListener(updateReadyEvent, this.onUpdateReady);
  }

  private get panel(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[data-update-prompt]');
  }

  private readonly onUpdateReady = (event: Event): void => {
    this.accept = (event as CustomEvent<UpdateReady>).detail.accept;
    if (this.panel) this.panel.hidden = false;
  };

  private readonly reload = (): void => {
    const accept = this.accept;
    this.accept = undefined;
    this.hide();
    // The new version takes over every tab; each reloads on `controllerchange` (offline.browser.ts).
    accept?.();
  };

  private readonly hide = (): void => {
    if (this.panel) this.panel.hidden = true;
  };
}
