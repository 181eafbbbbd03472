import { describe, expect, it } from 'vitest';
import { defaultPreferences, parsePreferences, serializePreferences, updatePreferences } from '../../src/lib/preferences';

describe('stored preferences', () => {
  it('round-trips a language, city and saved pages', () => {
    const preferences = { language: 'ro' as const, city: 'amsterdam', savedPages: ['/ro/health/sti-test/'], offlineDeclined: ['th' as const] };
    expect(parsePreferences(serializePreferences(preferences))).toEqual(preferences);
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

  it('keeps the valid fields and drops the invalid ones', () => {
    const stored = JSON.stringify({
      language: 'klingon',
      city: 'Amsterdam<script>',
      savedPages: ['/ro/health/', 'javascript:alert(1)', 42, '/ro/health/', '//evil.example/'],
      offlineDeclined: ['ro', 'xx', 7, 'ro'],
    });
    expect(parsePreferences(stored)).toEqual({ savedPages: ['/ro/health/'], offlineDeclined: ['ro'] });
  });

  it('ignores prototype tricks', () => {
    const parsed = parsePreferences('{"__proto__": {"language": "ro"}, "constructor": 1}');
    expect(parsed.language).toBeUndefined();
    expect(({} as Record<string, unknown>).language).toBeUndefined();
  });

  it('updates one field and keeps the others', () => {
    const updated = updatePreferences({ language: 'pl', savedPages: [], offlineDeclined: [] }, { city: 'utrecht' });
    expect(updated).toEqual({ language: 'pl', city: 'utrecht', savedPages: [], offlineDeclined: [] });
  });

  it('writes a version number so a later format can migrate', () => {
    expect(JSON.parse(serializePreferences(defaultPreferences())).version).toBe(1);
  });
});
