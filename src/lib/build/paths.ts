import { localeCodes, type Locale } from '../locales.ts';

/** `getStaticPaths` entries for a page that exists once per language. */
export function localeStaticPaths(): { params: { lang: Locale }; props: { locale: Locale } }[] {
  return localeCodes.map((code) => ({ params: { lang: code }, props: { locale: code } }));
}
