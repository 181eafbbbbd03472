import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * One rule: build-only code must not reach the phone. Code that can run in the browser (browser
 * scripts, the shared `src/lib/*.ts`, `src/lib/browser/`, a feature's shared logic and the
 * service worker) may not import what only the build may use: `src/lib/build/`, `*.build.ts`,
 * Node, Astro's virtual modules, and the heavy or Node-only packages (full opening-hours and
 * phone-number data, schemas, i18next, YAML). Such code would be bundled into every reader's
 * download, or break there. Type-only imports are allowed: they vanish when compiled.
 * No style rules: formatting and taste are not checked here.
 */

const buildOnly = 'is build-only; code that runs in the browser may not import it (put the code in a *.build.ts file).';

/** Import sources (regular expressions) that only the build may use. */
const buildOnlySources = [
  // A folder named `build` (src/lib/build/) or a `*.build.ts` module, imported by a relative path.
  { regex: String.raw`^\.{1,2}/(?:.*/)?build(?:/|$)`, what: 'src/lib/build/' },
  { regex: String.raw`\.build(?:\.ts)?$`, what: 'A *.build.ts module' },
  { regex: '^node:', what: 'Node' },
  { regex: '^astro:', what: 'astro:*' },
  { regex: '^opening_hours(?:/|$)', what: 'opening_hours' },
  { regex: '^libphonenumber-js/max(?:/|$)', what: 'libphonenumber-js/max' },
  { regex: '^zod(?:/|$)', what: 'zod' },
  { regex: '^i18next(?:/|$)', what: 'i18next' },
  { regex: '^yaml(?:/|$)', what: 'yaml' },
  // The index file carries the words search ignores; the lists themselves stay at build time.
  { regex: '^@orama/stopwords(?:/|$)', what: '@orama/stopwords' },
  // The editors' interface (/admin/) runs the build's own validation; readers never load it.
  { regex: String.raw`\.admin(?:\.ts)?$`, what: 'The editors\' interface (*.admin.ts)' },
];

export default defineConfig([
  {
    name: 'wegwijs/browser-code',
    files: [
      'src/**/*.browser.ts',
      'src/lib/*.ts',
      'src/lib/browser/**/*.ts',
      'src/features/**/*.ts',
      'src/features/offline/service-worker.ts',
    ],
    // `*.admin.ts` runs in the editors' browser at /admin/, never in a reader's: it checks content
    // with the build's own schemas on purpose (one source of truth for the rules).
    ignores: ['**/*.build.ts', '**/*.test.ts', '**/*.admin.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // Node's modules without the `node:` prefix (`fs`, `path`, …) too.
          paths: builtinModules.map((name) => ({ name, message: `Node ${buildOnly}`, allowTypeImports: true })),
          patterns: buildOnlySources.map(({ regex, what }) => ({ regex, message: `${what} ${buildOnly}`, allowTypeImports: true })),
        },
      ],
      // `no-restricted-imports` does not look at `import('…')`, which the browser scripts use to load code late.
      'no-restricted-syntax': [
        'error',
        ...buildOnlySources.map(({ regex, what }) => ({
          // esquery's regular expressions cannot hold a `/`: write it as `\x2F`.
          selector: `ImportExpression[source.value=/${regex.replaceAll('/', String.raw`\x2F`)}/]`,
          message: `${what} ${buildOnly}`,
        })),
      ],
    },
  },
]);
