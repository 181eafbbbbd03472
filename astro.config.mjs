// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { localeCodes, masterLocale, locales } from './src/lib/locales.ts';
import { cspDirectives } from './src/lib/build/security-headers.ts';
import { headScriptHash } from './src/features/quick-exit/head-script.build.ts';
import staticHost from './src/integrations/static-host.ts';
import serviceWorker from './src/features/offline/service-worker.build.ts';
import { unified } from '@astrojs/markdown-remark';
import rehypeTopicText from './src/lib/build/topic-text.ts';
import { browserDefines, siteConfig } from './src/lib/build/site-config.ts';
import { leanPreload } from './src/lib/build/lean-preload.ts';
import { amsterdamOffsetsDefine } from './src/features/directory/amsterdam-offsets.build.ts';

/** Modules every page runs before load; see `codeSplitting` below. */
const everyPageScripts = /(quick-exit\/quick-exit|lib\/browser\/(strings|idle)|preload-helper|base-layout|BaseLayout\.astro|search-loader|search-index-file|page-tools\.start)/;

/** The deploying organisation's settings: wegwijs.config.ts, with WEGWIJS_* overrides, checked. */
const config = siteConfig();

export default defineConfig({
  // Where the site is published; used for the sitemap and absolute hreflang links.
  site: config.site,
  trailingSlash: 'always',
  // Shiki's inline styles would need 'unsafe-inline' in the CSP, and we publish no code.
  markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins: [rehypeTopicText] }) },
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: localeCodes,
    defaultLocale: masterLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { hashes: [headScriptHash] },
    },
  },
  integrations: [
    react(),
    sitemap({
      i18n: {
        defaultLocale: masterLocale,
        locales: Object.fromEntries(locales.map((locale) => [locale.code, locale.tag])),
      },
      filter: (page) => !page.includes('/404') && !page.endsWith('/status/'),
    }),
    staticHost(),
    serviceWorker(),
  ],
  vite: {
    plugins: [tailwindcss(), leanPreload()],
    build: {
      rolldownOptions: {
        output: {
          // Everything every page runs before load (the quick exit, the header search's loader,
          // the share tools' starter, the shared string helpers and Vite's preload helper) in one
          // file: one request, and brotli packs it better than five small files (3.8 → 3.3 kB).
          codeSplitting: { groups: [{ name: 'page', test: everyPageScripts }] },
        },
      },
    },
    // Settings the phone's scripts need (the quick exit's cover site) and Amsterdam's clock changes
    // (so "open now" needs no Intl on the phone), written in at build time.
    define: { ...browserDefines(config), ...amsterdamOffsetsDefine() },
  },
});
