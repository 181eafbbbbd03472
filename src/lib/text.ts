/**
 * Small text helpers shared by the page scripts: UI strings arrive with `{{placeholders}}` and,
 * for counts, one text per plural category of the reader's language.
 */

import { fillTemplate } from './fill-template.ts';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every lone surrogate replaced by U+FFFD, so `encodeURIComponent` cannot throw. */
export function wellFormed(text: string): string {
  // String.prototype.toWellFormed: Node 20+, Chrome/Edge 111+, Firefox 119+, Safari 16.4+.
  const native = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;
  return typeof native === 'function' ? native.call(text) : text.replace(loneSurrogate, '\uFFFD');
}

export { fillTemplate };

export type PluralTexts = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * The plural texts a page passed as data attributes, e.g. `data-shown-one`, `data-shown-few`
 * (read from `dataset` as `shownOne`, `shownFew`), for the categories the language has.
 */
export function pluralTextsFrom(dataset: Record<string, string | undefined>, prefix: string, rules: Intl.PluralRules): PluralTexts {
  const texts: PluralTexts = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const text = dataset[`${prefix}${category[0]?.toUpperCase()}${category.slice(1)}`];
    if (text) texts[category] = text;
  }
  return texts;
}

/** The text for `count` in the reader's plural category, filled in; `{{count}}` defaults to the number. */
export function pluralText(texts: PluralTexts, count: number, rules: Intl.PluralRules, values: Record<string, string | number> = {}): string {
  return fillTemplate(texts[rules.select(count)] ?? texts.other, { count, ...values });
}

/**
 * A count (results, organisations) as the page's language writes it. Below 1,000 each of the
 * site's languages writes a whole number as plain digits (CLDR; text.test.ts checks every
 * locale), and the browser's number formatting costs a tenth of a second to start on a slow
 * phone, in the middle of showing her first search results.
 */
export function countText(count: number, lang: string): string {
  return Number.isInteger(count) && count >= 0 && count < 1000 ? String(count) : new Intl.NumberFormat(lang).format(count);
}
