import { readFileSync } from 'node:fs';
import { text } from '../../src/lib/browser/strings.ts';
import { localeInfo, masterLocale, type Locale } from '../../src/lib/locales.ts';

/**
 * UI labels for the browser tests, read from `locales/<lang>.json` as the pages show them, so
 * tests find buttons, links and messages by the site's own strings instead of by copies of the
 * English: a reworded string breaks no test, and a test can run in any language.
 */

type Values = Record<string, string | number>;

const cache = new Map<Locale, Record<string, string>>();

/** A language's own strings; an empty one counts as missing, as on the site. */
function ownStrings(locale: Locale): Record<string, string> {
  let strings = cache.get(locale);
  if (!strings) {
    const file: Record<string, string> = JSON.parse(readFileSync(new URL(`../../locales/${locale}.json`, import.meta.url), 'utf8'));
    strings = Object.fromEntries(Object.entries(file).filter(([, value]) => value !== ''));
    cache.set(locale, strings);
  }
  return strings;
}

const pluralSuffix = /^_(zero|one|two|few|many|other)$/;

/**
 * Where the site reads `key` from: the language's own strings, or the English ones when the
 * language has none; with the key's templates there (the key itself, or `key_one`, `key_other`…).
 */
function source(key: string, locale: Locale): { strings: Record<string, string>; templates: string[] } {
  for (const code of new Set([locale, masterLocale])) {
    const strings = ownStrings(code);
    const templates = Object.entries(strings)
      .filter(([name]) => name === key || (name.startsWith(key) && pluralSuffix.test(name.slice(key.length))))
      .map(([, template]) => template);
    if (templates.length > 0) return { strings, templates };
  }
  throw new Error(`locales/${locale}.json and locales/${masterLocale}.json have no string "${key}"`);
}

/**
 * The text the site shows for `key` in `locale`, with `{{placeholders}}` filled from `values`;
 * with a numeric `count`, in the language's plural form. `label('help.next')`,
 * `label('help.next', 'ro')`, `label('exit.shiftProgress', 'en', { count: 2 })`.
 * An unknown key throws, so a test never looks for the key itself.
 */
export function label(key: string, locale: Locale = masterLocale, values: Values = {}): string {
  return text(source(key, locale).strings, key, values, localeInfo(locale).tag);
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for the text of `key` with the placeholders not in `values` standing for any text,
 * matching every plural form: `labelPattern('search.results', 'en', { query: 'kvk' })` matches
 * "1 result for “kvk”" and "12 results for “kvk”".
 */
export function labelPattern(key: string, locale: Locale = masterLocale, values: Values = {}): RegExp {
  const forms = source(key, locale).templates.map((template) =>
    template
      .split(/(\{\{\s*\w+\s*\}\})/)
      .map((part) => {
        const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
        if (name === undefined) return escapeRegExp(part);
        return name in values ? escapeRegExp(String(values[name])) : '.+?';
      })
      .join(''),
  );
  return new RegExp(forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`);
}
