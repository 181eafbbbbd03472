import { defineMiddleware } from 'astro:middleware';
import { translator } from './lib/build/i18n';
import { isLocale, masterLocale } from './lib/locales';

/**
 * Every page and component gets its language and UI strings from `Astro.locals`, set here from
 * the URL's language (`/<lang>/…`); pages outside a language (the language chooser, /status/)
 * get the master language. Runs at build time for each static page.
 */
export const onRequest = defineMiddleware((context, next) => {
  const lang = context.params.lang;
  const locale = isLocale(lang) ? lang : masterLocale;
  context.locals.locale = locale;
  context.locals.t = translator(locale);
  return next();
});
