import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../lib/paths';
import { localeInfo, type Locale } from '../lib/locales';
import { translator } from '../lib/i18n';
import { appManifest } from '../lib/web-manifest';

// One manifest per language, so the installed app starts in the reader's language (`/ro/`).
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = translator(locale);
  const manifest = appManifest({ kind: 'wegwijs', locale, tag: localeInfo(locale).tag, dir: localeInfo(locale).dir, name: t('site.name'), description: t('site.description') });
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
