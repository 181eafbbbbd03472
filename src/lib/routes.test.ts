import { describe, expect, it } from 'vitest';
import { localeCodes } from './locales';
import { alternatePaths, contactPath, localeOfPath, localePath, pagePath, searchIndexPath, splitLocalePath, switchLocalePath, topicPath } from './routes';

describe('page addresses', () => {
  it('puts every page under its language with a trailing slash', () => {
    expect(localePath('ro')).toBe('/ro/');
    expect(topicPath('ro', 'health', 'sti-test')).toBe('/ro/health/sti-test/');
    expect(pagePath('ar', 'quickExit')).toBe('/ar/quick-exit/');
    expect(contactPath('th', 'police')).toBe('/th/directory/police/');
  });

  it('keeps the same English path when switching language', () => {
    expect(switchLocalePath('/ro/health/sti-test/', 'ar')).toBe('/ar/health/sti-test/');
    expect(switchLocalePath('/nl/', 'en')).toBe('/en/');
  });

  it('sends pages outside a language to the target language home', () => {
    expect(switchLocalePath('/', 'pl')).toBe('/pl/');
    expect(switchLocalePath('/xx/health/', 'pl')).toBe('/pl/');
  });

  it('splits a path into language and rest', () => {
    expect(splitLocalePath('/uk/cities/amsterdam/')).toEqual({ locale: 'uk', rest: 'cities/amsterdam/' });
    expect(splitLocalePath('/unknown/')).toEqual({ locale: undefined, rest: 'unknown/' });
  });

  it('lists the page in all 14 languages for hreflang', () => {
    const paths = alternatePaths('/en/clients/report-abuse/');
    expect(Object.keys(paths)).toHaveLength(14);
    expect(paths.zh).toBe('/zh/clients/report-abuse/');
  });

  it('reads the language of a path from its first segment, for every language', () => {
    for (const code of localeCodes) {
      expect(localeOfPath(localePath(code))).toBe(code);
      expect(localeOfPath(topicPath(code, 'health', 'sti-test'))).toBe(code);
      expect(localeOfPath(searchIndexPath(code))).toBe(code);
    }
    expect(localeOfPath('/ro')).toBe('ro');
  });

  it('finds no language outside one: the chooser, assets, codes we do not have', () => {
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/index.html')).toBeUndefined();
    expect(localeOfPath('/_astro/site.1a2b.js')).toBeUndefined();
    expect(localeOfPath('/sw.js')).toBeUndefined();
    // Two letters are not enough: only the site's own languages count.
    expect(localeOfPath('/xx/health/')).toBeUndefined();
    expect(localeOfPath('/fr/')).toBeUndefined();
    expect(localeOfPath('/rom/')).toBeUndefined();
    expect(localeOfPath('ro/health/')).toBeUndefined();
  });

  it('puts the search index next to the pages of its language', () => {
    expect(searchIndexPath('ro')).toBe('/ro/search-index.json');
    expect(splitLocalePath(searchIndexPath('ar'))).toEqual({ locale: 'ar', rest: 'search-index.json' });
  });
});
