import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium';

/**
 * The site server listens on a port the system picks (port 0), so two runs on one machine never
 * clash; `E2E_PORT` fixes one instead. Playwright reads the address the server prints into
 * `E2E_BASE_URL` (the named group in `wait.stdout`) before it starts the workers, which load this
 * file again and so get it as `baseURL`.
 */
const port = process.env.E2E_PORT ?? '0';

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
    // Undefined while this file is first read, before the server has started.
    ...(process.env.E2E_BASE_URL ? { baseURL: process.env.E2E_BASE_URL } : {}),
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    wait: { stdout: /served at (?<e2e_base_url>http:\/\/localhost:\d+)\// },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
