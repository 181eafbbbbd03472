import type { APIRoute } from 'astro';
import { localeInfo, type Locale } from '../locales';
import { translator } from './i18n';
import { appManifest } from './web-manifest';
import { siteConfig } from './site-config';

/**
 * The endpoint for one kind of app manifest, one file per language: `wegwijs` starts the app in
 * the reader's language; `notes` is the discreet one, with a neutral name and icon.
 */
export function manifestEndpoint(kind: 'wegwijs' | 'notes'): APIRoute {
  return ({ props }) => {
    const locale = (props as { locale: Locale }).locale;
    const t = translator(locale);
    const { tag, dir } = localeInfo(locale);
    const name = kind === 'wegwijs' ? t('site.name') : t('app.discreetName');
    const description = kind === 'wegwijs' ? t('site.description') : name;
    return new Response(JSON.stringify(appManifest({ kind, locale, tag, dir, name, description, themeColor: siteConfig().themeColor })), {
      headers: { 'content-type': 'application/manifest+json' },
    });
  };
}
