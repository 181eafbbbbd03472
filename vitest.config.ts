import { defineConfig } from 'vitest/config';
import { browserDefines, siteConfig } from './src/lib/build/site-config.ts';

// Unit tests sit next to the code they test (src/**, scripts/**); cross-cutting ones in tests/unit.
// Pure modules have no Astro imports, so they are tested without Astro's Vite setup.
export default defineConfig({
  // The settings the build writes into the phone's scripts (wegwijs.config.ts), as astro.config.mjs does.
  define: browserDefines(siteConfig()),
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
