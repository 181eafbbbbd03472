import { describe, expect, it } from 'vitest';
import { defaultPreferences, parsePreferences, serializePreferences, updatePreferences } from './preferences';

describe('stored preferences', () => {
  it('round-trips the chosen language', () => {
    expect(parsePreferences(serializePreferences({ language: 'ro' }))).toEqual({ language: 'ro' });
  });

  it.each([
    ['nothing stored', null],
    ['empty text', ''],
    ['broken JSON', '{"language": "ro"'],
    ['a JSON string', '"ro"'],
    ['an array', '["ro"]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a huge value', 'x'.repeat(200_000)],
  ])('falls back to defaults for %s', (_label, stored) => {
    expect(parsePreferences(stored)).toEqual(defaultPreferences());
  });

  it('drops an unknown language and every field it does not know (older versions stored more)', () => {
    const stored = JSON.stringify({ language: 'klingon', city: 'amsterdam', savedPages: ['/ro/health/'], offlineDeclined: ['ro'] });
    expect(parsePreferences(stored)).toEqual({});
    expect(serializePreferences(parsePreferences(JSON.stringify({ language: 'pl', city: 'utrecht' })))).toBe('{"version":1,"language":"pl"}');
  });

  it('ignores prototype tricks', () => {
    const parsed = parsePreferences('{"__proto__": {"language": "ro"}, "constructor": 1}');
    expect(parsed.language).toBeUndefined();
    expect(({} as Record<string, unknown>).language).toBeUndefined();
  });

  it('updates the language', () => {
    expect(updatePreferences({ language: 'pl' }, { language: 'th' })).toEqual({ language: 'th' });
  });

  it('writes a version number so a later format can migrate', () => {
    expect(JSON.parse(serializePreferences(defaultPreferences())).version).toBe(1);
  });
});
