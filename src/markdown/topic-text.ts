import { localeCodes } from '../lib/locales.ts';
import { splitPhoneNumbers } from '../lib/phone.ts';

/**
 * Rehype plugin for topic pages.
 * - Links: writers link as `/en/health/sti-test/`; the rendered link becomes
 *   `../../health/sti-test/`. Topic pages sit at `/<lang>/<section>/<slug>/`, so the link resolves
 *   within whatever language the page is shown in: an English text shown as the fallback on
 *   `/ro/…` keeps the Romanian reader in Romanian pages.
 * - Phone numbers in text are wrapped in `<bdi dir="ltr">`, so "0800-7000" keeps its order inside
 *   Arabic sentences instead of being reordered by the bidi algorithm.
 */

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const localePrefix = new RegExp(`^/(?:${localeCodes.join('|')})/`);

/** The language-relative form of a site link, or the link unchanged when it is not one. */
export function localeRelativeHref(href: string): string {
  return localePrefix.test(href) ? href.replace(localePrefix, '../../') : href;
}

/** Splits text into plain parts and phone numbers isolated left to right. */
export function isolatePhoneNumbers(text: string): HastNode[] {
  return splitPhoneNumbers(text).map((part) =>
    part.isNumber
      ? { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ type: 'text', value: part.value }] }
      : { type: 'text', value: part.value },
  );
}

function visit(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
    node.properties.href = localeRelativeHref(node.properties.href);
  }
  if (!node.children) return;
  const inside = node.type === 'element' && (node.tagName === 'bdi' || node.tagName === 'code' || node.tagName === 'pre');
  node.children = node.children.flatMap((child) => (child.type === 'text' && !inside ? isolatePhoneNumbers(child.value ?? '') : [child]));
  for (const child of node.children) visit(child);
}

export default function rehypeTopicText() {
  return (tree: HastNode) => visit(tree);
}
