import { expect, test } from '@playwright/test';

const pagesToCheck = ['/{lang}/', '/{lang}/safety/victim-help/', '/{lang}/work-and-money/kvk/', '/{lang}/directory/', '/{lang}/directory/comensha/', '/{lang}/cities/utrecht/', '/{lang}/quick-exit/'];

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const lang of ['th', 'zh', 'ar']) {
    test(`${lang} pages fit the screen without sideways scrolling`, async ({ page }) => {
      for (const pattern of pagesToCheck) {
        const path = pattern.replace('{lang}', lang);
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }
});

test.describe('fonts for every script', () => {
  // A letter the machine has no font for is drawn as the same empty box as a code point no font
  // has (U+10FFFD): screenshots and layout checks would then measure boxes, not Thai or Chinese.
  for (const [lang, sample] of [['th', 'ตรวจ'], ['zh', '检测'], ['ar', 'شرطة']] as const) {
    test(`${lang} text is drawn with real letters, not empty boxes`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      const drawnAsBoxes = await page.evaluate((text) => {
        const draw = (value: string) => {
          const canvas = document.createElement('canvas');
          canvas.width = 200;
          canvas.height = 60;
          const context = canvas.getContext('2d')!;
          context.font = `32px ${getComputedStyle(document.body).fontFamily}`;
          context.fillText(value, 10, 40);
          return Array.from(context.getImageData(0, 0, 200, 60).data).join();
        };
        const box = draw([...text].map(() => '\u{10FFFD}').join(''));
        return draw(text) === box;
      }, sample);
      expect(drawnAsBoxes).toBe(false);
    });
  }
});

test.describe('right to left', () => {
  test('Arabic pages mirror the layout', async ({ page }) => {
    await page.goto('/ar/');
    const exit = await page.locator('[data-quick-exit-link]').boundingBox();
    const viewport = page.viewportSize();
    // The quick exit starts at the right edge in Arabic (inline start), at the left in English.
    expect(exit!.x + exit!.width).toBeGreaterThan(viewport!.width / 2);
    await page.goto('/en/');
    const exitLtr = await page.locator('[data-quick-exit-link]').boundingBox();
    expect(exitLtr!.x).toBeLessThan(viewport!.width / 2);
  });

  test('phone numbers in topic text read left to right inside Arabic', async ({ page }) => {
    await page.goto('/ar/clients/report-abuse/');
    const number = page.locator('article bdi[dir="ltr"]', { hasText: '0800-7000' }).first();
    await expect(number).toBeVisible();
    expect(await number.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  });

  test('phone numbers and web addresses on contact pages read left to right', async ({ page }) => {
    await page.goto('/ar/directory/meld-misdaad-anoniem/');
    for (const text of ['0800-7000', 'www.meldmisdaadanoniem.nl']) {
      const value = page.locator('.ltr-value', { hasText: text }).first();
      expect(await value.evaluate((element) => getComputedStyle(element).direction), text).toBe('ltr');
    }
  });
});
