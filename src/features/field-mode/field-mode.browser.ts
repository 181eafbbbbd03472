import { pickVoice } from '../page-tools/speech';
import { drawQr } from '../page-tools/qr-render.browser';
import { fillTemplate } from '../../lib/text';

/** Field mode: QR code and link for the chosen language and topic; the reader's phrasebook column. */
export function startFieldMode(): void {
  const root = document.querySelector<HTMLElement>('[data-field-mode]');
  const dataElement = document.getElementById('field-data');
  if (!root || !dataElement) return;
  let data: { phrases: Record<string, string[]>; site: string };
  try {
    data = JSON.parse(dataElement.textContent ?? '') as typeof data;
  } catch {
    return;
  }
  const language = root.querySelector<HTMLSelectElement>('[data-field-language]')!;
  const topic = root.querySelector<HTMLSelectElement>('[data-field-topic]')!;
  const qr = root.querySelector<HTMLElement>('[data-field-qr]')!;
  const link = root.querySelector<HTMLAnchorElement>('[data-field-link]')!;
  root.querySelector<HTMLElement>('[data-field-needs-js]')!.hidden = true;
  root.querySelector<HTMLElement>('[data-field-controls]')!.hidden = false;
  const pageLanguage = document.documentElement.lang.split('-')[0];

  const update = () => {
    const code = language.value;
    const option = language.selectedOptions[0];
    const url = new URL(`/${code}/${topic.value ? `${topic.value}/` : ''}`, data.site).href;
    link.href = url;
    link.textContent = url;
    void drawQr(qr, url, fillTemplate(root.dataset.qrImage, { url }));

    // The reader's column appears when her language is not the worker's.
    const tag = option?.lang ?? code;
    const dir = option?.dir ?? 'ltr';
    const other = code !== pageLanguage;
    root.querySelector<HTMLElement>('[data-phrase-reader-heading]')!.hidden = !other;
    const voice = 'speechSynthesis' in window ? pickVoice(speechSynthesis.getVoices(), tag) : undefined;
    root.querySelectorAll<HTMLElement>('[data-phrase-reader]').forEach((cell) => {
      cell.hidden = !other;
      cell.lang = tag;
      cell.dir = dir;
      const text = data.phrases[code]?.[Number(cell.dataset.phraseReader)] ?? '';
      cell.querySelector<HTMLElement>('[data-phrase-text]')!.textContent = text;
      const play = cell.querySelector<HTMLButtonElement>('[data-phrase-play]')!;
      play.hidden = voice === undefined;
      play.onclick = () => {
        if (!voice) return;
        speechSynthesis.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        speechSynthesis.speak(utterance);
      };
    });
  };
  language.addEventListener('change', update);
  topic.addEventListener('change', update);
  if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', update);
  update();
}
