import { pickVoice } from './speech';
import { element } from '../../lib/browser/dom';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';

/**
 * `<wegwijs-page-tools>`: Share, QR code, print card and read aloud on a topic page. The QR code
 * code is loaded only when a code is asked for, so a page that nobody shares stays small.
 */
const drawQr: typeof import('./qr-render.browser').drawQr = (...args) => import('./qr-render.browser').then((module) => module.drawQr(...args));

/** What pressing Share came to. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'copy-failed';

type Sharing = Pick<Navigator, 'share' | 'canShare' | 'clipboard'>;

/**
 * The phone's share sheet where there is one; otherwise (or when it fails) the link is copied.
 * Closing the share sheet is her choice, not a failure: nothing else happens then.
 */
export async function shareOrCopy(data: ShareData & { url: string }, sharing: Sharing = navigator): Promise<ShareOutcome> {
  if (typeof sharing.share === 'function' && (!sharing.canShare || sharing.canShare(data))) {
    try {
      await sharing.share(data);
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await sharing.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'copy-failed';
  }
}

export class PageTools extends HTMLElement {
  #listening: AbortController | undefined;
  #strings: BrowserStrings = {};

  connectedCallback(): void {
    this.#listening?.abort();
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    this.#strings = stringsIn(this);
    const buttons = this.querySelector<HTMLElement>('[data-tools-buttons]');
    if (buttons) buttons.hidden = false;
    this.querySelector('[data-tool-share]')?.addEventListener('click', () => void this.#share(), { signal });
    this.querySelector('[data-tool-qr]')?.addEventListener('click', () => this.#openQrDialog(), { signal });
    this.#fillQrLanguages();
    const language = this.#qrLanguage();
    language?.addEventListener('change', () => void this.#showQr(), { signal });
    language?.addEventListener('input', () => void this.#showQr(), { signal });
    // The card's QR code is drawn before printing, from the button or the browser's own menu.
    window.addEventListener('beforeprint', () => void this.#prepareCard(), { signal });
    this.querySelector('[data-tool-print]')?.addEventListener('click', () => void this.#print(), { signal });
    this.#startReadAloud(signal);
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  get #url(): string {
    return this.dataset.url ?? location.href;
  }

  #qrLabel(url: string): string {
    return text(this.#strings, 'tools.qrImage', { url });
  }

  #setStatus(message: string): void {
    const status = this.querySelector<HTMLElement>('[data-tools-status]');
    if (status) status.textContent = message;
  }

  async #share(): Promise<void> {
    const outcome = await shareOrCopy({ title: this.dataset.title ?? document.title, url: this.#url });
    if (outcome === 'copied') this.#setStatus(text(this.#strings, 'tools.copied'));
    if (outcome === 'copy-failed') {
      // The link is on the page as text: she can copy it by hand.
      this.#setStatus(text(this.#strings, 'tools.copyFailed'));
      this.querySelector<HTMLAnchorElement>('[data-tools-link]')?.focus();
    }
  }

  #qrLanguage(): HTMLSelectElement | null {
    return this.querySelector<HTMLSelectElement>('[data-qr-language]');
  }

  #openQrDialog(): void {
    this.querySelector<HTMLDialogElement>('[data-qr-dialog]')?.showModal();
    void this.#showQr();
  }

  /** The choices are the header's language links, so the page does not carry a second list. */
  #fillQrLanguages(): void {
    const language = this.#qrLanguage();
    if (!language || language.options.length > 0) return;
    for (const choice of document.querySelectorAll<HTMLAnchorElement>('[data-language-choice]')) {
      const url = new URL(choice.getAttribute('href') ?? '/', this.dataset.site).href;
      const option = element('option', undefined, choice.textContent ?? '');
      option.value = url;
      option.lang = choice.lang;
      option.selected = choice.hasAttribute('aria-current');
      language.append(option);
    }
  }

  async #showQr(): Promise<void> {
    const language = this.#qrLanguage();
    const target = this.querySelector<HTMLElement>('[data-qr-target]');
    const shownUrl = this.querySelector<HTMLElement>('[data-qr-url]');
    if (!language || !target || !shownUrl) return;
    // Draw until the code shown is the one chosen: a quick second choice must win.
    for (let attempt = 0; attempt < 3 && target.querySelector('svg')?.dataset.url !== language.value; attempt++) {
      await drawQr(target, language.value, this.#qrLabel(language.value));
    }
    shownUrl.textContent = language.value;
  }

  /**
   * The card's code is drawn once. The card is not inside this element: the print stylesheet
   * prints only the card, which must be a child of `main` for that.
   */
  async #prepareCard(): Promise<void> {
    const cardQr = document.querySelector<HTMLElement>('[data-print-card] [data-print-qr]');
    if (cardQr && !cardQr.firstChild) await drawQr(cardQr, this.#url, this.#qrLabel(this.#url));
  }

  async #print(): Promise<void> {
    await this.#prepareCard();
    window.print();
  }

  /** Read aloud is offered only when the phone has a voice of its own for the page's language. */
  #startReadAloud(signal: AbortSignal): void {
    const button = this.querySelector<HTMLButtonElement>('[data-tool-read]');
    if (!button || !('speechSynthesis' in window)) return;
    const offer = () => (button.hidden = this.#voice() === undefined);
    offer();
    speechSynthesis.addEventListener('voiceschanged', offer, { signal });
    button.addEventListener('click', () => (speechSynthesis.speaking ? this.#stopReading() : this.#read()), { signal });
    window.addEventListener('pagehide', () => speechSynthesis.cancel(), { signal });
  }

  /** The page's own language: a page shown in English for want of a translation reads English. */
  #voice(): SpeechSynthesisVoice | undefined {
    const lang = document.querySelector('article')?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return pickVoice(speechSynthesis.getVoices(), lang);
  }

  #setReadLabel(key: 'tools.readAloud' | 'tools.stopReading'): void {
    const label = this.querySelector<HTMLElement>('[data-read-label]');
    if (label) label.textContent = text(this.#strings, key);
  }

  #stopReading(): void {
    speechSynthesis.cancel();
    this.#setReadLabel('tools.readAloud');
  }

  /** Reads the title and the article, the page's own text (the tools sit outside it). */
  #read(): void {
    const voice = this.#voice();
    const article = document.querySelector('article');
    if (!voice || !article) return;
    const title = document.querySelector('h1')?.innerText ?? '';
    const utterance = new SpeechSynthesisUtterance(`${title}.\n${article.innerText}`);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('end', () => this.#setReadLabel('tools.readAloud'));
    this.#setReadLabel('tools.stopReading');
    speechSynthesis.speak(utterance);
  }
}
