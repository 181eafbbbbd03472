// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PageTools, shareOrCopy } from './page-tools.browser';

const site = 'https://wegwijs.example/';
const pageUrl = 'https://wegwijs.example/en/health/sti-test/';

const strings = {
  'tools.copied': 'Link copied.',
  'tools.copyFailed': 'Copying did not work. Press and hold the link below to copy it.',
  'tools.readAloud': 'Read aloud',
  'tools.stopReading': 'Stop reading',
  'tools.qrImage': 'QR code that opens {{url}}',
};

/** A trimmed topic page: the header's language links, the tools (as PageTools.astro renders them), the article and the print card. */
const pageMarkup = `
  <header>
    <a href="/th/health/sti-test/" lang="th" data-language-choice="th">ไทย</a>
    <a href="/en/health/sti-test/" lang="en" data-language-choice="en" aria-current="true">English</a>
  </header>
  <main>
    <h1>Free STI tests</h1>
    <wegwijs-page-tools class="block" data-url="${pageUrl}" data-site="${site}" data-title="Free STI tests">
      <section class="page-tools no-print mt-4" aria-label="Share this page">
        <div class="js-only" data-tools-buttons hidden>
          <button type="button" data-tool-share>Share</button>
          <button type="button" data-tool-qr aria-haspopup="dialog">QR code</button>
          <button type="button" data-tool-print>Print card</button>
          <button type="button" data-tool-read hidden><span data-read-label>Read aloud</span></button>
        </div>
        <p role="status" data-tools-status></p>
        <p>Link to this page: <a href="${pageUrl}" data-tools-link>${pageUrl}</a></p>
        <dialog aria-labelledby="qr-title" data-qr-dialog>
          <h2 id="qr-title">QR code for this page</h2>
          <select data-qr-language></select>
          <div data-qr-target></div>
          <p data-qr-url></p>
          <form method="dialog"><button>Close</button></form>
        </dialog>
      </section>
      <script type="application/json" data-strings>${JSON.stringify(strings)}</script>
    </wegwijs-page-tools>
    <article><p>The GGD tests for free.</p></article>
    <aside class="print-card" data-print-card><div data-print-qr></div></aside>
  </main>`;

function showPage(): void {
  const page = document.createElement('div');
  page.innerHTML = pageMarkup;
  document.body.replaceChildren(...page.childNodes);
}

const tools = () => document.querySelector('wegwijs-page-tools')!;
const button = (name: string) => tools().querySelector<HTMLButtonElement>(`[data-tool-${name}]`)!;
const status = () => tools().querySelector('[data-tools-status]')!.textContent;

/** Replaces navigator.share / canShare / clipboard for one test. */
function fakeSharing(sharing: { share?: unknown; canShare?: unknown; clipboard?: unknown }): void {
  for (const [name, value] of Object.entries(sharing)) Object.defineProperty(navigator, name, { value, configurable: true });
}

const saved = {
  share: Object.getOwnPropertyDescriptor(navigator, 'share'),
  canShare: Object.getOwnPropertyDescriptor(navigator, 'canShare'),
  clipboard: Object.getOwnPropertyDescriptor(navigator, 'clipboard'),
};

beforeAll(() => {
  document.documentElement.lang = 'en';
  customElements.define('wegwijs-page-tools', PageTools);
});

