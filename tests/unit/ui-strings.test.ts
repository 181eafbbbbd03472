import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareUiStrings, expectedKeys, placeholdersOf } from '../../src/lib/build/locale-files';
import { localeCodes, masterLocale } from '../../src/lib/locales';
import { translator } from '../../src/lib/build/i18n';

const read = (code: string): Record<string, unknown> => JSON.parse(readFileSync(`locales/${code}.json`, 'utf8'));
const master = read(masterLocale) as Record<string, string>;

describe('UI string files', () => {
  it('exist for exactly the 14 languages', () => {
    const files = readdirSync('locales').filter((file) => file.endsWith('.json')).map((file) => file.replace('.json', ''));
    expect(files.sort()).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes.filter((code) => code !== masterLocale))('%s has every key of en, no extra or empty one, and the same placeholders', (code) => {
    expect(compareUiStrings(master, read(code), code)).toEqual([]);
  });
});

describe('the string checker', () => {
  const base = { 'a.title': 'Hello {{name}}', 'a.count_one': '{{count}} page', 'a.count_other': '{{count}} pages' };

  it('reports a missing key', () => {
    expect(compareUiStrings(base, { 'a.count_one': 'x', 'a.count_other': 'y' }, 'en')).toContainEqual({ kind: 'missing', key: 'a.title' });
  });

  it('reports an extra key', () => {
    expect(compareUiStrings(base, { ...base, 'a.old': 'x' }, 'en')).toContainEqual({ kind: 'extra', key: 'a.old' });
  });

  it('reports an empty value', () => {
    expect(compareUiStrings(base, { ...base, 'a.title': '  ' }, 'en')).toContainEqual({ kind: 'empty', key: 'a.title' });
  });

  it('reports a changed placeholder', () => {
    expect(compareUiStrings(base, { ...base, 'a.title': 'Hallo {{naam}}' }, 'nl')).toContainEqual({
      kind: 'placeholders',
      key: 'a.title',
      expected: ['name'],
      found: ['naam'],
    });
  });

  it('expects the plural forms of each language', () => {
    expect(expectedKeys(['a.count_one', 'a.count_other'], 'pl').sort()).toEqual(['a.count_few', 'a.count_many', 'a.count_one', 'a.count_other']);
    expect(expectedKeys(['a.count_one', 'a.count_other'], 'zh')).toEqual(['a.count_other']);
    expect(compareUiStrings(base, { 'a.title': '你好 {{name}}', 'a.count_other': '{{count}} 页' }, 'zh')).toEqual([]);
  });

  it('finds placeholders with spaces and formats', () => {
    expect(placeholdersOf('{{ count }} of {{total, number}} and {{count}}')).toEqual(['count', 'total']);
  });
});

describe('translating', () => {
  it('interpolates and picks plural forms per language', () => {
    expect(translator('en')('section.pageCount', { count: 1 })).toBe('1 page');
    expect(translator('en')('section.pageCount', { count: 3 })).toBe('3 pages');
    expect(translator('ru')('section.pageCount', { count: 5 })).toContain('5');
  });

  it('falls back to English for a key a language lacks', () => {
    expect(translator('nl')('no.such.key')).toBe('no.such.key');
  });
});
