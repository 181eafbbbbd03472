// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import { DirectoryFiltersElement } from './directory-filters.browser';
import type { FilterableContact } from './directory-filter';

const cards: [string, FilterableContact][] = [
  ['Fier', { cities: ['leeuwarden'], nationwide: false, sections: ['safety'], services: ['exit-support', 'trafficking-support'], anonymous: true }],
  ['P&G292', { cities: ['amsterdam'], nationwide: false, sections: ['health'], services: ['sti-testing'], free: true }],
  ['Veilig Thuis', { cities: [], nationwide: true, sections: ['safety'], services: ['domestic-violence-help'], schedule: { alwaysOpen: true, intervals: [[0, 10080]] } }],
];

/** A trimmed copy of what src/pages/[lang]/directory/index.astro renders. */
function render(strings: Record<string, string> = { 'directory.shown_one': en['directory.shown_one'], 'directory.shown_other': en['directory.shown_other'] }): DirectoryFiltersElement {
  const root = document.createElement('wegwijs-directory-filters') as DirectoryFiltersElement;
  root.innerHTML = `
    <script type="application/json" data-strings>${JSON.stringify(strings)}</script>
    <p data-filters-need-js>${en['directory.filtersNeedJs']}</p>
    <form data-directory-filters autocomplete="off">
      <select data-filter="city"><option value="">Any</option><option value="amsterdam">Amsterdam</option><option value="leeuwarden">Leeuwarden</option><option value="utrecht">Utrecht</option></select>
      <select data-filter="section"><option value="">Any</option><option value="health">Health</option><option value="safety">Safety</option></select>
      <select data-filter="service"><option value="">Any</option><option value="exit-support">Exit</option><option value="sti-testing">STI tests</option></select>
      <input type="checkbox" data-filter="anonymous"><input type="checkbox" data-filter="free"><input type="checkbox" data-filter="openNow">
      <p role="status" data-filter-status></p>
      <button type="reset">${en['directory.filterReset']}</button>
    </form>
    <ul>${cards
      .map(([name, facts]) => `<li data-contact='${JSON.stringify(facts)}'><h2>${name}</h2>
        <wegwijs-opening-hours><p data-opening-status></p><script type="application/json" data-strings>{"hours.alwaysOpen":"Open day and night"}</script></wegwijs-opening-hours></li>`)
      .join('')}</ul>
    <p data-filter-none hidden>${en['directory.noneShown']}</p>`;
  document.body.append(root);
  return root;
}

const form = () => document.querySelector<HTMLFormElement>('form[data-directory-filters]')!;
const status = () => document.querySelector('[data-filter-status]')!.textContent;
const shown = () => [...document.querySelectorAll<HTMLElement>('[data-contact]')].filter((item) => !item.hidden).map((item) => item.querySelector('h2')!.textContent);
const none = () => document.querySelector<HTMLElement>('[data-filter-none]')!;
function choose(name: string, value: string | boolean) {
  const field = form().querySelector<HTMLInputElement | HTMLSelectElement>(`[data-filter="${name}"]`)!;
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

if (!customElements.get('wegwijs-directory-filters')) customElements.define('wegwijs-directory-filters', DirectoryFiltersElement);

beforeEach(() => {
  document.documentElement.lang = 'en';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('directory filters', () => {
  it('have no named fields: even a submit without the script sends no choice anywhere', () => {
    render();
    choose('city', 'utrecht');
    choose('free', true);
    expect([...new FormData(form()).keys()]).toEqual([]);
  });

  it('take over from the no-JavaScript notice and count every organisation', () => {
    render();
    expect(document.querySelector<HTMLElement>('[data-filters-need-js]')!.hidden).toBe(true);
    expect(form().hidden).toBe(false);
    expect(status()).toBe('3 of 3 organisations shown');
    expect(none().hidden).toBe(true);
  });

  it('keep organisations in her city and national ones, and say how many are left', () => {
    render();
    choose('city', 'leeuwarden');
    expect(shown()).toEqual(['Fier', 'Veilig Thuis']);
    expect(status()).toBe('2 of 3 organisations shown');
    choose('anonymous', true);
    expect(shown()).toEqual(['Fier']);
  });

  it('filter by what an organisation does', () => {
    render();
    choose('service', 'exit-support');
    expect(shown()).toEqual(['Fier']);
    choose('service', 'sti-testing');
    expect(shown()).toEqual(['P&G292']);
  });

  it('filter by section, and say so when nothing is left', () => {
    render();
    choose('section', 'health');
    expect(shown()).toEqual(['P&G292']);
    choose('city', 'utrecht');
    expect(shown()).toEqual([]);
    expect(none().hidden).toBe(false);
  });

  it('count in the plural form of the page language', () => {
    render({ 'directory.shown_one': 'one: {{count}}/{{total}}', 'directory.shown_other': 'other: {{count}}/{{total}}' });
    expect(status()).toBe('other: 3/3');
    choose('free', true);
    expect(status()).toBe('one: 1/3');
  });

  it('show everything again after Show all', async () => {
    render();
    choose('city', 'amsterdam');
    form().reset();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown()).toEqual(['Fier', 'P&G292', 'Veilig Thuis']);
    expect(status()).toBe('3 of 3 organisations shown');
  });

  it('forget the choices when she leaves the page, and send nothing anywhere', () => {
    render();
    choose('section', 'safety');
    choose('openNow', true);
    const submit = new Event('submit', { cancelable: true });
    form().dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    window.dispatchEvent(new Event('pagehide'));
    expect([...new FormData(form())].filter(([, value]) => value !== '')).toEqual([]);
    expect(shown()).toEqual(['Fier', 'P&G292', 'Veilig Thuis']);
    expect([location.href, localStorage.length, sessionStorage.length]).toEqual(['http://localhost:3000/', 0, 0]);
  });
});
