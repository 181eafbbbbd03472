import { fillTemplate } from '../fill-template.ts';
import type { BrowserStrings } from './strings.ts';

// A module apart from strings.ts: only the help finder's answer builds sentences around nodes, and every
// page's first script carries strings.ts.

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
