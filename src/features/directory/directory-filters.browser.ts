import { matchesFilters, type DirectoryFilters, type FilterableContact } from './directory-filter';
import { pluralText, pluralTextsFrom } from '../../lib/text';

/** The directory's filters, on the phone: choices hide cards and a count says how many are left. */
export function startDirectoryFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-directory-filters]');
  const status = form?.querySelector<HTMLElement>('[data-filter-status]');
  const none = document.querySelector<HTMLElement>('[data-filter-none]');
  if (!form || !status) return;
  const items = [...document.querySelectorAll<HTMLElement>('[data-contact]')].flatMap((item) => {
    try {
      return [{ item, facts: JSON.parse(item.dataset.contact ?? '') as FilterableContact }];
    } catch {
      return [];
    }
  });
  for (const notice of document.querySelectorAll<HTMLElement>('[data-filters-need-js]')) notice.hidden = true;
  form.hidden = false;

  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  const shownTexts = pluralTextsFrom(form.dataset, 'shown', plural);

  const apply = () => {
    const data = new FormData(form);
    const text = (name: string) => (data.get(name) as string | null) || undefined;
    const filters: DirectoryFilters = {
      city: text('city'),
      language: text('language'),
      section: text('section'),
      anonymous: data.has('anonymous'),
      free: data.has('free'),
      noPapersNeeded: data.has('noPapersNeeded'),
      openNow: data.has('openNow'),
    };
    const now = new Date();
    let shown = 0;
    for (const { item, facts } of items) {
      const match = matchesFilters(facts, filters, now);
      item.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = pluralText(shownTexts, shown, plural, { count: number.format(shown), total: number.format(items.length) });
    if (none) none.hidden = shown > 0;
  };
  form.addEventListener('change', apply);
  // `reset` fires before the fields are cleared.
  form.addEventListener('reset', () => window.setTimeout(apply, 0));
  form.addEventListener('submit', (event) => event.preventDefault());
  // What she filtered on (a topic, a city) is gone when she leaves, also from the copy the
  // back/forward cache keeps.
  window.addEventListener('pagehide', () => {
    form.reset();
    apply();
  });
  apply();
}
