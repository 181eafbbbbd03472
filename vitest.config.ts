import { defineConfig } from 'vitest/config';
import { browserDefines, siteConfig } from './src/lib/build/site-config.ts';
import { amsterdamOffsetsDefine } from './src/features/directory/amsterdam-offsets.build.ts';

// Unit tests sit next to the code they test (src/**, scripts/**); cross-cutting ones in tests/unit.
// Pure modules have no Astro imports, so they are tested without Astro's Vite setup.
export default defineConfig({
  // What the build writes into the phone's scripts (wegwijs.config.ts, Amsterdam's clock changes), as astro.config.mjs does.
  define: { ...browserDefines(siteConfig()), ...amsterdamOffsetsDefine() },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
