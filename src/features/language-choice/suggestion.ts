import { match } from '@formatjs/intl-localematcher';
import { locales, type Locale } from '../../lib/locales.ts';

/** The site's language that best fits the languages the phone asks for, if one fits at all. */
export function suggestedLanguage(requested: readonly string[]): Locale | undefined {
  let tag: string | undefined;
  try {
    tag = match([...requested], locales.map((locale) => locale.tag), 'und', { algorithm: 'best fit' });
  } catch {
    // A malformed language tag from the browser: suggest nothing rather than fail. ('und', the
    // undetermined language, is the no-match answer: an invalid default such as 'none' makes
    // the matcher throw on every request without an exact match.)
    return undefined;
  }
  return locales.find((locale) => locale.tag === tag)?.code;
}

/** What the language chooser points out: her last choice, and the phone's language when that is another one. */
export function languagesToPointOut(requested: readonly string[], remembered: Locale | undefined): { suggested?: Locale; remembered?: Locale } {
  const suggested = suggestedLanguage(requested);
  return {
    ...(suggested && suggested !== remembered ? { suggested } : {}),
    ...(remembered ? { remembered } : {}),
  };
}
