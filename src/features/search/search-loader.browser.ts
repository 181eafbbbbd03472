/**
 * The part of search every page loads: it waits for the reader to use a search field, and only
 * then fetches the search code and this language's index. Pages that nobody searches on stay
 * small.
 */
type SearchUi = typeof import('./search-ui.browser');

let ui: Promise<SearchUi> | undefined;
let loaded: SearchUi | undefined;
const loadUi = () => (ui ??= import('./search-ui.browser').then((module) => (loaded = module)));

export function startSearchForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-search-form]')) {
    const input = form.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) continue;
    // Warm up as soon as she shows interest, so the first result is ready when she submits.
    const warm = () => void loadUi().then((module) => module.preloadIndex(form));
    input.addEventListener('focus', warm, { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void loadUi().then((module) => module.runSearch(form, { moveFocus: true }));
    });
    input.addEventListener('input', () => void loadUi().then((module) => module.scheduleSearch(form)));
  }
  if (document.querySelector('[data-search-form="page"]')) void loadUi().then((module) => module.startSearchPage());
  // What she typed and found is gone when she leaves the page (and from the page the
  // back/forward cache keeps). Synchronous: the page may be frozen right after this event.
  window.addEventListener('pagehide', () => {
    for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) input.value = '';
    loaded?.clearSearches();
  });
}
