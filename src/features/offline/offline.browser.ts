import { Workbox } from 'workbox-window';
import { packListKey, parsePackCacheName } from './language-pack';
import { trustedScriptUrl } from '../../lib/browser/trusted-types';
import { localeOfPath } from '../../lib/routes';
import { UpdatePrompt, updateReadyEvent, type UpdateReady } from './update-prompt.browser';

/**
 * Offline use, only when she asks for it. Nothing here runs on a first visit: the service worker
 * is registered, and the shell and a language pack downloaded, only when she taps "Save for
 * offline" or installs the app. Once she has, every page keeps the worker up to date and asks
 * before switching to a new version (workbox-window).
 */

export const packEvent = 'wegwijs:pack';
export interface PackMessage {
  type: 'PACK_PROGRESS' | 'PACK_SAVED' | 'PACK_FAILED' | 'PACK_REMOVED';
  locale: string;
  done?: number;
  total?: number;
}

/** Languages completely saved on this phone (a pack's list is stored last), whatever version. */
export async function savedLanguages(): Promise<string[]> {
  // Without a worker nothing was saved; not even opening Cache Storage to look.
  if (!('caches' in window) || !(await offlineChosen())) return [];
  const saved = new Set<string>();
  for (const name of await caches.keys()) {
    const pack = parsePackCacheName(name);
    if (pack && (await caches.match(packListKey, { cacheName: name }))) saved.add(pack.locale);
  }
  return [...saved];
}

async function activeWorker(): Promise<ServiceWorker | null> {
  const registration = await navigator.serviceWorker.ready;
  return registration.active;
}

/** Saves a language for offline use: registers the worker first when she has none yet. */
export async function savePack(locale: string): Promise<void> {
  await startOffline();
  (await activeWorker())?.postMessage({ type: 'SAVE_PACK', locale });
}

/** Resolves when the worker reports that `locale`'s pack is gone. */
function packRemoved(locale: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (event: Event) => {
      const message = (event as CustomEvent<PackMessage>).detail;
      if (message.type !== 'PACK_REMOVED' || message.locale !== locale) return;
      window.removeEventListener(packEvent, done);
      resolve();
    };
    window.addEventListener(packEvent, done);
  });
}

/** The worker and every cache of this site, as before she saved anything. */
async function removeOfflineSupport(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  for (const name of await caches.keys()) await caches.delete(name);
}

/**
 * Removes a language's offline copy. When it was the last one, the worker and its shell go too,
 * so the phone is as it was before she saved anything.
 */
export async function removePack(locale: string): Promise<void> {
  const removed = packRemoved(locale);
  await startOffline();
  (await activeWorker())?.postMessage({ type: 'REMOVE_PACK', locale });
  await removed;
  if ((await savedLanguages()).length === 0) await removeOfflineSupport();
}

/** Hands a waiting version to the update prompt (update-prompt.browser.ts), which asks her first. */
function offerUpdate(workbox: Workbox): void {
  window.dispatchEvent(new CustomEvent<UpdateReady>(updateReadyEvent, { detail: { accept: () => workbox.messageSkipWaiting() } }));
}

let registration: Promise<void> | undefined;

/**
 * Registers the service worker, or checks for a new version of one she already has. Called only
 * once she chose offline use (saved a language, installed the app).
 */
export function startOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return Promise.resolve();
  return (registration ??= register());
}

/** True when she saved Wegwijs for offline use before; asking creates nothing. */
export async function offlineChosen(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  try {
    return (await navigator.serviceWorker.getRegistration('/')) !== undefined;
  } catch {
    return false;
  }
}

/**
 * A page that ran on a version reloads when a new one takes over, so old pages never ask for
 * files the new version has removed. The very first take-over (install) needs no reload.
 */
function reloadOnNewVersion(): void {
  let controlled = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // No controller any more: the worker was removed ("forget everything"); nothing to reload.
    if (navigator.serviceWorker.controller === null) return;
    if (!controlled) {
      controlled = true;
      return;
    }
    if (!reloading) {
      reloading = true;
      location.reload();
    }
  });
}

/** The worker's news about packs (progress, saved, removed) as `packEvent`s on this window. */
function forwardPackMessages(): void {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<PackMessage>) => {
    if (event.data && typeof event.data.type === 'string' && event.data.type.startsWith('PACK_')) {
      window.dispatchEvent(new CustomEvent<PackMessage>(packEvent, { detail: event.data }));
    }
  });
}

function register(): Promise<void> {
  // The update prompt's element is defined here, with the code that can wake it.
  if (!customElements.get('wegwijs-update-prompt')) customElements.define('wegwijs-update-prompt', UpdatePrompt);
  reloadOnNewVersion();
  forwardPackMessages();
  const workbox = new Workbox(trustedScriptUrl('/sw.js'), { scope: '/' });
  workbox.addEventListener('waiting', () => offerUpdate(workbox));
  return workbox.register().then(
    () => undefined,
    () => undefined,
  );
}


const pageLocale = () => localeOfPath(location.pathname);

/**
 * Offline support on a page where she chose it before (base-layout.browser.ts checks that):
 * keeps the worker up to date, and in the installed app also saves the language it is opened in,
 * since installing was her choice to have Wegwijs on the phone.
 */
export async function startChosenOffline(installed: boolean): Promise<void> {
  const locale = pageLocale();
  if (installed && locale && !(await savedLanguages()).includes(locale)) await savePack(locale);
  else await startOffline();
}

/** She just installed the app from this page: save its language. */
export async function saveOnInstall(): Promise<void> {
  const locale = pageLocale();
  if (locale) await savePack(locale);
}
