import type { Locale } from './locales.ts';
import { isLocale } from './locales.ts';

/**
 * The only thing Wegwijs stores about a reader: a few choices, on her own device, under one
 * localStorage key. Anything stored is read defensively: old, corrupt or tampered data gives
 * defaults, never an exception, and "forget everything" removes the key.
 */

export const preferencesStorageKey = 'wegwijs';
export const preferencesVersion = 1;

export interface Preferences {
  /** The language the reader last chose on the language chooser. */
  language?: Locale;
  /** A city id the reader picked, to put local help first. */
  city?: string;
  /** Topic paths the reader saved. */
  savedPages: string[];
  /** Languages whose offline copy the reader removed: not saved again by themselves. */
  offlineDeclined: Locale[];
}

const maximumSavedPages = 200;
const idPattern = /^[a-z0-9-]{1,64}$/;
const sitePathPattern = /^\/[a-z]{2}\/[a-z0-9/-]{0,200}$/;

/** Preferences with nothing chosen. */
export function defaultPreferences(): Preferences {
  return { savedPages: [], offlineDeclined: [] };
}

/** Reads stored text into preferences; anything unusable becomes the default, field by field. */
export function parsePreferences(stored: string | null | undefined): Preferences {
  const preferences = defaultPreferences();
  if (typeof stored !== 'string' || stored.length === 0 || stored.length > 100_000) return preferences;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return preferences;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return preferences;
  const record = data as Record<string, unknown>;
  if (isLocale(record.language)) preferences.language = record.language;
  if (typeof record.city === 'string' && idPattern.test(record.city)) preferences.city = record.city;
  if (Array.isArray(record.savedPages)) {
    const paths = record.savedPages.filter(
      (path): path is string => typeof path === 'string' && sitePathPattern.test(path),
    );
    preferences.savedPages = [...new Set(paths)].slice(0, maximumSavedPages);
  }
  if (Array.isArray(record.offlineDeclined)) {
    preferences.offlineDeclined = [...new Set(record.offlineDeclined.filter(isLocale))];
  }
  return preferences;
}

/** Serialises preferences for storage, with a version so a later format can migrate. */
export function serializePreferences(preferences: Preferences): string {
  return JSON.stringify({ version: preferencesVersion, ...parsePreferences(JSON.stringify(preferences)) });
}

/** Returns new preferences with `changes` applied, keeping only valid values. */
export function updatePreferences(current: Preferences, changes: Partial<Preferences>): Preferences {
  return parsePreferences(JSON.stringify({ ...current, ...changes }));
}
