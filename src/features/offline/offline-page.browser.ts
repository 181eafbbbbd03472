import { packManifestUrl, parsePackManifest } from './language-pack';
import { packEvent, removePack, savedLanguages, savePack, type PackMessage } from './offline.browser';
import { afterPackMessage, initialPackState, packView, savingStarted, withSaved, withSize, type PackState } from './pack-state';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';

/** The part of the element matching `selector`; the component always renders it. */
function part<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${root.localName}: ${selector} is missing`);
  return found;
}

/** Changes a text only when it differs, so a status region is not read out again for nothing. */
function setText(node: Element, value: string): void {
  if (node.textContent !== value) node.textContent = value;
}

const offlineSupported = () => 'serviceWorker' in navigator && 'caches' in window;
const saveDataOn = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * `<wegwijs-offline-pack>`, "Save for offline" (SavePack.astro): the size before anything
 * downloads (and a word when the phone is set to save data), a progress bar while it runs, and
 * "Remove". Nothing is saved, and no service worker registered, until she taps Save.
 */
export class OfflinePack extends HTMLElement {
  private state: PackState = initialPackState(false, false);
  private strings: BrowserStrings = {};
  private started = false;

  private get locale(): string {
    return this.dataset.locale ?? '';
  }

  connectedCallback(): void {
    if (!this.started) this.start();
    if (this.state.supported) window.addEventListener(packEvent, this.onPackMessage);
  }

  disconnectedCallback(): void {
    window.removeEventListener(packEvent, this.onPackMessage);
  }

  private start(): void {
    this.started = true;
    this.strings = stringsIn(this);
    part(this, '[data-pack-needs-js]').hidden = true;
    part(this, '[data-pack-controls]').hidden = false;
    this.update(initialPackState(offlineSupported(), saveDataOn()));
    if (!this.state.supported) return;
    part(this, '[data-pack-save]').addEventListener('click', this.onSave);
    part(this, '[data-pack-remove]').addEventListener('click', this.onRemove);
    void this.readSaved();
    void this.readSize();
  }

  private readonly onSave = (): void => {
    this.update(savingStarted(this.state));
    void savePack(this.locale);
  };

  private readonly onRemove = (): void => void removePack(this.locale);

  private readonly onPackMessage = (event: Event): void => {
    const message = (event as CustomEvent<PackMessage>).detail;
    if (message.locale !== this.locale) return;
    this.update(afterPackMessage(this.state, message));
    if (message.type === 'PACK_SAVED') void this.readSaved();
    else if (message.type === 'PACK_REMOVED') void this.readSaved(true);
  };

  /** Whether the language is saved: only a complete pack in Cache Storage says so. */
  private async readSaved(removed = false): Promise<void> {
    const saved = (await savedLanguages()).includes(this.locale);
    this.update(withSaved(this.state, saved, removed));
  }

  /** The download size from the language's pack list; offline or broken, "…" stays. */
  private async readSize(): Promise<void> {
    try {
      const response = await fetch(packManifestUrl(this.locale), { cache: 'no-cache' });
      const manifest = parsePackManifest(await response.json());
      if (manifest) this.update(withSize(this.state, manifest.transferBytes));
    } catch {
      // No size to show.
    }
  }

  private update(state: PackState): void {
    this.state = state;
    this.render();
  }

  private render(): void {
    const view = packView(this.state, this.dataset.languageName ?? this.locale, document.documentElement.lang);
    const save = part<HTMLButtonElement>(this, '[data-pack-save]');
    setText(part(this, '[data-pack-status]'), view.status ? text(this.strings, view.status.key, view.status.values) : '');
    save.hidden = view.saveHidden;
    save.disabled = view.saveDisabled;
    part(this, '[data-pack-remove]').hidden = view.removeHidden;
    part(this, '[data-pack-save-data]').hidden = !view.saveDataNotice;
    if (view.size) setText(part(this, '[data-pack-size]'), text(this.strings, view.size.key, view.size.values));
    this.renderProgress(view.progress);
  }

  private renderProgress(progress: PackState['progress']): void {
    const bar = part<HTMLProgressElement>(this, '[data-pack-progress]');
    bar.hidden = progress === 'hidden';
    if (progress === 'starting') {
      // No value: the bar shows that something runs before the worker counts files.
      bar.removeAttribute('value');
    } else if (progress !== 'hidden') {
      bar.max = progress.total;
      bar.value = progress.done;
    }
  }
}

/** `<wegwijs-saved-languages>` (SavedLanguages.astro), on the offline page: the languages saved on this phone. */
export class SavedLanguages extends HTMLElement {
  connectedCallback(): void {
    void savedLanguages().then((saved) => this.show(saved));
  }

  private show(saved: string[]): void {
    for (const item of this.querySelectorAll<HTMLElement>('[data-language]')) item.hidden = !saved.includes(item.dataset.language ?? '');
    part(this, '[data-none-saved]').hidden = saved.length > 0;
  }
}
