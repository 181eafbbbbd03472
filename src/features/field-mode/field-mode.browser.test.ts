// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FieldMode, fieldUrl, showsReaderColumn } from './field-mode.browser';

const site = 'https://wegwijs.example/';
const data = {
  site,
  phrases: { en: ['Hello.', 'We are not the police.'], bg: ['Здравейте.', 'Ние не сме полицията.'], ar: ['مرحبا.', 'نحن لسنا الشرطة.'] },
};

/** A trimmed copy of what FieldMode.astro renders on /en/outreach/. */
function fieldMarkup(json = JSON.stringify(data)): string {
  return `<wegwijs-field-mode class="block">
    <section aria-labelledby="field-mode">
      <h2 id="field-mode">Field mode</h2>
      <p class="no-js-only" data-field-needs-js>Field mode needs JavaScript.</p>
      <div class="js-only" data-field-controls hidden>
        <select data-field-language>
          <option value="en" lang="en" dir="ltr" selected>English</option>
          <option value="bg" lang="bg" dir="ltr">Български</option>
          <option value="ar" lang="ar" dir="rtl">العربية</option>
        </select>
        <select data-field-topic>
          <option value="">Home page</option>
          <option value="health/sti-test">Free STI tests</option>
        </select>
        <div data-field-qr></div>
        <p><a href="/en/" data-field-link>${site}en/</a></p>
      </div>
      <table data-phrasebook>
        <thead><tr><th>Your language</th><th data-phrase-reader-heading hidden>The reader's language</th></tr></thead>
        <tbody>
          <tr><td>Hello.</td><td data-phrase-reader="0" hidden><span data-phrase-text></span><button type="button" data-phrase-play hidden>Play</button></td></tr>
          <tr><td>We are not the police.</td><td data-phrase-reader="1" hidden><span data-phrase-text></span><button type="button" data-phrase-play hidden>Play</button></td></tr>
        </tbody>
      </table>
      <script type="application/json" data-field-data>${json}</script>
    </section>
    <script type="application/json" data-strings>{"tools.qrImage":"QR code that opens {{url}}"}</script>
  </wegwijs-field-mode>`;
}

function showPage(json?: string): void {
  const page = document.createElement('div');
  page.innerHTML = `<main>${fieldMarkup(json)}</main>`;
  document.body.replaceChildren(...page.childNodes);
}

const find = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const readerCells = () => [...document.querySelectorAll<HTMLElement>('[data-phrase-reader]')];
const playButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-phrase-play]')];

function choose(selector: string, value: string): void {
  const select = find<HTMLSelectElement>(selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

const waitForCode = (url: string) => vi.waitFor(() => expect(find('[data-field-qr]').querySelector('svg')?.getAttribute('data-url')).toBe(url), { timeout: 3000 });

beforeAll(() => {
  document.documentElement.lang = 'en';
  customElements.define('wegwijs-field-mode', FieldMode);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('field mode', () => {
  it('shows its controls, with the code and link of the home page in the worker’s language', async () => {
    showPage();
    expect(find('[data-field-needs-js]').hidden).toBe(true);
    expect(find('[data-field-controls]').hidden).toBe(false);
    expect(find('[data-field-link]').textContent).toBe(`${site}en/`);
    await waitForCode(`${site}en/`);
    expect(readerCells().every((cell) => cell.hidden)).toBe(true);
    expect(find('[data-phrase-reader-heading]').hidden).toBe(true);
  });

  it('gives the code and link of the topic in the language she reads', async () => {
    showPage();
    choose('[data-field-language]', 'bg');
    choose('[data-field-topic]', 'health/sti-test');
    const url = `${site}bg/health/sti-test/`;
    expect(find<HTMLAnchorElement>('[data-field-link]').href).toBe(url);
    expect(find('[data-field-link]').textContent).toBe(url);
    await waitForCode(url);
    expect(find('[data-field-qr] svg').getAttribute('aria-label')).toBe(`QR code that opens ${url}`);
  });

  it('shows her language next to the worker’s, in its own script direction, and hides it again', () => {
    showPage();
    choose('[data-field-language]', 'ar');
    expect(find('[data-phrase-reader-heading]').hidden).toBe(false);
    expect(readerCells().map((cell) => [cell.hidden, cell.lang, cell.dir, cell.querySelector('[data-phrase-text]')!.textContent])).toEqual([
      [false, 'ar', 'rtl', 'مرحبا.'],
      [false, 'ar', 'rtl', 'نحن لسنا الشرطة.'],
    ]);
    choose('[data-field-language]', 'en');
    expect(readerCells().every((cell) => cell.hidden)).toBe(true);
  });

  it('offers Play only with a voice on the phone, and plays her sentence', () => {
    showPage();
    choose('[data-field-language]', 'bg');
    expect(playButtons().every((button) => button.hidden)).toBe(true);

    const calls: string[] = [];
    const voices = [{ lang: 'bg-BG', name: 'Phone', localService: true }];
    vi.stubGlobal('speechSynthesis', Object.assign(new EventTarget(), {
      getVoices: () => voices,
      cancel: () => calls.push('cancel'),
      speak: (utterance: { text: string; lang: string }) => calls.push(`speak ${utterance.lang}: ${utterance.text}`),
    }));
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {}
    });
    showPage();
    choose('[data-field-language]', 'bg');
    expect(playButtons().every((button) => !button.hidden)).toBe(true);
    playButtons()[1]!.click();
    expect(calls).toEqual(['cancel', 'speak bg-BG: Ние не сме полицията.']);

    choose('[data-field-language]', 'ar');
    expect(playButtons().every((button) => button.hidden)).toBe(true);
  });

  it('stays as without JavaScript when its data is broken', () => {
    showPage('{not json');
    expect(find('[data-field-needs-js]').hidden).toBe(false);
    expect(find('[data-field-controls]').hidden).toBe(true);
  });
});

describe('field mode logic', () => {
  it('makes the address of the home page or a topic', () => {
    expect(fieldUrl(site, 'th', '')).toBe(`${site}th/`);
    expect(fieldUrl(site, 'th', 'health/sti-test')).toBe(`${site}th/health/sti-test/`);
  });

  it('shows the reader’s column only for another language than the page’s', () => {
    expect(showsReaderColumn('en', 'en')).toBe(false);
    expect(showsReaderColumn('zh', 'zh-Hans')).toBe(false);
    expect(showsReaderColumn('bg', 'en')).toBe(true);
  });
});
