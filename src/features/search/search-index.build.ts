import { parse, HTMLElement, TextNode, type Node } from 'node-html-parser';
import type { SearchDoc } from './search.ts';

/**
 * Turns rendered topic pages into search documents at build time: one for the page's
 * introduction and one per `##` section, linked to the section's heading. The sections are the
 * headings Astro rendered (`render(entry).headings`: text and id), and the text is the rendered
 * HTML's, so the index holds what the page shows and links to the ids the page has.
 */

/** A `##` heading as Astro rendered it. */
export interface SectionHeading {
  /** The heading's id on the page. */
  slug: string;
  text: string;
}

export interface PageSection {
  heading: string;
  slug: string;
  text: string;
}

/** Elements inside a line of text; every other element is a block, and words do not run across its edges. */
const inlineElements = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

/**
 * The words a reader sees in rendered nodes. The line after each section naming its sources
 * ("Sources: 1, 3", added by topic-text.ts) is left out: numbers, not words anyone searches for.
 */
function visibleText(nodes: Node[]): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof TextNode) parts.push(node.text);
    if (!(node instanceof HTMLElement) || node.classList.contains('section-sources')) return;
    const block = !inlineElements.has(node.rawTagName?.toLowerCase() ?? '');
    if (block) parts.push(' ');
    node.childNodes.forEach(walk);
    if (block) parts.push(' ');
  };
  nodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The rendered page split at its `##` headings: the text before the first, and each section (deeper headings stay inside). */
export function pageSections(html: string, headings: SectionHeading[]): { intro: string; sections: PageSection[] } {
  const ids = new Map(headings.map((heading) => [heading.slug, heading]));
  const intro: Node[] = [];
  const sections: { heading: SectionHeading; nodes: Node[] }[] = [];
  for (const node of parse(html).childNodes) {
    const heading = node instanceof HTMLElement && node.rawTagName?.toLowerCase() === 'h2' ? ids.get(node.id) : undefined;
    if (heading) sections.push({ heading, nodes: [] });
    else (sections.at(-1)?.nodes ?? intro).push(node);
  }
  return {
    intro: visibleText(intro),
    sections: sections.map(({ heading, nodes }) => ({ heading: heading.text, slug: heading.slug, text: visibleText(nodes) })),
  };
}

export interface TopicForIndex {
  url: string;
  title: string;
  summary: string;
  area: string;
  keywords: string[];
  /** The page's Markdown as Astro rendered it. */
  html: string;
  /** Its `##` headings, as Astro rendered them. */
  sections: SectionHeading[];
}

/** Search documents for one topic page. */
export function topicDocs(topic: TopicForIndex): SearchDoc[] {
  const { intro, sections } = pageSections(topic.html, topic.sections);
  // A heading Astro reports but the HTML does not have as a section would vanish from search unnoticed.
  if (sections.length !== topic.sections.length) {
    throw new Error(`${topic.url}: ${topic.sections.length} "##" headings, but ${sections.length} sections found in the rendered HTML`);
  }
  const keywords = topic.keywords.join(' ');
  return [
    { url: topic.url, kind: 'topic', title: topic.title, area: topic.area, text: [topic.summary, intro].filter(Boolean).join(' '), keywords },
    ...sections.map((section): SearchDoc => ({
      url: `${topic.url}#${section.slug}`,
      kind: 'topic',
      title: topic.title,
      area: topic.area,
      heading: section.heading,
      text: section.text,
    })),
  ];
}
