/**
 * Web app manifests. The normal one is Wegwijs in the reader's language; the discreet one has a
 * neutral name and icon and its own `id`, so it installs as a separate app beside (or instead of)
 * the normal one. Both start in the reader's language.
 */
export interface ManifestOptions {
  kind: 'wegwijs' | 'notes';
  locale: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  name: string;
  description: string;
  /** The organisation's theme colour (wegwijs.config.ts); the discreet app keeps its own neutral grey. */
  themeColor: string;
}

export function appManifest({ kind, locale, tag, dir, name, description, themeColor }: ManifestOptions) {
  const icon = kind === 'wegwijs' ? 'wegwijs' : 'notes';
  return {
    id: kind === 'wegwijs' ? `/${locale}/` : `/${locale}/?app=notes`,
    name,
    short_name: name,
    description,
    lang: tag,
    dir,
    start_url: kind === 'wegwijs' ? `/${locale}/` : `/${locale}/?app=notes`,
    scope: '/',
    display: 'standalone',
    background_color: kind === 'wegwijs' ? '#ffffff' : '#fafaf0',
    theme_color: kind === 'wegwijs' ? themeColor : '#607080',
    icons: [
      { src: `/icons/${icon}-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `/icons/${icon}-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `/icons/${icon}-maskable-192.png`, sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: `/icons/${icon}-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
