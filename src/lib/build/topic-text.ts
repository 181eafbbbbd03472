import { readFileSync } from 'node:fs';
import { localeCodes } from '../locales.ts';
import { splitPhoneNumbers } from './phone.ts';

/**
 * Rehype plugin for topic pages.
 * - Links: writers link as `/en/health/sti-test/`; the rendered link becomes
 *   `../../health/sti-test/`. Topic pages sit at `/<lang>/<section>/<slug>/`, so the link resolves
 *   within whatever language the page is shown in: an English text shown as the fallback on
 *   `/ro/…` keeps the Romanian reader in Romanian pages.
 * - Phone numbers in text are wrapped in `<bdi dir="ltr">`, so "0800-7000" keeps its order inside
 *   Arabic sentences instead of being reordered by the bidi algorithm.
 * - Each `##` section ends with the sources it rests on ("Sources: 1, 3"), from the page's
 *   `citations`, linking to the numbered source list at the end of the page.
 */

export interface HastNode {
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

/** The id of a source in the page's source list (SourceList.astro), 1-based. */
export function sourceAnchor(number: number): string {
  return `source-${number}`;
}

/**
 * Adds, after each `##` section of a rendered page, a line naming the sources the section rests
 * on. `citations[i]` belongs to the i-th `##` heading; `label` is "Sources" in the page's language.
 */
export function addSectionSources(tree: HastNode, citations: unknown[], label: string): void {
  const children = tree.children ?? [];
  const headings = children.flatMap((child, index) => (child.type === 'element' && child.tagName === 'h2' ? [index] : []));
  // From the last section back, so earlier insert positions stay valid.
  for (let section = headings.length - 1; section >= 0; section -= 1) {
    const numbers = citations[section];
    // "no-facts": the section only describes Wegwijs or gives advice; nothing to cite.
    if (!Array.isArray(numbers) || numbers.length === 0) continue;
    const end = headings[section + 1] ?? children.length;
    const links = numbers.flatMap((number, index) => [
      ...(index > 0 ? [{ type: 'text', value: ', ' }] : []),
      { type: 'element', tagName: 'a', properties: { href: `#${sourceAnchor(number)}` }, children: [{ type: 'text', value: String(number) }] },
    ]);
    children.splice(end, 0, {
      type: 'element',
      tagName: 'p',
      properties: { className: ['section-sources'] },
      children: [{ type: 'text', value: `${label}: ` }, ...links],
    });
  }
  tree.children = children;
}

const sourcesLabels = new Map<string, string>();
/** "Sources" in a language, from its UI strings (this plugin runs in Node, outside Vite). */
function sourcesLabel(locale: string): string {
  if (!sourcesLabels.has(locale)) {
    const strings = JSON.parse(readFileSync(new URL(`../../../locales/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;
    sourcesLabels.set(locale, strings['topic.sources'] ?? 'Sources');
  }
  return sourcesLabels.get(locale)!;
}

interface TopicFile {
  path?: string;
  data?: { astro?: { frontmatter?: { citations?: unknown } } };
}

export default function rehypeTopicText() {
  return (tree: HastNode, file: TopicFile = {}) => {
    visit(tree);
    const citations = file.data?.astro?.frontmatter?.citations;
    const locale = /[\\/]topics[\\/]([a-z]{2})[\\/]/.exec(file.path ?? '')?.[1];
    if (Array.isArray(citations) && locale && (localeCodes as string[]).includes(locale)) addSectionSources(tree, citations, sourcesLabel(locale));
  };
}
