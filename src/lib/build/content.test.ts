import { describe, expect, it } from 'vitest';
import { findMissingReferences, localizedText, parseTopicId, resolvePages, translationStatus, translationTable } from './content';

const entry = (id: string, revision?: number) => ({ id, data: { revision, translation: revision ? undefined : { source: 'en' as const, revision: 1 } } });

describe('which page a reader gets', () => {
  it('gives every language a page for every English master', () => {
    const pages = resolvePages([entry('en/sti-test', 1), entry('nl/sti-test')]);
    expect(pages).toHaveLength(14);
    expect(pages.find((page) => page.locale === 'nl')?.isFallback).toBe(false);
    const romanian = pages.find((page) => page.locale === 'ro');
    expect(romanian?.isFallback).toBe(true);
    expect(romanian?.entry.id).toBe('en/sti-test');
  });

  it('refuses a translation without an English master', () => {
    expect(() => resolvePages([entry('nl/only-dutch')])).toThrow(/only-dutch.*nl.*en/);
  });

  it('refuses a topic outside a language folder', () => {
    expect(() => parseTopicId('fr/page')).toThrow(/<lang>/);
    expect(() => parseTopicId('en')).toThrow();
    expect(parseTopicId('ar/report-abuse')).toEqual({ locale: 'ar', slug: 'report-abuse' });
  });
});

describe('translation status', () => {
  it('is complete when made from the current master revision', () => {
    expect(translationStatus({ revision: 2 }, { translation: { source: 'en', revision: 2 } }, 'ro')).toBe('complete');
  });
  it('is stale when the master changed since', () => {
    expect(translationStatus({ revision: 3 }, { translation: { source: 'en', revision: 2 } }, 'ro')).toBe('stale');
    expect(translationStatus({ revision: 1 }, {}, 'ro')).toBe('stale');
  });
  it('is missing when there is no translation', () => {
    expect(translationStatus({ revision: 1 }, undefined, 'ro')).toBe('missing');
    expect(translationStatus({ revision: 1 }, undefined, 'en')).toBe('master');
  });
});

describe('text in several languages', () => {
  it('uses the reader language, or English with a flag', () => {
    expect(localizedText({ en: 'Hello', nl: 'Hallo' }, 'nl')).toEqual({ text: 'Hallo', locale: 'nl', isFallback: false });
    expect(localizedText({ en: 'Hello', nl: ' ' }, 'nl')).toEqual({ text: 'Hello', locale: 'en', isFallback: true });
  });
});

describe('references between content files', () => {
  it('names the file, field and id that does not exist', () => {
    const problems = findMissingReferences([{ file: 'src/content/cities/utrecht.yaml', field: 'helpPoints', ids: ['belle', 'police'] }], new Set(['police']));
    expect(problems).toEqual(['src/content/cities/utrecht.yaml: helpPoints → "belle" does not exist']);
  });
});

describe('the translation table', () => {
  it('counts each language and lists each page', () => {
    const versions = new Map([
      ['a', new Map([['en', { revision: 2 }], ['nl', { translation: { source: 'en' as const, revision: 2 } }], ['ro', { translation: { source: 'en' as const, revision: 1 } }]])],
      ['b', new Map([['en', { revision: 1 }]])],
    ]) as Parameters<typeof translationTable>[0];
    const { counts, pages } = translationTable(versions);
    expect(counts.get('nl')).toEqual({ master: 0, complete: 1, stale: 0, missing: 1 });
    expect(counts.get('ro')).toEqual({ master: 0, complete: 0, stale: 1, missing: 1 });
    expect(counts.get('en')?.master).toBe(2);
    expect(pages.map((page) => page.slug)).toEqual(['a', 'b']);
  });
});
