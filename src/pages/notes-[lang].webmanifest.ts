import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../lib/paths';
import { localeInfo, type Locale } from '../lib/locales';
import { translator } from '../lib/i18n';
import { appManifest } from '../lib/web-manifest';

// The discreet install: a neutral name and a notepad icon, installed as a separate app.
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = translator(locale);
  const manifest = appManifest({ kind: 'notes', locale, tag: localeInfo(locale).tag, dir: localeInfo(locale).dir, name: t('app.discreetName'), description: t('app.discreetName') });
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
