import { defineConfig } from 'vitest/config';

// The static pass over the built site (`dist/`): run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/static/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
