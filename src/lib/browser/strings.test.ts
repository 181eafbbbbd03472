// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stringsIn, text } from './strings';

describe('UI strings in the browser', () => {
  it('reads the strings inside a root element, and survives a missing or corrupt block', () => {
    const root = document.createElement('div');
    root.innerHTML = '<script type="application/json" data-strings>{"search.close":"Close"}</script>';
    expect(stringsIn(root)).toEqual({ 'search.close': 'Close' });
    root.innerHTML = '<script type="application/json" data-strings>{not json</script>';
    expect(stringsIn(root)).toEqual({});
    expect(stringsIn(document.createElement('div'))).toEqual({});
  });

  it('prefers its own block to one of an element nested inside it', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div><script type="application/json" data-strings>{"inner":"x"}</script></div><script type="application/json" data-strings>{"outer":"y"}</script>';
    expect(stringsIn(root)).toEqual({ outer: 'y' });
  });

  it('fills placeholders and picks the plural form of the language', () => {
    const strings = { 'r.count_one': '{{count}} result for “{{query}}”', 'r.count_few': '{{count}} wyniki', 'r.count_other': '{{count}} results for “{{query}}”', greet: 'Hi {{name}}' };
    expect(text(strings, 'greet', { name: 'Ana' })).toBe('Hi Ana');
    expect(text(strings, 'r.count', { count: 1, query: 'bank' }, 'en')).toBe('1 result for “bank”');
    expect(text(strings, 'r.count', { count: 3, query: 'bank' }, 'en')).toBe('3 results for “bank”');
    expect(text(strings, 'r.count', { count: 3 }, 'pl')).toBe('3 wyniki');
    expect(text(strings, 'r.count', { count: 0 }, 'zh')).toBe('0 results for “{{query}}”');
  });

  it('shows the key when a string is missing, instead of breaking', () => {
    expect(text({}, 'help.next')).toBe('help.next');
  });
});
