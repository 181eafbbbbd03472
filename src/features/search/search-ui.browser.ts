import { cleanQuery, SearchEngine, startWordBreaker, type SearchResult, type SearchStrings } from './search';
import { countText, fillTemplate, pluralText } from '../../lib/text';
import { element } from '../../lib/browser/dom';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';
import { searchIndexFile } from './search-index-file.browser';
import { loadStemmer } from './stemmers';

/**
 * Search on the reader's phone: loads the language's index once, runs queries, and shows results
 * as links inside `main`. Everything shown is built from text nodes; nothing typed is ever
 * parsed as HTML, written into the address bar, or stored.
 */

const engines = new Map<string, Promise<SearchEngine>>();

/**
 * The language's search, loaded once per page, whichever field asks first. The index and the
 * language's stemmer are fetched side by side, not one after the other.
 */
function engineFor(url: string, locale: string): Promise<SearchEngine> {
  let engine = engines.get(url);
  if (!engine) {
    const stemmer = loadStemmer(locale);
    engine = searchIndexFile(url).then((file) => SearchEngine.load(file, file.locale === locale ? stemmer : undefined));
    // A failed load (offline, not saved) is tried again on the next search.
    engine.catch(() => engines.delete(url));
    engines.set(url, engine);
  }
  return engine;
}

/** What a search came to, before anything is shown. */
export type SearchOutcome =
  | { kind: 'empty' }
  /** The index could not load: offline, and this language not saved. */
  | { kind: 'failed' }
  /** `indexStrings`: the words for results, which come with the index so pages do not carry them. */
  | { kind: 'found'; query: string; results: SearchResult[]; indexStrings: SearchStrings | undefined };

/** The status line for an outcome, in the page's language. */
export function statusText(outcome: SearchOutcome, strings: BrowserStrings, lang: string): string {
  if (outcome.kind === 'empty') return '';
  if (outcome.kind === 'failed') return text(strings, 'search.loadFailed');
  const { query, results, indexStrings } = outcome;
  if (results.length === 0) return fillTemplate(indexStrings?.none, { query });
  return pluralText(indexStrings?.results ?? {}, results.length, new Intl.PluralRules(lang), { count: countText(results.length, lang), query });
}

/** One result: the page (and section) as a link, where it lives, and the text around the match. */
function resultItem(result: SearchResult): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'font-bold text-lg');
  link.href = result.doc.url;
  link.append(result.doc.title);
  if (result.doc.heading) link.append(' › ', result.doc.heading);
  const area = element('p', 'text-sm text-[var(--color-muted)]', result.doc.area);
  const snippet = element('p', 'mt-1');
  for (const part of result.snippet) snippet.append(part.match ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  item.append(link, area, snippet);
  return item;
}

/** With nothing found, the way on is the help finder. */
function helpItem(indexStrings: SearchStrings | undefined): HTMLLIElement {
  const item = element('li');
  const link = element('a', 'font-bold', indexStrings?.helpLabel);
  link.href = indexStrings?.helpPage ?? '';
  item.append(link);
  return item;
}

interface ResultsArea {
  root: HTMLElement;
  heading: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
}

/**
 * The results of one `<wegwijs-search>`: on the search page in its own results section, elsewhere
 * in a panel that opens at the top of `main`, where the page's content is read (the field sits in
 * the header, so the panel cannot be inside the element).
 */
