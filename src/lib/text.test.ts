import { describe, expect, it, vi } from 'vitest';
import { countText, fillTemplate, pluralText, pluralTextsFrom, wellFormed } from './text';
import { localeCodes } from './locales';

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
  it('write counts as each of the site\'s languages does, without starting number formatting below 1,000', () => {
    for (const locale of localeCodes) {
      for (const count of [0, 1, 7, 12, 250, 999, 1000, 12345]) expect(countText(count, locale), `${locale} ${count}`).toBe(new Intl.NumberFormat(locale).format(count));
    }
    const formatting = vi.spyOn(Intl, 'NumberFormat');
    countText(42, 'ar');
    expect(formatting).not.toHaveBeenCalled();
    formatting.mockRestore();
  });
});
