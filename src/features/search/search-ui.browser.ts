import { cleanQuery, SearchEngine, type SearchIndexFile, type SearchResult, type SearchStrings } from './search';
import { fillTemplate, pluralText } from '../../lib/text';
import { element } from '../../lib/browser/dom';

/**
 * Search on the reader's phone: loads the language's index once, runs queries, and shows results
 * as links inside `main`. Everything shown is built from text nodes; nothing typed is ever
 * parsed as HTML, written into the address bar, or stored.
 */

const engines = new Map<string, Promise<SearchEngine>>();

function engineFor(form: HTMLFormElement): Promise<SearchEngine> {
  const url = form.dataset.index ?? '';
  let engine = engines.get(url);
  if (!engine) {
    engine = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
        return response.json() as Promise<SearchIndexFile>;
      })
      .then((file) => SearchEngine.create(file));
    // A failed load (offline, not saved) is tried again on the next search.
    engine.catch(() => engines.delete(url));
    engines.set(url, engine);
  }
  return engine;
}

export function preloadIndex(form: HTMLFormElement): void {
  engineFor(form).catch(() => undefined);
}

const timers = new WeakMap<HTMLFormElement, number>();

/** Results follow typing after a short pause, without moving focus. */
export function scheduleSearch(form: HTMLFormElement): void {
  window.clearTimeout(timers.get(form));
  timers.set(form, window.setTimeout(() => void runSearch(form, { moveFocus: false }), 200));
}

function countMessage(strings: SearchStrings | undefined, count: number, query: string): string {
  const lang = document.documentElement.lang;
  return pluralText(strings?.results ?? {}, count, new Intl.PluralRules(lang), { count: new Intl.NumberFormat(lang).format(count), query });
}

interface ResultsArea {
  root: HTMLElement;
  heading: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
}

/** The search page has its results area; elsewhere a panel opens at the top of `main`. */
function resultsArea(form: HTMLFormElement, strings: SearchStrings | undefined): ResultsArea | undefined {
  const existing = document.querySelector<HTMLElement>(form.dataset.searchForm === 'page' ? '[data-search-results="page"]' : '[data-search-results="panel"]');
  if (existing) {
    existing.hidden = false;
    return {
      root: existing,
      heading: existing.querySelector('[data-search-heading]')!,
      status: existing.querySelector('[data-search-status]')!,
      list: existing.querySelector('[data-search-list]')!,
    };
  }
  const main = document.querySelector('main');
  if (!main) return undefined;
  const root = element('section', 'search-panel card mb-6');
  root.dataset.searchResults = 'panel';
  root.setAttribute('aria-labelledby', 'search-panel-heading');
  const top = element('div', 'flex items-center gap-2');
  const heading = element('h2', 'text-xl font-bold me-auto', strings?.heading ?? form.dataset.heading);
  heading.id = 'search-panel-heading';
  heading.tabIndex = -1;
  heading.dataset.searchHeading = '';
  const close = element('button', 'min-h-11 px-3 rounded-md border border-[var(--color-line)]', strings?.close ?? form.dataset.close);
  close.type = 'button';
  close.addEventListener('click', () => {
    root.remove();
    form.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  });
  top.append(heading, close);
  const status = element('p', 'mt-1');
  status.setAttribute('role', 'status');
  status.dataset.searchStatus = '';
  const list = element('ol', 'mt-3 space-y-4');
  list.dataset.searchList = '';
  root.append(top, status, list);
  main.prepend(root);
  return { root, heading, status, list };
}

function resultItem(result: SearchResult): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'font-bold text-lg');
  link.href = result.doc.url;
  link.append(result.doc.title);
  if (result.doc.heading) link.append(' › ', result.doc.heading);
  const area = element('p', 'text-sm text-[var(--color-muted)]', result.doc.area);
  const text = element('p', 'mt-1');
  for (const part of result.snippet) text.append(part.match ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  item.append(link, area, text);
  return item;
}

let latestRun = 0;

export async function runSearch(form: HTMLFormElement, options: { moveFocus: boolean }): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  const query = cleanQuery(input.value);
  const run = ++latestRun;
  if (!query) {
    if (form.dataset.searchForm !== 'page') document.querySelector('[data-search-results="panel"]')?.remove();
    else {
      const area = resultsArea(form, undefined);
      if (area) {
        area.list.replaceChildren();
        area.status.textContent = '';
      }
    }
    return;
  }
  let engine: SearchEngine;
  try {
    engine = await engineFor(form);
  } catch {
    if (run !== latestRun) return;
    // Offline and not saved: say so where the results would be.
    const area = resultsArea(form, undefined);
    if (area) {
      area.list.replaceChildren();
      area.status.textContent = form.dataset.failed ?? '';
      if (options.moveFocus) area.status.focus();
    }
    return;
  }
  if (run !== latestRun) return;
  const strings = engine.strings;
  const area = resultsArea(form, strings);
  if (!area) return;
  const results = engine.search(query);
  if (run !== latestRun) return;
  area.list.replaceChildren(...results.map(resultItem));
  // On the search page the topic list gives way to the results, so nothing jumps below them.
  for (const browse of document.querySelectorAll<HTMLElement>('[data-search-browse]')) browse.hidden = results.length > 0;
  if (results.length === 0) {
    area.status.textContent = fillTemplate(strings?.none, { query });
    const help = element('li');
    const link = element('a', 'font-bold', strings?.helpLabel);
    link.href = strings?.helpPage ?? '';
    help.append(link);
    area.list.append(help);
  } else {
    area.status.textContent = countMessage(strings, results.length, query);
  }
  if (options.moveFocus) area.heading.focus();
}

/** Arrow keys move between the field and the results; Escape goes back to the field. */
function startKeyboard(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  const links = () => [...document.querySelectorAll<HTMLAnchorElement>('[data-search-list] a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLAnchorElement) || !target.closest('[data-search-list]')) return;
    const all = links();
    const index = all.indexOf(target);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[index + 1] : all[index - 1];
      (next ?? input).focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('[data-search-form]')) startKeyboard(form);

export function startSearchPage(): void {
  for (const notice of document.querySelectorAll<HTMLElement>('[data-search-needs-js]')) notice.hidden = true;
  // No search term is ever carried in an address: an old `?q=` link opens the search page
  // empty, and the query leaves the address bar at once, unread and unshown.
  if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);
}

/**
 * Forgets what was typed and found, when the page is left: a page kept in the back/forward
 * cache then comes back without the search term or its results on screen.
 */
export function clearSearches(): void {
  latestRun += 1;
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) input.value = '';
  document.querySelector('[data-search-results="panel"]')?.remove();
  const page = document.querySelector<HTMLElement>('[data-search-results="page"]');
  if (page) {
    page.querySelector('[data-search-list]')?.replaceChildren();
    const status = page.querySelector('[data-search-status]');
    if (status) status.textContent = '';
  }
  for (const browse of document.querySelectorAll<HTMLElement>('[data-search-browse]')) browse.hidden = false;
}
