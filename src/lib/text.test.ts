import { describe, expect, it } from 'vitest';
import { fillTemplate, pluralText, pluralTextsFrom, wellFormed } from './text';

describe('UI text helpers', () => {
  it('fill placeholders once, leaving unknown ones', () => {
    expect(fillTemplate('{{count}} of {{ total }} {{other}}', { count: 2, total: '14' })).toBe('2 of 14 {{other}}');
    expect(fillTemplate('{{q}}', { q: '{{q}}' })).toBe('{{q}}');
    expect(fillTemplate(undefined, {})).toBe('');
  });
  it('pick the plural text of the reader\'s language from data attributes', () => {
    const rules = new Intl.PluralRules('ru');
    const texts = pluralTextsFrom({ shownOne: '{{count}} организация', shownFew: '{{count}} организации', shownMany: '{{count}} организаций', shownOther: 'x' }, 'shown', rules);
    expect(pluralText(texts, 3, rules)).toBe('3 организации');
    expect(pluralText(texts, 5, rules, { count: '5' })).toBe('5 организаций');
  });
  it('replace lone surrogates and keep pairs', () => {
    expect(wellFormed('a\uD800b😀')).toBe('a\uFFFDb😀');
  });
});
