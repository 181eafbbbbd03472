import type { Locale } from '../../lib/locales.ts';
import { isLocale } from '../../lib/locales.ts';

/**
 * The only thing Wegwijs keeps in localStorage: the language she picked on the language chooser,
 * under one key, on her own device, so the chooser can point it out next time. Nothing is
 * stored before she picks one. Stored data is read defensively: old, corrupt or tampered data
 * gives defaults, never an exception, and "forget everything" removes the key.
 */

export const preferencesStorageKey = 'wegwijs';
const preferencesVersion = 1;

export interface Preferences {
  /** The language the reader last chose on the language chooser. */
  language?: Locale;
}

/** Preferences with nothing chosen. */
export function defaultPreferences(): Preferences {
  return {};
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
  if (Object.hasOwn(record, 'language') && isLocale(record.language)) preferences.language = record.language;
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
