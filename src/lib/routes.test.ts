import { describe, expect, it } from 'vitest';
import { alternatePaths, contactPath, localePath, pagePath, splitLocalePath, switchLocalePath, topicPath } from './routes';

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
});
