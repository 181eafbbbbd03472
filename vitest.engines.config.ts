import { defineConfig } from 'vitest/config';
import { browserDefines, siteConfig } from './src/lib/build/site-config.ts';

// Firefox ESR and WebKitGTK (tests/engines/): run after `npm run build`, under xvfb-run
// (WebKit's MiniBrowser needs a display), one flow at a time.
export default defineConfig({
  define: browserDefines(siteConfig()),
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 150_000,
    hookTimeout: 60_000,
  },
});
