/**
 * Runs `start` once the page has loaded and the phone is idle (or after `timeout` ms at the
 * latest): for work that must never hold up what she reads. Safari has no requestIdleCallback:
 * there it waits `fallback` ms after load.
 */
export function whenLoadedAndIdle(start: () => void, timeout: number, fallback: number): void {
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => start(), { timeout });
    else globalThis.setTimeout(start, fallback);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/**
 * Like `whenLoadedAndIdle`, but at once when she reaches for something inside `root` (a touch, a
 * key, focus, a changed field): for a feature whose controls are on screen from the first paint
 * and whose code need not hold up the page. `start` runs once.
 */
export function whenLoadedIdleOrUsed(root: Element, start: () => void, timeout: number, fallback: number): void {
  const used = new AbortController();
  const once = () => {
    if (used.signal.aborted) return;
    used.abort();
    start();
  };
  for (const type of ['pointerdown', 'keydown', 'focusin', 'change'] as const) root.addEventListener(type, once, { signal: used.signal });
  whenLoadedAndIdle(once, timeout, fallback);
}
