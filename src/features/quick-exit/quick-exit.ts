/**
 * Counting Shift presses for the quick exit, kept apart from the DOM so it can be tested.
 * A press counts when Shift goes down and up on its own: Shift used as a modifier (Shift+A)
 * does not count, so typing capitals never triggers an exit. Presses must follow each other
 * within `windowMilliseconds`; a slower press starts the count again.
 */

const requiredShiftPresses = 3;
export const shiftWindowMilliseconds = 5000;

export interface ShiftCounterState {
  count: number;
  lastPressAt: number | undefined;
  shiftIsDown: boolean;
  usedAsModifier: boolean;
}

export type ShiftEvent =
  | { type: 'keydown'; key: string; at: number; otherModifier: boolean }
  | { type: 'keyup'; key: string; at: number };

export interface ShiftCounterResult {
  state: ShiftCounterState;
  /** The count changed: announce the progress to screen readers. */
  changed: boolean;
  /** Enough presses: leave now. */
  exit: boolean;
}

/** A counter with no presses. */
export function initialShiftCounter(): ShiftCounterState {
  return { count: 0, lastPressAt: undefined, shiftIsDown: false, usedAsModifier: false };
}

/** Advances the counter by one keyboard event. */
export function advanceShiftCounter(
  state: ShiftCounterState,
  event: ShiftEvent,
  windowMilliseconds = shiftWindowMilliseconds,
): ShiftCounterResult {
  const next: ShiftCounterState = { ...state };
  if (event.type === 'keydown') {
    if (event.key === 'Shift') {
      if (!next.shiftIsDown) {
        next.shiftIsDown = true;
        next.usedAsModifier = event.otherModifier;
      }
    } else {
      // Another key while Shift is held: Shift is a modifier. Any other key also ends a run.
      next.usedAsModifier = next.shiftIsDown;
      const changed = next.count !== 0;
      next.count = 0;
      next.lastPressAt = undefined;
      return { state: next, changed, exit: false };
    }
    return { state: next, changed: false, exit: false };
  }

  if (event.key !== 'Shift') return { state: next, changed: false, exit: false };
  const wasModifier = next.usedAsModifier;
  next.shiftIsDown = false;
  next.usedAsModifier = false;
  if (wasModifier) return { state: next, changed: false, exit: false };

  const inTime = next.lastPressAt !== undefined && event.at - next.lastPressAt <= windowMilliseconds;
  next.count = inTime ? next.count + 1 : 1;
  next.lastPressAt = event.at;
  const exit = next.count >= requiredShiftPresses;
  if (exit) {
    next.count = 0;
    next.lastPressAt = undefined;
  }
  return { state: next, changed: true, exit };
}

/** The fields of a browser key event that the counter reads. */
export type KeyEventFields = Pick<KeyboardEvent, 'type' | 'key' | 'timeStamp' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/** A browser key event as the counter sees it: Shift held with Ctrl, Alt or Meta is a modifier. */
export function shiftEventFrom(event: KeyEventFields): ShiftEvent {
  return event.type === 'keydown'
    ? { type: 'keydown', key: event.key, at: event.timeStamp, otherModifier: event.ctrlKey || event.altKey || event.metaKey }
    : { type: 'keyup', key: event.key, at: event.timeStamp };
}

/** What the reader notices after a key event: nothing, the count so far, the count gone back to zero, or the exit. */
export type ShiftFeedback = { kind: 'unchanged' } | { kind: 'progress'; count: number } | { kind: 'cleared' } | { kind: 'exit' };

export function shiftFeedback(result: ShiftCounterResult): ShiftFeedback {
  if (result.exit) return { kind: 'exit' };
  if (!result.changed) return { kind: 'unchanged' };
  return result.state.count === 0 ? { kind: 'cleared' } : { kind: 'progress', count: result.state.count };
}

/** True when a count has gone stale and should be reset and announced as such. */
export function shiftCountExpired(state: ShiftCounterState, now: number, windowMilliseconds = shiftWindowMilliseconds): boolean {
  return state.count > 0 && state.lastPressAt !== undefined && now - state.lastPressAt > windowMilliseconds;
}

/**
 * Set by the build from `quickExitCoverSite` in wegwijs.config.ts (Vite `define`: astro.config.mjs
 * and the Vitest configs), so the phone gets the value without loading the config.
 */
declare const __WEGWIJS_QUICK_EXIT_COVER_SITE__: string | undefined;

/**
 * Where the quick exit goes: the cover site, a neutral site that anyone might have open (by
 * default a Dutch weather site). Empty only where no build wrote it in: Node code that imports
 * this module for `exitFlagKey` (astro.config.mjs, Playwright); the build itself reads
 * `siteConfig().quickExitCoverSite`.
 */
export const quickExitDestination: string = typeof __WEGWIJS_QUICK_EXIT_COVER_SITE__ === 'string' ? __WEGWIJS_QUICK_EXIT_COVER_SITE__ : '';

/**
 * sessionStorage key set by a quick exit: while it is there, a Wegwijs page that comes back in
 * the same tab (Back, Forward, reload) leaves again. sessionStorage is per tab and per site, and
 * the browser drops it when the tab closes.
 */
export const exitFlagKey = 'wegwijs-exit';

/** Set on `<html>` while the quick-exit page's practice mode is on: the exit blanks the page but stays. */
export const practiceAttribute = 'data-exit-practice';
/** Fired on `document` instead of leaving while practising. */
export const practiceExitEvent = 'wegwijs:practice-exit';
