import { filtersFrom, matchesFilters, type DirectoryFilters, type FilterableContact } from './directory-filter';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';
import { countText } from '../../lib/text';

/** One organisation's card in the list, with the facts the filters read. */
interface Card {
  item: HTMLElement;
  facts: FilterableContact;
}

function cardsIn(root: HTMLElement): Card[] {
  return [...root.querySelectorAll<HTMLElement>('[data-contact]')].flatMap((item) => {
    try {
      return [{ item, facts: JSON.parse(item.dataset.contact ?? '') as FilterableContact }];
    } catch {
      return [];
    }
  });
}

/**
 * `<wegwijs-directory-filters>`: the directory's filters, on the phone (src/pages/[lang]/directory/index.astro).
 * Choices hide cards and a count says how many are left.
 */
/** The form's choices by `data-filter`: its fields have no names, so no choice can go anywhere. */
function chosenValues(form: HTMLFormElement): Map<string, string> {
  const values = new Map<string, string>();
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')) {
    const key = field.dataset.filter;
    if (!key) continue;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked) values.set(key, 'on');
    } else if (field.value) values.set(key, field.value);
  }
  return values;
}

export class DirectoryFiltersElement extends HTMLElement {
  #form: HTMLFormElement | undefined;
  #status: HTMLElement | undefined;
  #cards: Card[] = [];
  #strings: BrowserStrings = {};
  #listeners: AbortController | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-directory-filters]');
    const status = form?.querySelector<HTMLElement>('[data-filter-status]');
    if (!form || !status || this.#listeners) return;
    this.#form = form;
    this.#status = status;
    this.#cards = cardsIn(this);
    this.#strings = stringsIn(this);
    this.#listeners = new AbortController();
    this.#bind(form, this.#listeners.signal);
    for (const notice of this.querySelectorAll<HTMLElement>('[data-filters-need-js]')) notice.hidden = true;
    form.hidden = false;
    this.#apply();
  }

  disconnectedCallback(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
  }

  #bind(form: HTMLFormElement, signal: AbortSignal): void {
    form.addEventListener('change', () => this.#apply(), { signal });
    // `reset` fires before the fields are cleared.
    form.addEventListener('reset', () => window.setTimeout(() => this.#apply(), 0), { signal });
    form.addEventListener('submit', (event) => event.preventDefault(), { signal });
    // What she filtered on (a topic, a city) is gone when she leaves, also from the copy the
    // back/forward cache keeps.
    window.addEventListener(
      'pagehide',
      () => {
        form.reset();
        this.#apply();
      },
      { signal },
    );
  }

  #apply(): void {
    const shown = this.#showMatching(filtersFrom(chosenValues(this.#form!)), new Date());
    this.#renderCount(shown);
  }

  /** Hides the cards that do not match; gives how many are left. */
  #showMatching(filters: DirectoryFilters, now: Date): number {
    let shown = 0;
    for (const { item, facts } of this.#cards) {
      item.hidden = !matchesFilters(facts, filters, now);
      if (!item.hidden) shown += 1;
    }
    return shown;
  }

  #renderCount(shown: number): void {
    const total = countText(this.#cards.length, document.documentElement.lang);
    this.#status!.textContent = text(this.#strings, 'directory.shown', { count: shown, total });
    const none = this.querySelector<HTMLElement>('[data-filter-none]');
    if (none) none.hidden = shown > 0;
  }
}
