import { isLocale, type Locale } from '../../lib/locales';
import { updatePreferences } from './preferences';
import { readStoredPreferences, writeStoredPreferences } from './storage.browser';
import { languagesToPointOut } from './suggestion';

/**
 * `<wegwijs-language-chooser>` on the language chooser: marks the language the phone asks for
 * and the one chosen last time, and remembers a choice. It never redirects: the reader always
 * makes the choice herself.
 */
export class LanguageChooser extends HTMLElement {
  connectedCallback(): void {
    const requested = navigator.languages?.length ? navigator.languages : [navigator.language];
    const { suggested, remembered } = languagesToPointOut(requested, readStoredPreferences().language);
    this.#pointOut(suggested, 'suggested');
    this.#pointOut(remembered, 'remembered');
    this.addEventListener('click', this.#onClick);
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
  }

  /** Highlights a language and shows why (its "suggested" or "remembered" label). */
  #pointOut(code: Locale | undefined, label: 'suggested' | 'remembered'): void {
    const item = code ? this.querySelector<HTMLElement>(`[data-language="${code}"]`) : null;
    if (!item) return;
    item.dataset.highlight = '';
    item.querySelector<HTMLElement>(`[data-label="${label}"]`)?.removeAttribute('hidden');
  }

  /** Remembers the language she follows; the link itself does the rest. */
  #onClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest('a');
    const code = link?.closest<HTMLElement>('[data-language]')?.dataset.language;
    if (!isLocale(code)) return;
    writeStoredPreferences(updatePreferences(readStoredPreferences(), { language: code }));
  };
}
