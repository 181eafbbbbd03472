import { expect, test } from '@playwright/test';

test.describe('security headers', () => {
  test('every page carries the full header set', async ({ request }) => {
    for (const path of ['/', '/en/', '/ar/health/sti-test/', '/pl/no-such-page/']) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("base-uri 'none'");
      expect(csp, path).toContain("form-action 'self'");
      expect(csp, path).toContain("require-trusted-types-for 'script'");
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['strict-transport-security'], path).toContain('max-age=');
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toContain('geolocation=()');
      expect(headers['set-cookie'], path).toBeUndefined();
    }
  });

  test('Chromium accepts every Permissions-Policy feature we send (no console warnings)', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Permissions-Policy')) warnings.push(message.text());
    });
    const response = await page.goto('/en/health/sti-test/');
    expect(response?.headers()['permissions-policy']).toContain('camera=()');
    await page.waitForLoadState('load');
    expect(warnings).toEqual([]);
  });

  test('pages are served compressed with brotli', async ({ request }) => {
    const response = await request.get('/en/health/sti-test/', { headers: { 'Accept-Encoding': 'br' } });
    expect(response.headers()['content-encoding']).toBe('br');
  });

  test('each page has its own CSP without inline script allowances', async ({ page }) => {
    await page.goto('/en/quick-exit/');
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toMatch(/script-src 'self'/);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
