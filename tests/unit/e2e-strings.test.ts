import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { label, labelPattern } from '../e2e/strings';

const read = (code: string): Record<string, string> => JSON.parse(readFileSync(`locales/${code}.json`, 'utf8'));
const english = read('en');
const romanian = read('ro');
const polish = read('pl');

describe('labels for the browser tests (tests/e2e/strings.ts)', () => {
  it('reads a label from locales/<lang>.json, English by default', () => {
    expect(label('help.next')).toBe(english['help.next']);
    expect(label('help.next', 'ro')).toBe(romanian['help.next']);
    expect(label('help.next', 'ro')).not.toBe(label('help.next'));
  });

  it('fills placeholders', () => {
    expect(label('chat.title', 'en', { name: 'Fier' })).toBe(english['chat.title']!.replace('{{name}}', 'Fier'));
    expect(label('chat.title', 'en', { name: 'Fier' })).not.toContain('{{');
  });

  it("picks the plural form of the language for a count", () => {
    expect(label('exit.shiftProgress', 'en', { count: 1 })).toBe(english['exit.shiftProgress_one']!.replace('{{count}}', '1'));
    expect(label('exit.shiftProgress', 'en', { count: 2 })).toBe(english['exit.shiftProgress_other']!.replace('{{count}}', '2'));
    expect(label('exit.shiftProgress', 'pl', { count: 2 })).toBe(polish['exit.shiftProgress_few']!.replace('{{count}}', '2'));
  });

  it('throws for a key no locale file has, instead of looking for the key', () => {
    expect(() => label('help.noSuchKey')).toThrow(/no string "help.noSuchKey"/);
    expect(() => labelPattern('help.noSuchKey')).toThrow(/no string/);
  });

  it('makes a pattern that matches every plural form, with open placeholders as any text', () => {
    const results = labelPattern('search.results', 'en', { query: 'kvk' });
    expect(results.test(label('search.results', 'en', { count: 1, query: 'kvk' }))).toBe(true);
    expect(results.test(label('search.results', 'en', { count: 12, query: 'kvk' }))).toBe(true);
    expect(results.test(label('search.results', 'en', { count: 12, query: 'tax' }))).toBe(false);
  });

  it('escapes what the pattern takes literally', () => {
    expect(labelPattern('search.results', 'en', { query: 'a.b' }).test(label('search.results', 'en', { count: 2, query: 'axb' }))).toBe(false);
  });
});
