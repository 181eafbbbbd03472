import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { localeCodes, localeInfo } from '../../src/lib/locales';
import { phraseIds } from '../../src/features/field-mode/phrasebook';
import { siteConfig } from '../../src/lib/build/site-config';
import { label } from './strings';

const site = siteConfig().site;

/** Reads the QR code drawn in `selector` the way a camera would: rendered to pixels, then decoded. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const image = await page.evaluate(async (css) => {
    const svg = document.querySelector<SVGSVGElement>(css)!;
    const markup = new XMLSerializer().serializeToString(svg);
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const size = 300;
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  }, selector);
  return jsQR(Uint8ClampedArray.from(image.data), image.size, image.size)?.data;
}

test.describe('share, QR code and print card on a topic page', () => {
  test('Share without the Web Share API copies the page link and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto('/ro/health/sti-test/');
    await page.locator('[data-tool-share]').click();
    await expect(page.locator('[data-tools-status]')).toHaveText(label('tools.copied', 'ro'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/ro/health/sti-test/`);
  });

  test('the QR code decodes to the page in the language the worker picks', async ({ page }) => {
    await page.goto('/en/health/sti-test/');
    await page.getByRole('button', { name: label('tools.qr') }).click();
    const dialog = page.getByRole('dialog', { name: label('tools.qrTitle') });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(label('tools.qrLanguage')).selectOption({ label: localeInfo('th').nativeName });
    await expect(dialog.locator('svg')).toHaveAttribute('data-url', `${site}/th/health/sti-test/`);
    expect(await decodeQr(page, '[data-qr-target] svg')).toBe(`${site}/th/health/sti-test/`);
    await dialog.getByRole('button', { name: label('tools.close') }).click();
    await expect(dialog).toBeHidden();
  });

  test('Print card gives one page with the summary, who can help and a QR code', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.goto('/en/health/sti-test/');
    await page.getByRole('button', { name: label('tools.print') }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed === true)).toBe(true);
    await expect(page.locator('[data-print-qr] svg')).toHaveCount(1);
    expect(await decodeQr(page, '[data-print-qr] svg')).toBe(`${site}/en/health/sti-test/`);

    await page.emulateMedia({ media: 'print' });
    const card = page.locator('[data-print-card]');
    await expect(card).toBeVisible();
    await expect(card).toContainText('GGD');
    await expect(page.locator('main .prose')).toBeHidden();
    await expect(page.locator('header')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  test('Read aloud appears only with a voice for the page language, and reads the page', async ({ page }) => {
    await page.goto('/th/health/sti-test/');
    const hasThaiVoice = await page.evaluate(() => speechSynthesis.getVoices().some((voice) => voice.lang.startsWith('th')));
    if (!hasThaiVoice) await expect(page.locator('[data-tool-read]')).toBeHidden();

    await page.addInitScript(() => {
      const voice = { lang: 'en-GB', name: 'Test voice', localService: true, default: true, voiceURI: 'test' };
      Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
      Object.defineProperty(speechSynthesis, 'speak', {
        value: (utterance: SpeechSynthesisUtterance) => {
          (window as unknown as { spoken: string }).spoken = utterance.text;
        },
      });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: class {
          text: string;
          voice: unknown = null;
          lang = '';
          constructor(text: string) {
            this.text = text;
          }
          addEventListener() {}
        },
      });
    });
    await page.goto('/en/health/sti-test/');
    await page.getByRole('button', { name: label('tools.readAloud') }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken?: string }).spoken ?? '');
    expect(spoken).toContain('Free and anonymous STI tests');
    expect(spoken).toContain('GGD');
  });

  test('without JavaScript the page still shows its link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ar/health/sti-test/');
    await expect(page.locator('[data-tools-link]')).toHaveAttribute('href', `${site}/ar/health/sti-test/`);
    await expect(page.locator('[data-tools-buttons]')).toBeHidden();
    await context.close();
  });
});

test.describe('field mode and phrasebook on /<lang>/outreach/', () => {
  test('the worker picks a language and topic: a big QR code and the link', async ({ page }) => {
    await page.goto('/nl/outreach/');
    await page.locator('[data-field-language]').selectOption('bg');
    await page.locator('[data-field-topic]').selectOption('health/sti-test');
    await expect(page.locator('[data-field-link]')).toHaveText(`${site}/bg/health/sti-test/`);
    await expect(page.locator('[data-field-qr] svg')).toHaveAttribute('data-url', `${site}/bg/health/sti-test/`);
    expect(await decodeQr(page, '[data-field-qr] svg')).toBe(`${site}/bg/health/sti-test/`);
  });

  for (const code of localeCodes) {
    test(`the phrasebook is complete in ${code}, next to the worker's language`, async ({ page }) => {
      await page.goto('/en/outreach/');
      await page.locator('[data-field-language]').selectOption(code);
      const cells = page.locator('[data-phrase-reader] [data-phrase-text]');
      await expect(cells).toHaveCount(phraseIds.length);
      if (code !== 'en') {
        const texts = await cells.allInnerTexts();
        expect(texts.filter((text) => text.trim().length > 0)).toHaveLength(phraseIds.length);
        await expect(page.locator('[data-phrase-reader]').first()).toHaveAttribute('lang', localeInfo(code).tag);
      }
    });
  }
});

test.describe('client route', () => {
  for (const code of localeCodes) {
    test(`from the ${code} home page, one tap to reporting abuse`, async ({ page }) => {
      await page.goto(`/${code}/`);
      await page.locator(`main a[href="/${code}/clients/report-abuse/"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${code}/clients/report-abuse/$`));
      const text = await page.locator('main').innerText();
      for (const number of ['112', '0900-8844', '0800-7000']) expect(text).toContain(number);
    });
  }
});
