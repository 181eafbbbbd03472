// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInBody } from '../../../tests/unit/browser-fixtures';
import { locales } from '../../lib/locales';
import { LanguageChooser } from './language-chooser.browser';
import { preferencesStorageKey } from './preferences';

/** A trimmed copy of what LanguageChooser.astro renders. */
function renderChooser(): void {
  renderInBody(`
    <wegwijs-language-chooser>
      <ul>${locales
        .map(
          (language) => `
        <li data-language="${language.code}">
          <a href="/${language.code}/" lang="${language.tag}">
            <span>${language.nativeName}</span>
            <span data-label="suggested" hidden>suggested</span>
            <span data-label="remembered" hidden>remembered</span>
          </a>
        </li>`,
        )
        .join('')}</ul>
    </wegwijs-language-chooser>`);
}

const item = (code: string) => document.querySelector<HTMLElement>(`[data-language="${code}"]`)!;
const label = (code: string, name: 'suggested' | 'remembered') => item(code).querySelector<HTMLElement>(`[data-label="${name}"]`)!;
const highlighted = () => [...document.querySelectorAll<HTMLElement>('[data-highlight]')].map((element) => element.dataset.language);
const phoneAsksFor = (...languages: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
/** Follows a language link without navigating away in the test. */
const choose = (code: string) => {
  const stopNavigation = (event: Event) => event.preventDefault();
  document.addEventListener('click', stopNavigation);
  item(code).querySelector('span')!.click();
  document.removeEventListener('click', stopNavigation);
};

beforeEach(() => {
  if (!customElements.get('wegwijs-language-chooser')) customElements.define('wegwijs-language-chooser', LanguageChooser);
});

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the language chooser', () => {
  it("points out the phone's language, and stores nothing by looking", () => {
    phoneAsksFor('ro-RO', 'en');
    renderChooser();
    expect(highlighted()).toEqual(['ro']);
    expect(label('ro', 'suggested').hidden).toBe(false);
    expect(label('ro', 'remembered').hidden).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('points out nothing when the phone asks for a language the site does not have', () => {
    phoneAsksFor('xx-YY');
    renderChooser();
    expect(highlighted()).toEqual([]);
  });

  it('points out the last choice, and the phone language only when it is another one', () => {
    phoneAsksFor('ro-RO');
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ version: 1, language: 'pl' }));
    renderChooser();
    expect(highlighted().sort()).toEqual(['pl', 'ro']);
    expect(label('pl', 'remembered').hidden).toBe(false);
    expect(label('ro', 'suggested').hidden).toBe(false);

    localStorage.setItem(preferencesStorageKey, JSON.stringify({ version: 1, language: 'ro' }));
    renderChooser();
    expect(highlighted()).toEqual(['ro']);
    expect(label('ro', 'remembered').hidden).toBe(false);
    expect(label('ro', 'suggested').hidden).toBe(true);
  });

  it('stores the choice, and only the language, under one key', () => {
    phoneAsksFor('ro-RO');
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ language: 'ro', city: 'amsterdam', savedPages: ['/ro/health/'] }));
    renderChooser();
    choose('pl');
    expect(Object.keys(localStorage)).toEqual([preferencesStorageKey]);
    expect(JSON.parse(localStorage.getItem(preferencesStorageKey)!)).toEqual({ version: 1, language: 'pl' });
  });

  it('stores nothing for a click that is not on a language', () => {
    renderChooser();
    document.querySelector('ul')!.click();
    expect(localStorage.length).toBe(0);
  });

  it.each([
    ['broken JSON', '{"language": ["ro"'],
    ['an unknown language', '{"language": "klingon"}'],
    ['a list', '["pl"]'],
  ])('ignores %s in storage, and still points out the phone language', (_kind, stored) => {
    phoneAsksFor('ro-RO');
    localStorage.setItem(preferencesStorageKey, stored);
    renderChooser();
    expect(highlighted()).toEqual(['ro']);
    expect(document.querySelectorAll('[data-label="remembered"]:not([hidden])')).toHaveLength(0);
  });

  it('works on when storage is blocked', () => {
    phoneAsksFor('ro-RO');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    renderChooser();
    expect(highlighted()).toEqual(['ro']);
    expect(() => choose('pl')).not.toThrow();
  });
});
