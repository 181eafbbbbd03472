/**
 * The one list of languages. Routing, i18next resources, hreflang, the sitemap, the language
 * chooser and the tests all read it from here, so adding a language starts in this file.
 */

export type TextDirection = 'ltr' | 'rtl';

export interface LocaleInfo {
  /** URL segment and i18next language code, e.g. `ro`. */
  code: string;
  /** BCP 47 tag for `lang` and `hreflang`; differs from `code` where a script or region must be named. */
  tag: string;
  /** The language's name in English, for maintainers and logs. */
  englishName: string;
  /** The language's name in itself: what a reader looks for in the chooser. */
  nativeName: string;
  dir: TextDirection;
}

export const locales = [
  { code: 'nl', tag: 'nl', englishName: 'Dutch', nativeName: 'Nederlands', dir: 'ltr' },
  { code: 'en', tag: 'en', englishName: 'English', nativeName: 'English', dir: 'ltr' },
  { code: 'de', tag: 'de', englishName: 'German', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'es', tag: 'es', englishName: 'Spanish', nativeName: 'Español', dir: 'ltr' },
  // Brazilian Portuguese throughout: one form, not a mix of European and Brazilian.
  { code: 'pt', tag: 'pt-BR', englishName: 'Portuguese (Brazil)', nativeName: 'Português', dir: 'ltr' },
  { code: 'ro', tag: 'ro', englishName: 'Romanian', nativeName: 'Română', dir: 'ltr' },
  { code: 'bg', tag: 'bg', englishName: 'Bulgarian', nativeName: 'Български', dir: 'ltr' },
  { code: 'hu', tag: 'hu', englishName: 'Hungarian', nativeName: 'Magyar', dir: 'ltr' },
  { code: 'pl', tag: 'pl', englishName: 'Polish', nativeName: 'Polski', dir: 'ltr' },
  { code: 'uk', tag: 'uk', englishName: 'Ukrainian', nativeName: 'Українська', dir: 'ltr' },
  { code: 'ru', tag: 'ru', englishName: 'Russian', nativeName: 'Русский', dir: 'ltr' },
  { code: 'zh', tag: 'zh-Hans', englishName: 'Chinese (Simplified)', nativeName: '简体中文', dir: 'ltr' },
  { code: 'th', tag: 'th', englishName: 'Thai', nativeName: 'ไทย', dir: 'ltr' },
  { code: 'ar', tag: 'ar', englishName: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof locales)[number]['code'];

/** The language every page is written in first; missing translations fall back to it. */
export const masterLocale: Locale = 'en';

/** All locale codes, in the order the chooser shows them. */
export const localeCodes: Locale[] = locales.map((locale) => locale.code);

/** True when `value` is one of our locale codes (for narrowing URL segments and stored data). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

/** The full record for a locale code. */
export function localeInfo(code: Locale): LocaleInfo {
  const found = locales.find((locale) => locale.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return found;
}

/** Writing direction of a locale: `rtl` for Arabic, `ltr` for the rest. */
export function directionOf(code: Locale): TextDirection {
  return localeInfo(code).dir;
}
