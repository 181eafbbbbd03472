import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../lib/build/paths';
import type { Locale } from '../../lib/locales';
import { searchIndexFile } from '../../features/search/search-docs.build';

// One file per language, fetched the first time a reader searches and kept with the language pack.
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = await searchIndexFile((props as { locale: Locale }).locale);
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
