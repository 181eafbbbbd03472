import { pickVoice } from '../page-tools/speech';
import { drawQr } from '../page-tools/qr-render.browser';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';

/** What FieldMode.astro hands over: every language's phrases (in phrasebook order) and the site's address. */
interface FieldData {
  phrases: Record<string, string[]>;
  site: string;
}

/** The page the code and the link open: the home page or a topic, in the reader's language. */
export function fieldUrl(site: string, language: string, topic: string): string {
  return new URL(`/${language}/${topic ? `${topic}/` : ''}`, site).href;
}

/** The reader's column appears when her language is not the worker's (the page's). */
export function showsReaderColumn(readerLanguage: string, pageLanguage: string): boolean {
  return readerLanguage !== pageLanguage.split('-')[0];
}

function readData(root: HTMLElement): FieldData | undefined {
  try {
    return JSON.parse(root.querySelector('script[data-field-data]')?.textContent ?? '') as FieldData;
  } catch {
    return undefined;
  }
}

/** `<wegwijs-field-mode>`: QR code and link for the chosen language and topic; the reader's phrasebook column. */
export class FieldMode extends HTMLElement {
  #listening: AbortController | undefined;
  #data: FieldData = { phrases: {}, site: '' };
  #strings: BrowserStrings = {};
  /** The phone's own voice for the reader's language, if it has one. */
  #voice: SpeechSynthesisVoice | undefined;

  connectedCallback(): void {
    const data = readData(this);
    if (!data) return;
    this.#data = data;
    this.#strings = stringsIn(this);
    this.#listening?.abort();
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    this.#showControls();
    this.#language()?.addEventListener('change', () => this.#update(), { signal });
    this.#topic()?.addEventListener('change', () => this.#update(), { signal });
    this.addEventListener('click', (event) => this.#onPlay(event), { signal });
    if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', () => this.#update(), { signal });
    this.#update();
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  #language(): HTMLSelectElement | null {
    return this.querySelector<HTMLSelectElement>('[data-field-language]');
  }

  #topic(): HTMLSelectElement | null {
    return this.querySelector<HTMLSelectElement>('[data-field-topic]');
  }

  #showControls(): void {
    const needsJs = this.querySelector<HTMLElement>('[data-field-needs-js]');
    const controls = this.querySelector<HTMLElement>('[data-field-controls]');
    if (needsJs) needsJs.hidden = true;
    if (controls) controls.hidden = false;
  }

  #update(): void {
    const language = this.#language();
    if (!language) return;
    const option = language.options[language.selectedIndex];
    this.#showLink(fieldUrl(this.#data.site, language.value, this.#topic()?.value ?? ''));
    this.#showPhrasebook(language.value, option?.lang || language.value, option?.dir || 'ltr');
  }

  #showLink(url: string): void {
    const link = this.querySelector<HTMLAnchorElement>('[data-field-link]');
    const qr = this.querySelector<HTMLElement>('[data-field-qr]');
    if (link) {
      link.href = url;
      link.textContent = url;
    }
    if (qr) void drawQr(qr, url, text(this.#strings, 'tools.qrImage', { url }));
  }

  #showPhrasebook(code: string, tag: string, dir: string): void {
    const shown = showsReaderColumn(code, document.documentElement.lang);
    const heading = this.querySelector<HTMLElement>('[data-phrase-reader-heading]');
    if (heading) heading.hidden = !shown;
    this.#voice = 'speechSynthesis' in window ? pickVoice(speechSynthesis.getVoices(), tag) : undefined;
    for (const cell of this.querySelectorAll<HTMLElement>('[data-phrase-reader]')) {
      cell.hidden = !shown;
      cell.lang = tag;
      cell.dir = dir;
      const phrase = cell.querySelector<HTMLElement>('[data-phrase-text]');
      if (phrase) phrase.textContent = this.#data.phrases[code]?.[Number(cell.dataset.phraseReader)] ?? '';
      const play = cell.querySelector<HTMLButtonElement>('[data-phrase-play]');
      if (play) play.hidden = this.#voice === undefined;
    }
  }

  /** Plays a sentence of her column aloud, cutting off one still playing. */
  #onPlay(event: Event): void {
    const play = (event.target as Element | null)?.closest?.('[data-phrase-play]');
    const phrase = play?.closest('[data-phrase-reader]')?.querySelector('[data-phrase-text]')?.textContent;
    if (!play || !phrase || !this.#voice) return;
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(phrase);
    utterance.voice = this.#voice;
    utterance.lang = this.#voice.lang;
    speechSynthesis.speak(utterance);
  }
}
