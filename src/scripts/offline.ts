import { Workbox } from 'workbox-window';
import { packListKey, parsePackCacheName } from '../lib/language-pack';
import { readStoredPreferences } from './storage';
import { trustedScriptUrl } from './trusted-types';

/**
 * Registers the service worker (workbox-window), asks before switching to a new version, and
 * saves the reader's language for offline use the first time she reads in it.
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
  if (!('caches' in window)) return [];
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

export async function savePack(locale: string): Promise<void> {
  (await activeWorker())?.postMessage({ type: 'SAVE_PACK', locale });
}

export async function removePack(locale: string): Promise<void> {
  (await activeWorker())?.postMessage({ type: 'REMOVE_PACK', locale });
}

function showUpdatePrompt(workbox: Workbox): void {
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  if (!prompt) return;
  prompt.hidden = false;
  prompt.querySelector<HTMLButtonElement>('[data-update-reload]')?.addEventListener(
    'click',
    () => {
      prompt.hidden = true;
      // The new version takes over every tab; each reloads on `controllerchange` below.
      workbox.messageSkipWaiting();
    },
    { once: true },
  );
  prompt.querySelector<HTMLButtonElement>('[data-update-later]')?.addEventListener('click', () => (prompt.hidden = true), { once: true });
}

async function saveOnFirstVisit(locale: string): Promise<void> {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  if ((readStoredPreferences().offlineDeclined as string[]).includes(locale)) return;
  if ((await savedLanguages()).includes(locale)) return;
  await savePack(locale);
}

let started = false;

export function startOffline(): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  const locale = /^\/([a-z]{2})\//.exec(location.pathname)?.[1];
  // A page that ran on a version reloads when a new one takes over, so old pages never ask for
  // files the new version has removed. The very first take-over (install) needs no reload.
  let controlled = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (!reloading) {
      reloading = true;
      location.reload();
    }
  });
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<PackMessage>) => {
    if (event.data && typeof event.data.type === 'string' && event.data.type.startsWith('PACK_')) {
      window.dispatchEvent(new CustomEvent<PackMessage>(packEvent, { detail: event.data }));
    }
  });
  const workbox = new Workbox(trustedScriptUrl('/sw.js'), { scope: '/' });
  workbox.addEventListener('waiting', () => showUpdatePrompt(workbox));
  void workbox
    .register()
    .then(() => (locale ? saveOnFirstVisit(locale) : undefined))
    .catch(() => undefined);
}

