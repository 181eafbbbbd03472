import { exitFlagKey, quickExitDestination } from '../quick-exit/quick-exit';

/**
 * "Forget everything": deletes what Wegwijs keeps in this browser — localStorage, this tab's
 * sessionStorage, every offline copy (all of this site's caches) and the service worker — then
 * goes to the forget page, whose Clear-Site-Data header also empties the HTTP cache, and from
 * there to the cover site. Every step is also done by the header alone, for a browser without
 * JavaScript; the script repeats it for hosts that cannot send headers.
 */
export async function forgetEverything(): Promise<void> {
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      window[storage].clear();
    } catch {
      // Storage blocked: there is nothing in it to delete.
    }
  }
  try {
    if ('serviceWorker' in navigator) for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  } catch {
    // No service worker support: nothing registered.
  }
  try {
    if ('caches' in window) for (const name of await caches.keys()) await caches.delete(name);
  } catch {
    // Storage blocked: there is nothing in it to delete.
  }
}

/** Deletes, then replaces this page with the forget page: no history entry for either. */
function forgetAndLeave(link: HTMLAnchorElement): void {
  document.documentElement.classList.add('is-exiting');
  void forgetEverything().then(() => window.location.replace(link.href));
}

/**
 * The "forget everything" links in `root`: delete, then go to the forget page. A click with a
 * modifier (new tab, new window) is left to the browser; the forget page deletes there as well.
 */
export function startForgetLink(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-forget-link]')) {
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      forgetAndLeave(link);
    });
  }
}

/**
 * On the forget page: delete again (the header did, where the host sends it), mark the tab as
 * exited — after deleting, so the mark stays — and leave without a history entry.
 */
async function finishForgetting(): Promise<void> {
  await forgetEverything();
  document.title = '';
  try {
    window.sessionStorage.setItem(exitFlagKey, '1');
  } catch {
    // Storage blocked: Back may show the page before, as the quick-exit page says.
  }
  window.location.replace(quickExitDestination);
}

/** `<wegwijs-forget>`, the forget page's text: finishes forgetting as soon as the page runs. */
export class ForgetPage extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    void finishForgetting();
  }
}
