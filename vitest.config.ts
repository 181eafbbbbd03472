import { defineConfig } from 'vitest/config';

// src/lib is plain TypeScript with no Astro imports, so it is tested without Astro's Vite setup.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
