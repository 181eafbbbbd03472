import { whenLoadedIdleOrUsed } from '../../lib/browser/idle';

/**
 * Starts `<wegwijs-page-tools>` without holding up the page: its code (page-tools.browser.ts) is
 * fetched once the page has loaded and the phone is idle, or at once when she reaches for a tool.
 * A tap that comes before the code is replayed when it has arrived: the share sheet and the
 * clipboard still accept it, as they do for a few seconds after a tap.
 */
export function startPageToolsWhenIdle(): void {
  const tools = document.querySelector('wegwijs-page-tools');
  if (!tools) return;
  let tapped: HTMLElement | undefined;
  let loading: Promise<void> | undefined;
  const start = () =>
    (loading ??= import('./page-tools.browser').then(({ PageTools }) => {
      if (!customElements.get('wegwijs-page-tools')) customElements.define('wegwijs-page-tools', PageTools);
      tapped?.click();
      tapped = undefined;
    }));
  const early = new AbortController();
  tools.addEventListener(
    'click',
    (event) => {
      if (customElements.get('wegwijs-page-tools')) return early.abort();
      const button = (event.target as Element | null)?.closest<HTMLElement>('button[data-tool-share], button[data-tool-qr], button[data-tool-print], button[data-tool-read]');
      if (button) tapped = button;
      void start();
    },
    { signal: early.signal },
  );
  whenLoadedIdleOrUsed(tools, () => void start(), 2000, 200);
}
