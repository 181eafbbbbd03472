import { pickVoice } from './speech';
import { fillTemplate } from '../../lib/text';

/**
 * Share, QR code, print card and read aloud on a topic page. The QR code code is loaded only
 * when a code is asked for, so a page that nobody shares stays small.
 */
const drawQr: typeof import('./qr-render.browser').drawQr = (...args) => import('./qr-render.browser').then((module) => module.drawQr(...args));

export function startPageTools(): void {
  const root = document.querySelector<HTMLElement>('[data-page-tools]');
  if (!root) return;
  const url = root.dataset.url ?? location.href;
  const status = root.querySelector<HTMLElement>('[data-tools-status]')!;
  const qrLabel = (target: string) => fillTemplate(root.dataset.qrImage, { url: target });
  root.querySelector<HTMLElement>('[data-tools-buttons]')!.hidden = false;

  root.querySelector('[data-tool-share]')?.addEventListener('click', async () => {
    const data = { title: root.dataset.title ?? document.title, url };
    if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = root.dataset.copied ?? '';
    } catch {
      status.textContent = root.dataset.copyFailed ?? '';
      root.querySelector<HTMLAnchorElement>('[data-tools-link]')?.focus();
    }
  });

  const dialog = root.querySelector<HTMLDialogElement>('[data-qr-dialog]');
  const language = root.querySelector<HTMLSelectElement>('[data-qr-language]');
  const target = root.querySelector<HTMLElement>('[data-qr-target]');
  const shownUrl = root.querySelector<HTMLElement>('[data-qr-url]');
  // The choices are the header's language links, so the page does not carry a second list.
  if (language && language.options.length === 0) {
    for (const choice of document.querySelectorAll<HTMLAnchorElement>('[data-language-choice]')) {
      const option = new Option(choice.textContent ?? '', new URL(choice.getAttribute('href') ?? '/', root.dataset.site).href, false, choice.hasAttribute('aria-current'));
      option.lang = choice.lang;
      language.append(option);
    }
  }
  const showQr = async () => {
    if (!language || !target || !shownUrl) return;
    // Draw until the code shown is the one chosen: a quick second choice must win.
    for (let attempt = 0; attempt < 3 && target.querySelector('svg')?.dataset.url !== language.value; attempt++) {
      await drawQr(target, language.value, qrLabel(language.value));
    }
    shownUrl.textContent = language.value;
  };
  root.querySelector('[data-tool-qr]')?.addEventListener('click', () => {
    dialog?.showModal();
    void showQr();
  });
  language?.addEventListener('change', () => void showQr());
  language?.addEventListener('input', () => void showQr());

  // The card's QR code is drawn before printing, from the button or the browser's own menu.
  const cardQr = document.querySelector<HTMLElement>('[data-print-qr]');
  const prepareCard = async () => {
    if (cardQr && !cardQr.firstChild) await drawQr(cardQr, url, qrLabel(url));
  };
  window.addEventListener('beforeprint', () => void prepareCard());
  root.querySelector('[data-tool-print]')?.addEventListener('click', async () => {
    await prepareCard();
    window.print();
  });

  startReadAloud(root);
}

function startReadAloud(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-tool-read]');
  const label = button?.querySelector<HTMLElement>('[data-read-label]');
  if (!button || !label || !('speechSynthesis' in window)) return;
  const lang = document.querySelector('article')?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  const findVoice = () => pickVoice(speechSynthesis.getVoices(), lang);
  const offer = () => (button.hidden = findVoice() === undefined);
  offer();
  speechSynthesis.addEventListener('voiceschanged', offer);
  button.addEventListener('click', () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      label.textContent = root.dataset.read ?? '';
      return;
    }
    const voice = findVoice();
    const article = document.querySelector('article');
    if (!voice || !article) return;
    const title = document.querySelector('h1')?.innerText ?? '';
    const utterance = new SpeechSynthesisUtterance(`${title}.\n${article.innerText}`);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('end', () => (label.textContent = root.dataset.read ?? ''));
    label.textContent = root.dataset.stop ?? '';
    speechSynthesis.speak(utterance);
  });
  window.addEventListener('pagehide', () => speechSynthesis.cancel());
}
