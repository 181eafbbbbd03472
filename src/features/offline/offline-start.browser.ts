/**
 * Offline support only for a reader who chose it: she saved a language (a worker is registered)
 * or opened the installed app. Looking creates nothing. Loaded by every page once it has loaded
 * and the phone is idle (src/layouts/base-layout.browser.ts).
 */
export async function startOfflineIfChosen(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const installed = window.matchMedia('(display-mode: standalone)').matches;
  const registered = await navigator.serviceWorker.getRegistration('/').then(
    (registration) => registration !== undefined,
    () => false,
  );
  if (installed || registered) await (await import('./offline.browser')).startChosenOffline(installed);
}

/** She just installed the app: save the language of the page she installed it from. */
export async function saveOnInstall(): Promise<void> {
  await (await import('./offline.browser')).saveOnInstall();
}
