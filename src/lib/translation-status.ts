import { masterLocale, type Locale } from './locales.ts';

/**
 * The revision rule for translations, in one place: the build's content pipeline and
 * `check:content` use it, and so does the editors' interface in the browser (it has no Node).
 */

export interface TopicLike {
  revision?: number | undefined;
  translation?: { source: Locale; revision: number } | undefined;
}

export type TranslationStatus = 'master' | 'complete' | 'stale' | 'missing';

/** Whether a translation is up to date with the master revision it was made from. */
export function translationStatus(master: TopicLike, translation: TopicLike | undefined, locale: Locale): TranslationStatus {
  if (locale === masterLocale) return 'master';
  if (!translation) return 'missing';
  const masterRevision = master.revision ?? 1;
  const translatedFrom = translation.translation?.revision;
  if (translatedFrom === undefined || translatedFrom < masterRevision) return 'stale';
  return 'complete';
}
