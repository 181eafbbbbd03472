// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSearchForms } from './search-loader.browser';
import { statusText } from './search-ui.browser';
import type { SearchDoc, SearchIndexFile } from './search';

/** A trimmed copy of what SearchForm.astro renders (with the search page's children when given). */
function searchMarkup(variant: 'header' | 'page', index: string, children = ''): string {
  const strings = JSON.stringify({ 'search.resultsHeading': 'Search results', 'search.close': 'Close results', 'search.loadFailed': 'Search could not load.' });
  return `<wegwijs-search class="contents" data-index="${index}">
    <form role="search" action="/en/search/" method="get" data-search-form="${variant}">
      <label for="search-${variant}">Search Wegwijs</label>
      <input id="search-${variant}" type="search" maxlength="100" data-search-input>
      <button type="submit">Search</button>
    </form>
    <script type="application/json" data-strings>${strings}</script>
    ${children}
  </wegwijs-search>`;
}

const pageChildren = `
  <section data-search-results="page">
    <h2 tabindex="-1" data-search-heading>Search results</h2>
    <p role="status" data-search-status></p>
    <ol data-search-list></ol>
  </section>
  <p class="no-js-only" data-search-needs-js>Search needs JavaScript.</p>
  <div data-search-browse><a href="/en/health/">Health</a></div>`;

const doc = (url: string, title: string, text: string): SearchDoc => ({ url, kind: 'topic', title, area: 'Work and money', text });
const indexFile: SearchIndexFile = {
  version: 1,
  locale: 'en',
  strings: {
    heading: 'Search results',
    none: 'Nothing found for “{{query}}”.',
    close: 'Close results',
    results: { one: '{{count}} result for “{{query}}”', other: '{{count}} results for “{{query}}”' },
    helpLabel: 'Find help',
    helpPage: '/en/help/',
  },
  docs: [
    doc('/en/work-and-money/kvk/', 'Registering with the KvK', 'You register your business with the KvK, the Chamber of Commerce.'),
    doc('/en/work-and-money/tax/', 'Paying tax', 'Income tax is paid once a year.'),
    doc('/en/work-and-money/tax-advice/', 'Free tax advice', 'Ask for help with your tax return.'),
  ],
};

const fetchIndex = vi.fn(async (_url: string) => new Response(JSON.stringify(indexFile), { status: 200 }));

/** Puts a page together off-screen, then in the document at once, as the parser has when the page's module script runs. */
function showPage(variant: 'header' | 'page', index = '/en/search-index.json'): void {
  const page = document.createElement('div');
  page.innerHTML =
    variant === 'header'
      ? `<header>${searchMarkup('header', index)}</header><main><h1>Health</h1><p>Page text</p></main>`
      : `<header></header><main><h1>Search</h1>${searchMarkup('page', index, pageChildren)}</main>`;
  document.body.replaceChildren(...page.childNodes);
}

const field = () => document.querySelector<HTMLInputElement>('[data-search-input]')!;
const panel = () => document.querySelector<HTMLElement>('[data-search-results="panel"]');
const status = () => document.querySelector<HTMLElement>('[data-search-status]')?.textContent ?? '';
const resultLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('[data-search-list] a')];

/** Types `query` and presses Enter, as she would. */
function submit(query: string): Event {
  field().value = query;
  const event = new Event('submit', { bubbles: true, cancelable: true });
  field().form!.dispatchEvent(event);
  return event;
}

