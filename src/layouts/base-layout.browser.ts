import { startQuickExit } from '../features/quick-exit/quick-exit.browser';
import { startSearchForms } from '../features/search/search-loader.browser';
import { startPageToolsWhenIdle } from '../features/page-tools/page-tools.start.browser';
import { whenLoadedAndIdle } from '../lib/browser/idle';

/**
 * The one script every page loads: the quick exit first, and the header search, at once; a topic
 * page's share tools once the page has loaded. Offline
 * support (the service worker, the update prompt) is loaded only for a reader who chose it: she
 * saved a language (a worker is registered) or opened the installed app. Looking creates
 * nothing, and waits until the page has loaded and the phone is idle.
 */
startQuickExit();
startSearchForms();
startPageToolsWhenIdle();

// What looks for her offline choice comes after load too, so it is not in every page's first script.
const offlineStart = () => import('../features/offline/offline-start.browser');
whenLoadedAndIdle(() => void offlineStart().then((module) => module.startOfflineIfChosen()), 3000, 1000);
// Installing the app is her choice to use it offline: heard from the start, whenever it comes.
window.addEventListener('appinstalled', () => void offlineStart().then((module) => module.saveOnInstall()));
