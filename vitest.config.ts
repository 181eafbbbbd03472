import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code they test (src/**, scripts/**); cross-cutting ones in tests/unit.
// Pure modules have no Astro imports, so they are tested without Astro's Vite setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
