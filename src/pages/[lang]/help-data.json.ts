import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../lib/build/paths';
import type { Locale } from '../../lib/locales';
import { helpFinderData } from '../../features/help-finder/help-data.build';

// One file per language, fetched by the help finder's script and kept with the language pack.
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const data = await helpFinderData((props as { locale: Locale }).locale);
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
