import i18next, { type TOptions } from 'i18next';
import type { Locale } from '../locales.ts';
import { localeCodes, masterLocale } from '../locales.ts';

/**
 * UI strings: flat dot keys in `locales/<lang>.json`, one i18next instance with every language
 * inline (the strings are small and the site is static). Empty strings are treated as missing,
 * so a half-filled file falls back to English instead of showing blanks.
 */

export type UiStrings = Record<string, string>;

const files = import.meta.glob<UiStrings>('../../../locales/*.json', { eager: true, import: 'default' });

/** The UI strings of each locale, as read from `locales/`. */
export const uiStrings: Record<Locale, UiStrings> = Object.fromEntries(
  localeCodes.map((code) => {
    const strings = files[`../../../locales/${code}.json`];
    if (!strings) throw new Error(`locales/${code}.json is missing: every locale in src/lib/locales.ts needs one.`);
    return [code, strings];
  }),
) as Record<Locale, UiStrings>;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(localeCodes.map((code) => [code, { translation: uiStrings[code] }])),
  lng: masterLocale,
  fallbackLng: masterLocale,
  supportedLngs: localeCodes,
  returnEmptyString: false,
  returnNull: false,
  // Astro escapes what it renders; escaping here as well would double-escape.
  interpolation: { escapeValue: false },
  // Keys contain dots; they are flat, not nested.
  keySeparator: false,
  nsSeparator: false,
});

export type Translate = (key: string, options?: TOptions) => string;

/** A translate function for one locale; missing keys fall back to English. */
export function translator(locale: Locale): Translate {
  const fixed = instance.getFixedT(locale);
  return (key, options) => String(options === undefined ? fixed(key) : fixed(key, options));
}