afterEach(() => {
  document.body.replaceChildren();
  for (const [name, descriptor] of Object.entries(saved)) {
    if (descriptor) Object.defineProperty(navigator, name, descriptor);
    else delete (navigator as unknown as Record<string, unknown>)[name];
  }
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Share', () => {
  it('shows the buttons, which stay hidden without JavaScript', () => {
    showPage();
    expect(tools().querySelector<HTMLElement>('[data-tools-buttons]')!.hidden).toBe(false);
  });

  it('opens the phone’s share sheet with the page’s title and link', async () => {
    const share = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    fakeSharing({ share, canShare: () => true, clipboard: { writeText } });
    showPage();
    button('share').click();
    await vi.waitFor(() => expect(share).toHaveBeenCalledWith({ title: 'Free STI tests', url: pageUrl }));
    expect(writeText).not.toHaveBeenCalled();
    expect(status()).toBe('');
  });

  it('without a share sheet copies the link and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    fakeSharing({ share: undefined, clipboard: { writeText } });
    showPage();
    button('share').click();
    await vi.waitFor(() => expect(status()).toBe('Link copied.'));
    expect(writeText).toHaveBeenCalledWith(pageUrl);
  });

  it('when copying fails too, says so and puts focus on the link to copy by hand', async () => {
    fakeSharing({ share: undefined, clipboard: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    showPage();
    button('share').click();
    await vi.waitFor(() => expect(status()).toBe(strings['tools.copyFailed']));
    expect(document.activeElement).toBe(tools().querySelector('[data-tools-link]'));
  });

  it('decides between share sheet and copying (without a page)', async () => {
    const data = { title: 'T', url: pageUrl };
    const copying = (writeText: () => Promise<void>) => ({ clipboard: { writeText } as unknown as Clipboard });
    const closed = async () => Promise.reject(new DOMException('closed', 'AbortError'));
    const broken = async () => Promise.reject(new DOMException('no', 'NotAllowedError'));
    const copied = vi.fn(async () => undefined);
    expect(await shareOrCopy(data, { share: closed, ...copying(copied) } as never)).toBe('cancelled');
    expect(copied).not.toHaveBeenCalled();
    expect(await shareOrCopy(data, { share: broken, ...copying(copied) } as never)).toBe('copied');
    expect(await shareOrCopy(data, { share: async () => undefined, canShare: () => false, ...copying(broken) } as never)).toBe('copy-failed');
    expect(await shareOrCopy(data, { share: async () => undefined, ...copying(broken) } as never)).toBe('shared');
  });
});

describe('QR code', () => {
  it('opens a dialog with a code for this page, and redraws it for the language she picks', async () => {
    showPage();
    const dialog = tools().querySelector<HTMLDialogElement>('[data-qr-dialog]')!;
    const language = tools().querySelector<HTMLSelectElement>('[data-qr-language]')!;
    expect([...language.options].map((option) => [option.textContent, option.value, option.lang])).toEqual([
      ['ไทย', `${site}th/health/sti-test/`, 'th'],
      ['English', pageUrl, 'en'],
    ]);
    expect(language.value).toBe(pageUrl);

    button('qr').click();
    expect(dialog.open).toBe(true);
    const code = () => dialog.querySelector('[data-qr-target] svg');
    await vi.waitFor(() => expect(code()?.getAttribute('data-url')).toBe(pageUrl));
    expect(code()!.getAttribute('aria-label')).toBe(`QR code that opens ${pageUrl}`);
    await vi.waitFor(() => expect(dialog.querySelector('[data-qr-url]')!.textContent).toBe(pageUrl));

    language.value = `${site}th/health/sti-test/`;
    language.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(code()?.getAttribute('data-url')).toBe(`${site}th/health/sti-test/`));
    expect(dialog.querySelectorAll('[data-qr-target] svg')).toHaveLength(1);
    await vi.waitFor(() => expect(dialog.querySelector('[data-qr-url]')!.textContent).toBe(`${site}th/health/sti-test/`));
  });
});

describe('Print card', () => {
  it('draws the card’s QR code before the print dialog opens', async () => {
    showPage();
    let codeWhenPrinted: string | null | undefined;
    const print = vi.fn(() => {
      codeWhenPrinted = document.querySelector('[data-print-qr] svg')?.getAttribute('data-url');
    });
    vi.stubGlobal('print', print);
    button('print').click();
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(codeWhenPrinted).toBe(pageUrl);
  });
});

describe('Read aloud', () => {
  function fakeSpeech(voices: Array<{ lang: string; name: string; localService: boolean }>) {
    const spoken: string[] = [];
    const speech = Object.assign(new EventTarget(), {
      speaking: false,
      getVoices: () => voices,
      speak: vi.fn((utterance: { text: string }) => {
        spoken.push(utterance.text);
        speech.speaking = true;
      }),
      cancel: vi.fn(() => (speech.speaking = false)),
    });
    vi.stubGlobal('speechSynthesis', speech);
    vi.stubGlobal('SpeechSynthesisUtterance', class extends EventTarget {
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {
        super();
      }
    });
    return { speech, spoken };
  }
  const label = () => tools().querySelector('[data-read-label]')!.textContent;

  it('stays hidden on a phone without speech', () => {
    showPage();
    expect(button('read').hidden).toBe(true);
  });

  it('stays hidden with only a network voice, which would send the page away', () => {
    fakeSpeech([{ lang: 'en-GB', name: 'Cloud', localService: false }]);
    showPage();
    expect(button('read').hidden).toBe(true);
  });

  it('reads the title and article with the phone’s own voice, and stops', () => {
    const { speech, spoken } = fakeSpeech([{ lang: 'en-GB', name: 'Phone', localService: true }]);
    showPage();
    expect(button('read').hidden).toBe(false);
    button('read').click();
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toContain('Free STI tests.');
    expect(spoken[0]).toContain('The GGD tests for free.');
    expect(label()).toBe('Stop reading');
    button('read').click();
    expect(speech.cancel).toHaveBeenCalled();
    expect(label()).toBe('Read aloud');
  });

  it('stops reading when she leaves the page', () => {
    const { speech } = fakeSpeech([{ lang: 'en-GB', name: 'Phone', localService: true }]);
    showPage();
    button('read').click();
    window.dispatchEvent(new Event('pagehide'));
    expect(speech.cancel).toHaveBeenCalled();
  });
});
