import {
  defaultPreferences,
  parsePreferences,
  preferencesStorageKey,
  serializePreferences,
  type Preferences,
} from './preferences';

/**
 * localStorage access for the reader's preferences. Storage can be missing, full or blocked
 * (private modes, strict settings): every call here fails quietly and the site works on.
 */

/** The stored preferences, or the defaults when there are none or they cannot be read. */
export function readStoredPreferences(): Preferences {
  try {
    return parsePreferences(window.localStorage.getItem(preferencesStorageKey));
  } catch {
    return defaultPreferences();
  }
}

/** Stores preferences; returns false when the browser would not let us. */
export function writeStoredPreferences(preferences: Preferences): boolean {
  try {
    window.localStorage.setItem(preferencesStorageKey, serializePreferences(preferences));
    return true;
  } catch {
    return false;
  }
}
