import GithubSlugger from 'github-slugger';
import type { SearchDoc } from './search.ts';

/**
 * Turns Markdown topic pages into search documents at build time: one for the page's
 * introduction and one per `##` section, linked to the section's heading.
 */

/** Markdown reduced to the words a reader sees. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, ' ')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MarkdownSection {
  heading: string;
  /** The heading's id on the page (Astro gives headings github-slugger ids). */
  slug: string;
  text: string;
}

/** The text before the first `##` heading, and each `##` section (deeper headings stay inside). */
export function markdownSections(markdown: string): { intro: string; sections: MarkdownSection[] } {
  const slugger = new GithubSlugger();
  const parts = markdown.split(/^##[ \t]+(.+)$/m);
  const intro = markdownToText(parts[0] ?? '');
  const sections: MarkdownSection[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const heading = markdownToText(parts[i] ?? '');
    sections.push({ heading, slug: slugger.slug(heading), text: markdownToText(parts[i + 1] ?? '') });
  }
  return { intro, sections };
}

export interface TopicForIndex {
  url: string;
  title: string;
  summary: string;
  area: string;
  keywords: string[];
  body: string;
}

/** Search documents for one topic page. */
export function topicDocs(topic: TopicForIndex): SearchDoc[] {
  const { intro, sections } = markdownSections(topic.body);
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
