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
