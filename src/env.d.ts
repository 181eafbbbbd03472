/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language, from its URL (set in src/middleware.ts). */
    locale: import('./lib/locales').Locale;
    /** UI strings in the page's language. */
    t: import('./lib/build/i18n').Translate;
  }
}
