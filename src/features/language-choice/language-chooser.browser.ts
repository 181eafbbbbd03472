import { match } from '@formatjs/intl-localematcher';
import { isLocale, locales } from '../../lib/locales';
import { updatePreferences } from './preferences';
import { readStoredPreferences, writeStoredPreferences } from './storage.browser';

/**
 * On the language chooser: mark the language the phone asks for and the one chosen last time,
 * and remember a choice. It never redirects: the reader always makes the choice herself.
 */
export function startLanguageChooser(): void {
  const list = document.querySelector<HTMLElement>('[data-language-chooser]');
  if (!list) return;
  const items = new Map([...list.querySelectorAll<HTMLElement>('[data-language]')].map((item) => [item.dataset.language, item]));

  const mark = (code: string | undefined, label: 'suggested' | 'remembered') => {
    const item = code ? items.get(code) : undefined;
    if (!item) return;
    item.dataset.highlight = '';
    item.querySelector<HTMLElement>(`[data-label="${label}"]`)?.removeAttribute('hidden');
  };

  const remembered = readStoredPreferences().language;
  const tags = locales.map((locale) => locale.tag);
  const requested = navigator.languages?.length ? [...navigator.languages] : [navigator.language];
  let suggestedTag: string | undefined;
  try {
    suggestedTag = match(requested, tags, 'none', { algorithm: 'best fit' });
  } catch {
    suggestedTag = undefined;
  }
  const suggested = locales.find((locale) => locale.tag === suggestedTag)?.code;
  if (suggested && suggested !== remembered) mark(suggested, 'suggested');
  mark(remembered, 'remembered');

  list.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest('a');
    const code = link?.closest<HTMLElement>('[data-language]')?.dataset.language;
    if (!isLocale(code)) return;
    writeStoredPreferences(updatePreferences(readStoredPreferences(), { language: code }));
  });
}
