import type { Locale } from './locales.ts';
import { localeInfo } from './locales.ts';

// English readers here are in Europe: day before month ("24 March 2020"), not US order.
const dateLocaleOverrides: Partial<Record<Locale, string>> = { en: 'en-GB' };

/** A date as readers of a language write it, e.g. "24 March 2020" or "2020年3月24日". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocaleOverrides[locale] ?? localeInfo(locale).tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** A date as an ISO day (`2026-11-23`) for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
