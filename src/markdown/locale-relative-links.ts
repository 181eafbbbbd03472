import { localeCodes } from '../lib/locales.ts';

/**
 * Rehype plugin for topic pages. Writers link as `/en/health/sti-test/`; the rendered link
 * becomes `../../health/sti-test/`. Topic pages sit at `/<lang>/<section>/<slug>/`, so the link
 * resolves within whatever language the page is shown in: an English text shown as the
 * fallback on `/ro/…` keeps the Romanian reader in Romanian pages.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const localePrefix = new RegExp(`^/(?:${localeCodes.join('|')})/`);

/** The language-relative form of a site link, or the link unchanged when it is not one. */
export function localeRelativeHref(href: string): string {
  return localePrefix.test(href) ? href.replace(localePrefix, '../../') : href;
}

function visit(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
    node.properties.href = localeRelativeHref(node.properties.href);
  }
  for (const child of node.children ?? []) visit(child);
}

export default function rehypeLocaleRelativeLinks() {
  return (tree: HastNode) => visit(tree);
}
