import { fillTemplate } from '../fill-template.ts';

/**
 * The one way UI strings reach a browser script: the feature's component renders
 * `<BrowserStrings keys={[…]} />` inside its root element, a JSON object of the raw strings in
 * the page's language (placeholders as `{{name}}`, plural forms as `key_one`, `key_other`…), and
 * the script reads them with `stringsIn(root)` and fills them with `text()`.
 */

export type BrowserStrings = Readonly<Record<string, string>>;

/** The strings handed to the script inside `root`; empty (and so only keys shown) if missing or corrupt. */
export function stringsIn(root: ParentNode): BrowserStrings {
  // Its own block first: an element may contain another feature's element with its own strings.
  const selector = 'script[type="application/json"][data-strings]';
  const element = (root instanceof Element ? root.querySelector(`:scope > ${selector}`) : null) ?? root.querySelector(selector);
  try {
    const parsed: unknown = JSON.parse(element?.textContent ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as BrowserStrings) : {};
  } catch {
    return {};
  }
}

/**
 * A string filled with `values`. With a numeric `count`, the form for the language's plural
 * category (`key_one`, `key_few`…) is used, falling back to `key_other` and then `key`.
 * An unknown key gives the key itself, so a gap shows instead of breaking the page.
 */
export function text(strings: BrowserStrings, key: string, values: Record<string, string | number> = {}, locale?: string): string {
  let template = strings[key];
  if (typeof values.count === 'number') {
    const category = new Intl.PluralRules(locale ?? document.documentElement.lang).select(values.count);
    template = strings[`${key}_${category}`] ?? strings[`${key}_other`] ?? template;
  }
  return fillTemplate(template ?? key, values);
}
