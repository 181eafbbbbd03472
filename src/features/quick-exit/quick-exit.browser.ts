import {
  advanceShiftCounter,
  exitFlagKey,
  initialShiftCounter,
  progressMessage,
  shiftCountExpired,
  shiftWindowMilliseconds,
  type ShiftCounterState,
} from './quick-exit';
import { pluralTextsFrom } from '../../lib/text';

/**
 * The quick exit, enhanced: blank the page and its title at once, mark the tab as exited, and
 * leave with `location.replace`, so this page is not in the tab's history. The mark makes any
 * other Wegwijs page that Back brings up in this tab leave as well (the head script in
 * src/features/quick-exit/head-script.build.ts). Shift pressed three times does the same. Without this script the
 * control is still a plain link to the weather site.
 */

/** Set on `<html>` by the practice mode of the quick-exit page: exit without leaving. */
export const practiceAttribute = 'data-exit-practice';
/** Fired instead of leaving while practising. */
export const practiceExitEvent = 'wegwijs:practice-exit';

export function startQuickExit(): void {
  const root = document.querySelector<HTMLElement>('[data-quick-exit]');
  const link = root?.querySelector<HTMLAnchorElement>('[data-quick-exit-link]');
  const status = root?.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!root || !link || !status) return;

  const html = document.documentElement;
  const rules = new Intl.PluralRules(html.lang);
  const messages = pluralTextsFrom(root.dataset, 'progress', rules);
  let counter: ShiftCounterState = initialShiftCounter();
  let expiryTimer: number | undefined;

  const announce = (text: string) => {
    status.textContent = text;
  };

  const leave = () => {
    html.classList.add('is-exiting');
    announce(root.dataset.leaving ?? '');
    if (html.hasAttribute(practiceAttribute)) {
      window.setTimeout(() => {
        html.classList.remove('is-exiting');
        document.dispatchEvent(new CustomEvent(practiceExitEvent));
      }, 900);
      return;
    }
    document.title = '';
    try {
      window.sessionStorage.setItem(exitFlagKey, '1');
    } catch {
      // Storage blocked: Back may show an earlier page, as the quick-exit page says.
    }
    window.location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    leave();
  });

  const onKey = (event: KeyboardEvent) => {
    const result = advanceShiftCounter(
      counter,
      event.type === 'keydown'
        ? { type: 'keydown', key: event.key, at: event.timeStamp, otherModifier: event.ctrlKey || event.altKey || event.metaKey }
        : { type: 'keyup', key: event.key, at: event.timeStamp },
    );
    counter = result.state;
    if (result.exit) {
      window.clearTimeout(expiryTimer);
      leave();
      return;
    }
    if (!result.changed) return;
    window.clearTimeout(expiryTimer);
    if (counter.count === 0) {
      announce('');
      return;
    }
    announce(progressMessage(messages, counter.count, rules));
    const pressedAt = event.timeStamp;
    expiryTimer = window.setTimeout(() => {
      if (shiftCountExpired(counter, pressedAt + shiftWindowMilliseconds + 1)) {
        counter = initialShiftCounter();
        announce(root.dataset.reset ?? '');
      }
    }, shiftWindowMilliseconds + 1);
  };
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKey, true);

  // Coming back through the back/forward cache: show the page again and start counting anew.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    html.classList.remove('is-exiting');
    counter = initialShiftCounter();
    announce('');
  });
}
