import { formatMegabytes } from './language-pack';
import type { PackMessage } from './offline.browser';

/**
 * "Save for offline" as data: what the controls show for one language, and how that changes when
 * she taps or the service worker reports. Pure, so it is tested without a page; the element in
 * offline-page.browser.ts only reads Cache Storage, sends her taps on and renders `packView`.
 */

export interface PackState {
  /** The browser has service workers and Cache Storage. */
  supported: boolean;
  /** The language is completely saved on this phone; undefined until Cache Storage was read. */
  saved?: boolean;
  /** A save failed: Save is offered again, whatever was saved before. */
  retry: boolean;
  /** She tapped Save and it has not finished or failed yet. */
  saving: boolean;
  /** The bar: hidden, running before the first count, or files done of the total. */
  progress: 'hidden' | 'starting' | { done: number; total: number };
  /** The line that tells her where things stand (a UI string key), if any yet. */
  status?: { key: PackStatusKey; counts?: { done: number; total: number } };
  /** The phone asks apps to save data: say so before anything downloads. */
  saveData: boolean;
  /** How much the language downloads, once its pack list was read. */
  transferBytes?: number;
}

type PackStatusKey = 'app.saved' | 'app.notSaved' | 'app.removed' | 'app.saving' | 'app.saveFailed' | 'app.notSupported';

/** Every UI string the controls may show (handed to the page with <BrowserStrings>). */
export const packStringKeys: readonly string[] = ['app.saveText', 'app.saved', 'app.notSaved', 'app.removed', 'app.saving', 'app.saveFailed', 'app.notSupported'];

/** Before anything is known: only whether the browser can save at all, and the save-data wish. */
export function initialPackState(supported: boolean, saveData: boolean): PackState {
  if (!supported) return { supported, retry: false, saving: false, progress: 'hidden', status: { key: 'app.notSupported' }, saveData: false };
  return { supported, retry: false, saving: false, progress: 'hidden', saveData };
}

/** Cache Storage was read: saved or not, or (after Remove) removed. */
export function withSaved(state: PackState, saved: boolean, removed = false): PackState {
  const key = removed ? 'app.removed' : saved ? 'app.saved' : 'app.notSaved';
  return { ...state, saved, retry: false, status: { key } };
}

/** She tapped Save: Save waits, and the bar runs until the worker counts. */
export function savingStarted(state: PackState): PackState {
  return { ...state, saving: true, progress: 'starting' };
}

/** The pack list was read: the size can be shown. */
export function withSize(state: PackState, transferBytes: number): PackState {
  return { ...state, transferBytes };
}

/**
 * What the worker reported (from this page's tap or another tab's). After SAVED and REMOVED the
 * element reads Cache Storage again, since only that says what is complete.
 */
export function afterPackMessage(state: PackState, message: PackMessage): PackState {
  switch (message.type) {
    case 'PACK_PROGRESS': {
      if (!message.total) return state;
      const counts = { done: message.done ?? 0, total: message.total };
      return { ...state, progress: counts, status: { key: 'app.saving', counts } };
    }
    case 'PACK_SAVED':
      return { ...state, saving: false, progress: 'hidden' };
    case 'PACK_FAILED':
      return { ...state, saving: false, retry: true, progress: 'hidden', status: { key: 'app.saveFailed' } };
    case 'PACK_REMOVED':
      return state;
  }
}

/** What the controls show, ready to put on the page. */
export interface PackView {
  /** The status line: a key and its values, or nothing yet. */
  status?: { key: PackStatusKey; values: Record<string, string | number> };
  saveHidden: boolean;
  saveDisabled: boolean;
  removeHidden: boolean;
  progress: PackState['progress'];
  /** The size line, once known. */
  size?: { key: 'app.saveText'; values: Record<string, string> };
  saveDataNotice: boolean;
}

/**
 * The view of a state, for the language called `language` on a page in `languageTag`. While
 * Cache Storage is being read both buttons stay as the page rendered them (both shown).
 */
export function packView(state: PackState, language: string, languageTag: string): PackView {
  const { status, transferBytes } = state;
  return {
    ...(status && { status: { key: status.key, values: { language, ...status.counts } } }),
    saveHidden: !state.supported || (state.saved === true && !state.retry),
    saveDisabled: state.saving,
    removeHidden: !state.supported || state.saved === false,
    progress: state.progress,
    ...(transferBytes !== undefined && { size: { key: 'app.saveText', values: { language, size: formatMegabytes(transferBytes, languageTag) } } }),
    saveDataNotice: state.saveData,
  };
}