function press(target: Element, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

const waitForStatus = (expected: string | RegExp) => vi.waitFor(() => expect(status()).toMatch(expected), { timeout: 3000 });

beforeAll(() => {
  document.documentElement.lang = 'en';
  startSearchForms();
});

beforeEach(() => {
  fetchIndex.mockClear();
  vi.stubGlobal('fetch', fetchIndex);
  history.replaceState(null, '', '/en/health/');
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('search from the header field', () => {
  it('shows the results in a panel at the top of main, and moves focus to them', async () => {
    showPage('header');
    submit('kvk');
    await waitForStatus('1 result for “kvk”');
    const main = document.querySelector('main')!;
    expect(main.firstElementChild).toBe(panel());
    expect(document.querySelector('header [data-search-results]')).toBeNull();
    expect(resultLinks().map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Registering with the KvK', '/en/work-and-money/kvk/']]);
    expect([...panel()!.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('KvK');
    expect(document.activeElement).toBe(panel()!.querySelector('h2'));
    expect(panel()!.querySelector('h2')!.textContent).toBe('Search results');
    expect(fetchIndex).toHaveBeenCalledTimes(1);
    expect(fetchIndex.mock.calls[0]![0]).toBe('/en/search-index.json');
  });

  it('puts nothing she types into the address bar, the history or storage', async () => {
    showPage('header');
    const before = { href: location.href, length: history.length };
    const submitted = submit('kvk');
    await waitForStatus(/kvk/);
    expect(submitted.defaultPrevented).toBe(true);
    expect({ href: location.href, length: history.length }).toEqual(before);
    expect(history.state).toBeNull();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('starts the word breaker when she focuses the field of a language written without spaces, and only then', async () => {
    const segmenting = vi.spyOn(Intl, 'Segmenter');
    showPage('header');
    document.querySelector<HTMLElement>('wegwijs-search')!.dataset.locale = 'en';
    field().focus();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(segmenting).not.toHaveBeenCalled();
    showPage('header');
    const search = document.querySelector<HTMLElement>('wegwijs-search')!;
    search.dataset.locale = 'th';
    search.dataset.wordBreaker = '';
    expect(segmenting).not.toHaveBeenCalled();
    field().focus();
    await vi.waitFor(() => expect(segmenting).toHaveBeenCalledWith('th', { granularity: 'word' }));
    segmenting.mockRestore();
  });

  it('shows results while she types, without moving focus', async () => {
    showPage('header');
    field().focus();
    field().value = 'tax';
    field().dispatchEvent(new Event('input', { bubbles: true }));
    await waitForStatus('2 results for “tax”');
    expect(document.activeElement).toBe(field());
  });

  it('moves through the results with the arrow keys, and back to the field with Escape', async () => {
    showPage('header');
    submit('tax');
    await waitForStatus('2 results for “tax”');
    const [first, second] = resultLinks();
    field().focus();
    expect(press(field(), 'ArrowDown').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    press(first!, 'ArrowDown');
    expect(document.activeElement).toBe(second);
    press(second!, 'ArrowDown');
    expect(document.activeElement).toBe(field());
    press(field(), 'ArrowDown');
    press(first!, 'ArrowUp');
    expect(document.activeElement).toBe(field());
    press(field(), 'ArrowDown');
    press(first!, 'ArrowDown');
    press(second!, 'Escape');
    expect(document.activeElement).toBe(field());
  });

  it('keeps the result she moved to when she pressed Enter before the pause in her typing', async () => {
    showPage('header');
    field().focus();
    field().value = 'tax';
    field().dispatchEvent(new Event('input', { bubbles: true }));
    submit('tax');
    await waitForStatus('2 results for “tax”');
    press(field(), 'ArrowDown');
    const [first] = resultLinks();
    expect(document.activeElement).toBe(first);
    // Past the typing pause (200 ms): no second drawing of the same results.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first!.isConnected).toBe(true);
    expect(document.activeElement).toBe(first);
  });

  it('leaves the arrow keys alone while there are no results', async () => {
    showPage('header');
    field().focus();
    expect(press(field(), 'ArrowDown').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field());
  });

  it('closes the panel with its button and returns to the field', async () => {
    showPage('header');
    submit('kvk');
    await waitForStatus(/kvk/);
    panel()!.querySelector('button')!.click();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(field());
    submit('tax');
    await waitForStatus(/tax/);
    expect(document.querySelectorAll('[data-search-results="panel"]')).toHaveLength(1);
  });

  it('says when nothing is found, and offers the help finder', async () => {
    showPage('header');
    submit('qqqqzzzz');
    await waitForStatus('Nothing found for “qqqqzzzz”.');
    expect(resultLinks().map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Find help', '/en/help/']]);
  });

  it('shows odd input as text: no markup, no control characters, no essay', async () => {
    showPage('header');
    submit('<img src=x onerror="window.__pwned=1">kvk');
    await vi.waitFor(() => expect(status()).toContain('for “<img src=x onerror="window.__pwned=1">kvk”'));
    expect(document.querySelector('img')).toBeNull();

    submit('\u202Ekvk\u0000');
    await waitForStatus('1 result for “kvk”');

    submit('{{query}} zzz '.repeat(500));
    await waitForStatus(/“\{\{query\}\} zzz/);
    const shownQuery = /“(.*)”/.exec(status())![1]!;
    expect(Array.from(shownQuery).length).toBeLessThanOrEqual(100);
    const tags = new Set([...document.querySelectorAll('[data-search-list] *')].map((node) => node.tagName));
    expect([...tags].every((tag) => ['LI', 'A', 'P', 'MARK'].includes(tag))).toBe(true);

    submit('   ');
    await vi.waitFor(() => expect(panel()).toBeNull());
  });

  it('says so when the index cannot load, and tries again on the next search', async () => {
    showPage('header', '/en/offline-index.json');
    fetchIndex.mockRejectedValueOnce(new TypeError('offline'));
    submit('kvk');
    await waitForStatus('Search could not load.');
    expect(resultLinks()).toEqual([]);
    submit('kvk');
    await waitForStatus('1 result for “kvk”');
    expect(fetchIndex).toHaveBeenCalledTimes(2);
  });

  it('forgets the query and its results when she leaves the page', async () => {
    showPage('header');
    submit('kvk');
    await waitForStatus(/kvk/);
    window.dispatchEvent(new Event('pagehide'));
    expect(field().value).toBe('');
    expect(panel()).toBeNull();
  });

  it('forgets what she typed on leaving, even before the search code has loaded', () => {
    showPage('header');
    field().value = 'secret';
    window.dispatchEvent(new Event('pagehide'));
    expect(field().value).toBe('');
  });
});

describe('the search page', () => {
  it('clears an old ?q= from the address bar and hides the no-JavaScript note', () => {
    history.replaceState(null, '', '/en/search/?q=secret#top');
    const length = history.length;
    showPage('page');
    expect(location.pathname + location.search + location.hash).toBe('/en/search/#top');
    expect(history.length).toBe(length);
    expect(field().value).toBe('');
    expect(document.querySelector<HTMLElement>('[data-search-needs-js]')!.hidden).toBe(true);
  });

  it('shows the results in place of the topic list, and brings the list back on leaving', async () => {
    showPage('page');
    submit('tax');
    await waitForStatus('2 results for “tax”');
    expect(panel()).toBeNull();
    expect(resultLinks()).toHaveLength(2);
    expect(document.activeElement).toBe(document.querySelector('[data-search-heading]'));
    expect(document.querySelector<HTMLElement>('[data-search-browse]')!.hidden).toBe(true);
    press(field(), 'ArrowDown');
    expect(document.activeElement).toBe(resultLinks()[0]);
    press(resultLinks()[0]!, 'Escape');
    expect(document.activeElement).toBe(field());

    window.dispatchEvent(new Event('pagehide'));
    expect(field().value).toBe('');
    expect(status()).toBe('');
    expect(resultLinks()).toEqual([]);
    expect(document.querySelector<HTMLElement>('[data-search-browse]')!.hidden).toBe(false);
  });
});

describe('the status line', () => {
  it('uses the plural form and number format of the language', () => {
    const results = indexFile.docs.map((found) => ({ doc: found, score: 1, snippet: [] }));
    const strings = { results: { one: '{{count}} wynik', few: '{{count}} wyniki', many: '{{count}} wyników', other: '{{count}} wyniku' } };
    const found = (count: number) => ({ kind: 'found' as const, query: 'x', results: Array.from({ length: count }, () => results[0]!), indexStrings: { ...indexFile.strings!, ...strings } });
    expect(statusText(found(1), {}, 'pl')).toBe('1 wynik');
    expect(statusText(found(3), {}, 'pl')).toBe('3 wyniki');
    expect(statusText(found(5), {}, 'pl')).toBe('5 wyników');
    expect(statusText({ ...found(1), results: Array.from({ length: 1000 }, () => results[0]!) }, {}, 'de')).toBe('1.000 wyniku');
    expect(statusText({ kind: 'empty' }, {}, 'en')).toBe('');
    expect(statusText({ kind: 'failed' }, { 'search.loadFailed': 'Offline.' }, 'en')).toBe('Offline.');
  });
});
