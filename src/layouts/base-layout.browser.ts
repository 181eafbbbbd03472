import { startSearchForms } from '../features/search/search-loader.browser';
import { startPageToolsWhenIdle } from '../features/page-tools/page-tools.start.browser';
import { whenLoadedAndIdle } from '../lib/browser/idle';

/**
 * The one script every page loads: the header search, at once (the quick exit is its own
 * element, `<wegwijs-quick-exit>`, defined by src/features/quick-exit/QuickExit.astro); a topic
 * page's share tools once the page has loaded. Offline
 * support (the service worker, the update prompt) is loaded only for a reader who chose it: she
 * saved a language (a worker is registered) or opened the installed app. Looking creates
 * nothing, and waits until the page has loaded and the phone is idle.
 */
startSearchForms();
startPageToolsWhenIdle();

async function startOfflineIfChosen(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const installed = window.matchMedia('(display-mode: standalone)').matches;
  const registered = await navigator.serviceWorker.getRegistration('/').then(
    (registration) => registration !== undefined,
    () => false,
  );
  if (installed || registered) await (await import('../features/offline/offline.browser')).startChosenOffline(installed);
}

whenLoadedAndIdle(() => void startOfflineIfChosen(), 3000, 1000);
// Installing the app is her choice to use it offline.
window.addEventListener('appinstalled', () => void import('../features/offline/offline.browser').then((module) => module.saveOnInstall()));
