import { formatMegabytes, packManifestUrl, parsePackManifest } from './language-pack';
import { packEvent, removePack, savedLanguages, savePack, type PackMessage } from './offline.browser';
import { fillTemplate } from '../../lib/text';

/**
 * "Save for offline": the size before anything downloads (and a word when the phone is set to
 * save data), a progress bar while it runs, and "Remove". Nothing is saved until she taps.
 */
export function startPackControls(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-pack]');
  if (!root) return;
  const locale = root.dataset.locale ?? '';
  const status = root.querySelector<HTMLElement>('[data-pack-status]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-pack-progress]')!;
  const save = root.querySelector<HTMLButtonElement>('[data-pack-save]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-pack-remove]')!;
  const size = root.querySelector<HTMLElement>('[data-pack-size]')!;
  root.querySelector<HTMLElement>('[data-pack-needs-js]')!.hidden = true;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = root.dataset.unsupported ?? '';
    root.querySelector<HTMLElement>('[data-pack-controls]')!.hidden = false;
    save.hidden = true;
    remove.hidden = true;
    return;
  }
  root.querySelector<HTMLElement>('[data-pack-controls]')!.hidden = false;
  const lang = document.documentElement.lang;

  const showSaved = async () => {
    const saved = (await savedLanguages()).includes(locale);
    status.textContent = (saved ? root.dataset.saved : root.dataset.notSaved) ?? '';
    remove.hidden = !saved;
    save.hidden = saved;
  };
  void showSaved();
  void fetch(packManifestUrl(locale), { cache: 'no-cache' })
    .then((response) => response.json())
    .then((json: unknown) => {
      const manifest = parsePackManifest(json);
      if (manifest) size.textContent = fillTemplate(root.dataset.sizeTemplate, { size: formatMegabytes(manifest.transferBytes, lang) });
    })
    .catch(() => undefined);

  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  const saveDataNote = root.querySelector<HTMLElement>('[data-pack-save-data]');
  if (connection?.saveData && saveDataNote) saveDataNote.hidden = false;

  save.addEventListener('click', () => {
    save.disabled = true;
    progress.hidden = false;
    progress.removeAttribute('value');
    void savePack(locale);
  });
  remove.addEventListener('click', () => void removePack(locale));
  window.addEventListener(packEvent, (event) => {
    const message = (event as CustomEvent<PackMessage>).detail;
    if (message.locale !== locale) return;
    if (message.type === 'PACK_PROGRESS' && message.total) {
      progress.hidden = false;
      progress.max = message.total;
      progress.value = message.done ?? 0;
      status.textContent = fillTemplate(root.dataset.saving, { done: message.done ?? 0, total: message.total });
    } else if (message.type === 'PACK_SAVED') {
      progress.hidden = true;
      save.disabled = false;
      void showSaved();
    } else if (message.type === 'PACK_FAILED') {
      progress.hidden = true;
      save.disabled = false;
      save.hidden = false;
      status.textContent = root.dataset.failed ?? '';
    } else if (message.type === 'PACK_REMOVED') {
      void showSaved().then(() => (status.textContent = root.dataset.removed ?? ''));
    }
  });
}

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

/** The browser's own install dialog, where it offers one (Chromium); elsewhere the text explains. */
export function startInstallButton(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-install]');
  if (!button) return;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    button.hidden = false;
    button.onclick = () => {
      button.hidden = true;
      void (event as InstallPromptEvent).prompt();
    };
  });
}

/** The offline page lists the languages saved on this phone. */
export function startOfflinePage(): void {
  const list = document.querySelector<HTMLElement>('[data-saved-languages]');
  const none = document.querySelector<HTMLElement>('[data-none-saved]');
  if (!list || !none) return;
  void savedLanguages().then((saved) => {
    for (const item of list.querySelectorAll<HTMLElement>('[data-language]')) item.hidden = !saved.includes(item.dataset.language ?? '');
    none.hidden = saved.length > 0;
  });
}