export class SearchView {
  readonly #root: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #strings: BrowserStrings;
  readonly #indexUrl: string;
  readonly #locale: string;
  readonly #pageArea: ResultsArea | undefined;
  #panel: ResultsArea | undefined;
  #latestRun = 0;
  #timer: number | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
    this.#strings = stringsIn(root);
    this.#indexUrl = root.dataset.index ?? '';
    this.#locale = root.dataset.locale ?? document.documentElement.lang;
    this.#pageArea = this.#pageResults();
    this.#input.addEventListener('keydown', (event) => this.#onFieldKey(event));
  }

  preload(): void {
    engineFor(this.#indexUrl, this.#locale).catch(() => undefined);
    // Thai and Chinese: the browser's word breaker takes 60–130 ms to start on a slow phone.
    // Started in a task of its own now, it starts while the index is on its way, not when her
    // first query needs it (slow 4G, 4× CPU: from the index's arrival to the first result,
    // Thai 288 → 261 ms, Chinese 233 → 177 ms, median of 9).
    if (this.#root.dataset.wordBreaker !== undefined) window.setTimeout(() => startWordBreaker(this.#locale), 0);
  }

  /** Results follow typing after a short pause, without moving focus. */
  schedule(): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.search({ moveFocus: false }), 200);
  }

  async search(options: { moveFocus: boolean }): Promise<void> {
    // A search for what she typed makes the one still waiting for a pause in her typing moot:
    // it would draw the same results again and take the focus off the one she moved to.
    window.clearTimeout(this.#timer);
    const run = ++this.#latestRun;
    // A later search (or leaving the page) wins over this one.
    const isLatest = () => run === this.#latestRun;
    const outcome = await this.#outcomeFor(cleanQuery(this.#input.value), isLatest);
    if (outcome === undefined || !isLatest()) return;
    if (outcome.kind === 'empty') this.#showEmpty();
    else if (outcome.kind === 'failed') this.#showFailed(options.moveFocus);
    else this.#showFound(outcome, options.moveFocus);
  }

  /**
   * Forgets what was typed and found, when the page is left: a page kept in the back/forward
   * cache then comes back without the search term or its results on screen.
   */
  forget(): void {
    this.#latestRun += 1;
    window.clearTimeout(this.#timer);
    this.#input.value = '';
    this.#panel?.root.remove();
    this.#panel = undefined;
    if (this.#pageArea) this.#clear(this.#pageArea);
    this.#showBrowse(true);
  }

  /** The outcome, or undefined when a later search came while the index loaded. */
  async #outcomeFor(query: string, isLatest: () => boolean): Promise<SearchOutcome | undefined> {
    if (!query) return { kind: 'empty' };
    let engine: SearchEngine;
    try {
      engine = await engineFor(this.#indexUrl, this.#locale);
    } catch {
      return { kind: 'failed' };
    }
    if (!isLatest()) return undefined;
    return { kind: 'found', query, results: engine.search(query), indexStrings: engine.strings };
  }

  #showEmpty(): void {
    if (this.#pageArea) this.#clear(this.#pageArea);
    else {
      this.#panel?.root.remove();
      this.#panel = undefined;
    }
  }

  /** Offline and not saved: say so where the results would be. */
  #showFailed(moveFocus: boolean): void {
    const area = this.#area();
    if (!area) return;
    area.list.replaceChildren();
    area.status.textContent = statusText({ kind: 'failed' }, this.#strings, document.documentElement.lang);
    if (moveFocus) area.status.focus();
  }

  #showFound(outcome: Extract<SearchOutcome, { kind: 'found' }>, moveFocus: boolean): void {
    const area = this.#area();
    if (!area) return;
    const { results } = outcome;
    area.list.replaceChildren(...results.map(resultItem));
    if (results.length === 0) area.list.append(helpItem(outcome.indexStrings));
    area.status.textContent = statusText(outcome, this.#strings, document.documentElement.lang);
    // On the search page the topic list gives way to the results, so nothing jumps below them.
    this.#showBrowse(results.length === 0);
    if (moveFocus) area.heading.focus();
  }

  #clear(area: ResultsArea): void {
    area.list.replaceChildren();
    area.status.textContent = '';
  }

  #showBrowse(shown: boolean): void {
    for (const browse of this.#root.querySelectorAll<HTMLElement>('[data-search-browse]')) browse.hidden = !shown;
  }

  #area(): ResultsArea | undefined {
    if (this.#pageArea) return this.#pageArea;
    if (!this.#panel?.root.isConnected) this.#panel = this.#openPanel();
    return this.#panel;
  }

  #pageResults(): ResultsArea | undefined {
    const root = this.#root.querySelector<HTMLElement>('[data-search-results="page"]');
    if (!root) return undefined;
    root.addEventListener('keydown', (event) => this.#onResultKey(event));
    return {
      root,
      heading: root.querySelector<HTMLElement>('[data-search-heading]')!,
      status: root.querySelector<HTMLElement>('[data-search-status]')!,
      list: root.querySelector<HTMLOListElement>('[data-search-list]')!,
    };
  }

  #openPanel(): ResultsArea | undefined {
    const main = document.querySelector('main');
    if (!main) return undefined;
    const root = element('section', 'search-panel card mb-6');
    root.dataset.searchResults = 'panel';
    root.setAttribute('aria-labelledby', 'search-panel-heading');
    const heading = element('h2', 'text-xl font-bold me-auto', text(this.#strings, 'search.resultsHeading'));
    heading.id = 'search-panel-heading';
    heading.tabIndex = -1;
    heading.dataset.searchHeading = '';
    const top = element('div', 'flex items-center gap-2');
    top.append(heading, this.#closeButton(root));
    const status = element('p', 'mt-1');
    status.setAttribute('role', 'status');
    status.dataset.searchStatus = '';
    const list = element('ol', 'mt-3 space-y-4');
    list.dataset.searchList = '';
    root.append(top, status, list);
    root.addEventListener('keydown', (event) => this.#onResultKey(event));
    main.prepend(root);
    return { root, heading, status, list };
  }

  #closeButton(panel: HTMLElement): HTMLButtonElement {
    const close = element('button', 'min-h-11 px-3 rounded-md border border-[var(--color-line)]', text(this.#strings, 'search.close'));
    close.type = 'button';
    close.addEventListener('click', () => {
      panel.remove();
      this.#input.focus();
    });
    return close;
  }

  #resultLinks(): HTMLAnchorElement[] {
    const list = (this.#pageArea ?? this.#panel)?.list;
    return list ? [...list.querySelectorAll('a')] : [];
  }

  /** ArrowDown in the field goes to the first result. */
  #onFieldKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    const first = this.#resultLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  }

  /** Arrow keys move between the results (and back to the field); Escape goes back to the field. */
  #onResultKey(event: KeyboardEvent): void {
    const links = this.#resultLinks();
    const index = links.indexOf(event.target as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      (links[event.key === 'ArrowDown' ? index + 1 : index - 1] ?? this.#input).focus();
    } else if (event.key === 'Escape') {
      this.#input.focus();
    }
  }
}
