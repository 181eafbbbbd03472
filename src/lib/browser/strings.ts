import { fillTemplate } from '../text.ts';

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

/**
 * A string as nodes: like `text()`, but placeholders named in `nodes` become those nodes (a
 * phone link, a name in another language) instead of text, so a sentence can hold a link
 * without building markup from strings.
 */
export function textWith(strings: BrowserStrings, key: string, values: Record<string, string | number>, nodes: Record<string, Node>): Node[] {
  const parts = (strings[key] ?? key).split(/(\{\{\s*\w+\s*\}\})/);
  return parts
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
      if (name && nodes[name]) return nodes[name];
      return document.createTextNode(fillTemplate(part, values));
    });
}
