import { startQuickExit } from './quick-exit';
import { startSearchForms } from './search-loader';

/**
 * The one script every page loads: the quick exit and the header search, at once. Offline
 * support (the service worker, the update prompt, saving the language) is not needed to read the
 * page, so it loads after the page has, when the phone is idle.
 */
startQuickExit();
startSearchForms();

const startOfflineLater = () => {
  const start = () => void import('./offline').then((module) => module.startOffline());
  // Safari has no requestIdleCallback.
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 3000 });
  else globalThis.setTimeout(start, 1000);
};
if (document.readyState === 'complete') startOfflineLater();
else window.addEventListener('load', startOfflineLater, { once: true });
