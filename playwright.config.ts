import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4399);

/**
 * Browser tests run against the built site (`npm run build`), served the way a static host
 * serves it (scripts/serve.mjs: _headers, brotli, 404 status), in Debian's Chromium.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // A 2-core CI machine running two browsers: waits are generous; speed lives in `npm run bench`.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
