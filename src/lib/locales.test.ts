import { describe, expect, it } from 'vitest';
import { directionOf, isLocale, localeCodes, localeInfo, locales, masterLocale } from './locales';

describe('the list of languages', () => {
  it('offers the 14 languages readers need, in the agreed order', () => {
    expect(localeCodes).toEqual(['nl', 'en', 'de', 'es', 'pt', 'ro', 'bg', 'hu', 'pl', 'uk', 'ru', 'zh', 'th', 'ar']);
  });

  it('reads Arabic right to left and every other language left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(localeCodes.filter((code) => directionOf(code) === 'rtl')).toEqual(['ar']);
  });

  it('names Simplified Chinese with its script for lang and hreflang', () => {
    expect(localeInfo('zh').tag).toBe('zh-Hans');
  });

  it('gives every language a name in itself and valid BCP 47 tags', () => {
    for (const locale of locales) {
      expect(locale.nativeName.length).toBeGreaterThan(1);
      expect(Intl.getCanonicalLocales(locale.tag)).toEqual([locale.tag]);
    }
  });

  it('recognises only our codes', () => {
    expect(isLocale('ro')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale('__proto__')).toBe(false);
    expect(localeCodes).toContain(masterLocale);
  });
});
