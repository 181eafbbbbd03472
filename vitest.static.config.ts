import { defineConfig } from 'vitest/config';
import { browserDefines, siteConfig } from './src/lib/build/site-config.ts';

// The static pass over the built site (`dist/`): run after `npm run build`.
export default defineConfig({
  // The settings the build writes into the phone's scripts (wegwijs.config.ts), as astro.config.mjs does.
  define: browserDefines(siteConfig()),
  test: {
    include: ['tests/static/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
