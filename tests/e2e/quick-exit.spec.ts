import { expect, test } from '@playwright/test';
import { exitHost, watchPage } from './site';
import { label } from './strings';

const topic = '/en/health/sti-test/';

test.describe('quick exit, when JavaScript is available', () => {
  test.beforeEach(async ({ page }) => {
    await watchPage(page);
    await page.goto('/en/');
    await page.goto(topic);
  });

  test('a click leaves for the weather site, and Back does not bring Wegwijs back', async ({ page }) => {
    await page.getByRole('link', { name: label('exit.label'), exact: true }).click();
    await page.waitForURL(`https://${exitHost}/`);
    // Back reaches /en/, which leaves again at once: the tab is marked as exited.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL(`https://${exitHost}/`);
  });

  test('the keyboard reaches it right after the skip link, and Enter leaves', async ({ page }) => {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: label('skipLink') })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: label('exit.label'), exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL(`https://${exitHost}/`);
    // Back reaches /en/, which leaves again at once: the tab is marked as exited.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL(`https://${exitHost}/`);
  });

  test('Shift pressed three times leaves, announcing progress on the way', async ({ page }) => {
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(label('exit.shiftProgress', 'en', { count: 1 }));
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(label('exit.shiftProgress', 'en', { count: 2 }));
    await page.keyboard.press('Shift');
    await page.waitForURL(`https://${exitHost}/`);
    // Back reaches /en/, which leaves again at once: the tab is marked as exited.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL(`https://${exitHost}/`);
  });

  test('typing capitals with Shift does not leave', async ({ page }) => {
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(topic);
  });

  test('the page is blanked before leaving, and shown again when it comes back from the cache', async ({ page }) => {
    await page.evaluate(() => document.documentElement.classList.add('is-exiting'));
    await expect(page.locator('main')).toBeHidden();
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect(page.locator('main')).toBeVisible();
  });

  test('practice mode shows the exit without leaving', async ({ page }) => {
    await page.goto('/en/quick-exit/');
    await page.getByRole('button', { name: label('quickExit.practiceStart') }).click();
    await expect(page.getByRole('button', { name: label('quickExit.practiceStop') })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('link', { name: label('exit.label'), exact: true }).click();
    await expect(page.getByText(label('quickExit.practiceDone'))).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/en/quick-exit/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(1200);
    expect(new URL(page.url()).pathname).toBe('/en/quick-exit/');
  });

  test('in Arabic the progress is announced in Arabic', async ({ page }) => {
    await page.goto('/ar/');
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText(label('exit.shiftProgress', 'ar', { count: 1 }));
  });
});

test.describe('quick exit, when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('it is a plain link to the weather site', async ({ page }) => {
    await watchPage(page);
    await page.goto(topic);
    const link = page.getByRole('link', { name: label('exit.label'), exact: true });
    await expect(link).toHaveAttribute('href', `https://${exitHost}/`);
    await expect(link).toHaveAttribute('rel', 'nofollow noreferrer');
    await link.click();
    await page.waitForURL(`https://${exitHost}/`);
  });
});
