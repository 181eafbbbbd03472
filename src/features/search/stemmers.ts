/**
 * Word stems per language, so "pașaportul" finds "pașaport" and "meldingen" finds "melding".
 * The Snowball stemmers of @orama/stemmers (maintained with the Orama search engine, 1–12 kB
 * each), loaded only for the language being searched. Polish, Thai and Chinese have none: Polish
 * has no Snowball stemmer (beginnings of words and the synonym table carry it), and Thai and
 * Chinese do not inflect.
 */
export type Stemmer = (word: string) => string;

const loaders: Record<string, () => Promise<{ stemmer: Stemmer }>> = {
  ar: () => import('@orama/stemmers/arabic'),
  bg: () => import('@orama/stemmers/bulgarian'),
  de: () => import('@orama/stemmers/german'),
  en: () => import('@orama/stemmers/english'),
  es: () => import('@orama/stemmers/spanish'),
  hu: () => import('@orama/stemmers/hungarian'),
  nl: () => import('@orama/stemmers/dutch'),
  pt: () => import('@orama/stemmers/portuguese'),
  ro: () => import('@orama/stemmers/romanian'),
  ru: () => import('@orama/stemmers/russian'),
  uk: () => import('@orama/stemmers/ukrainian'),
};

/** The language's stemmer, or undefined where it has none (or it failed to load: search still works). */
export async function loadStemmer(locale: string): Promise<Stemmer | undefined> {
  const load = loaders[locale.split('-')[0]!];
  if (!load) return undefined;
  try {
    const { stemmer } = await load();
    return stemmer;
  } catch {
    return undefined;
  }
}
