import { defineConfig } from 'vitest/config';

// nginx and Caddy with the configurations the build wrote (dist-server/), beside `npm start`:
// run after `npm run build`, with Debian's nginx and Caddy (scripts/ensure-packages.mjs).
export default defineConfig({
  test: {
    include: ['tests/servers/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
