import type { SearchView } from './search-ui.browser';
import { searchIndexFile } from './search-index-file.browser';
import { whenLoadedAndIdle } from '../../lib/browser/idle';

/**
 * The part of search every page loads: `<wegwijs-search>` waits for the reader to use its field,
 * and only then fetches the search code (search-ui.browser.ts) and this language's index. Pages
 * that nobody searches on stay small.
 */
type SearchUi = typeof import('./search-ui.browser');

let ui: Promise<SearchUi> | undefined;
const loadUi = () => (ui ??= import('./search-ui.browser'));

export class SearchElement extends HTMLElement {
  #listening: AbortController | undefined;
  #view: Promise<SearchView> | undefined;
  /** The view once its code has arrived: what `pagehide` can clear without waiting. */
  #loadedView: SearchView | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    if (!form || !input) return;
    this.#listening?.abort();
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    // Warm up as soon as she shows interest, so the first result is ready when she submits.
    // The index is asked for at once, beside the search code, not after it.
    input.addEventListener('focus', () => {
      if (this.dataset.index) searchIndexFile(this.dataset.index).catch(() => undefined);
      void this.#withView((view) => view.preload());
    }, { once: true, signal });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#withView((view) => view.search({ moveFocus: true }));
    }, { signal });
    input.addEventListener('input', () => void this.#withView((view) => view.schedule()), { signal });
    // What she typed and found is gone when she leaves the page (and from the page the
    // back/forward cache keeps). Synchronous: the page may be frozen right after this event.
    window.addEventListener('pagehide', () => {
      input.value = '';
      this.#loadedView?.forget();
    }, { signal });
    if (form.dataset.searchForm === 'page') this.#startPage();
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  #startPage(): void {
    for (const notice of this.querySelectorAll<HTMLElement>('[data-search-needs-js]')) notice.hidden = true;
    // No search term is ever carried in an address: an old `?q=` link opens the search page
    // empty, and the query leaves the address bar at once, unread and unshown.
    if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);
    // On the search page she came to search: the code comes as soon as the page has loaded (at
    // once if she reaches for the field first), the index on first use. Not before load: its
    // 13 kB would hold up the page's first paint on a slow phone (LCP up to 1.4 s at 4x CPU).
    whenLoadedAndIdle(() => void this.#withView(() => undefined), 500, 0);
  }

  #withView(use: (view: SearchView) => unknown): Promise<void> {
    this.#view ??= loadUi().then((module) => (this.#loadedView = new module.SearchView(this)));
    return this.#view.then(use).then(() => undefined);
  }
}

/**
 * Makes every `<wegwijs-search>` on the page (the header's field, the search page's) work.
 * Called by the script every page loads (src/layouts/base-layout.browser.ts), so the search
 * field costs no script request of its own.
 */
export function startSearchForms(): void {
  if (!customElements.get('wegwijs-search')) customElements.define('wegwijs-search', SearchElement);
}
