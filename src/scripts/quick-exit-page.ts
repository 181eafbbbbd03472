import { practiceAttribute, practiceExitEvent } from './quick-exit';
import { forgetStoredPreferences } from './storage';

/** Practice mode: the quick exit blanks the page as usual but stays here, then says well done. */
export function startPractice(): void {
  const toggle = document.querySelector<HTMLButtonElement>('[data-exit-practice-toggle]');
  const status = document.querySelector<HTMLElement>('[data-exit-practice-status]');
  if (!toggle || !status) return;
  const html = document.documentElement;
  toggle.hidden = false;

  const set = (on: boolean) => {
    if (on) html.setAttribute(practiceAttribute, '');
    else html.removeAttribute(practiceAttribute);
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = (on ? toggle.dataset.stop : toggle.dataset.start) ?? '';
    status.textContent = on ? (status.dataset.on ?? '') : '';
  };
  toggle.addEventListener('click', () => set(!html.hasAttribute(practiceAttribute)));
  document.addEventListener(practiceExitEvent, () => {
    status.textContent = status.dataset.done ?? '';
  });
  // Leaving the page ends practice, so a real exit is never disarmed by accident.
  window.addEventListener('pagehide', () => set(false));
}

/**
 * "Forget everything": removes what Wegwijs keeps in this browser: the preferences, every
 * offline copy (all of this site's caches) and the service worker. Without JavaScript nothing
 * was stored to forget.
 */
export async function forgetEverything(): Promise<void> {
  forgetStoredPreferences();
  try {
    if ('caches' in window) for (const name of await caches.keys()) await caches.delete(name);
  } catch {
    // Storage blocked: there is nothing in it to delete.
  }
  try {
    if ('serviceWorker' in navigator) for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  } catch {
    // No service worker support: nothing registered.
  }
}

export function startForgetEverything(): void {
  const form = document.querySelector<HTMLFormElement>('[data-forget-form]');
  const status = document.querySelector<HTMLElement>('[data-forget-status]');
  if (!form || !status) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void forgetEverything().then(() => {
      status.textContent = status.dataset.done ?? '';
    });
  });
}
