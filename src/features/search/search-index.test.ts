import { describe, expect, it } from 'vitest';
import { pageSections, topicDocs } from './search-index.build';

// Trimmed from what Astro renders for a topic page (topic-text.ts adds the "Sources" lines).
const html = [
  '<p>Intro <strong>text</strong> with <a href="../../rights/kvk/">a link</a>.</p>',
  '<h2 id="do-you-need-to-register">Do you need to register?</h2>',
  '<p>Yes, at <bdi dir="ltr">0800-7000</bdi>.</p>',
  '<h3 id="detail">Detail</h3>',
  '<ul>\n<li>one</li>\n<li>two&nbsp;&amp; three</li>\n</ul>',
  '<p class="section-sources">Sources: <a href="#source-1">1</a></p>',
  '<h2 id="help">Help</h2>',
  '<table><thead><tr><th>Who</th><th>What</th></tr></thead><tbody><tr><td>GGD</td><td>Tests</td></tr></tbody></table>',
].join('\n');
const headings = [
  { slug: 'do-you-need-to-register', text: 'Do you need to register?' },
  { slug: 'help', text: 'Help' },
];

describe('index building from rendered pages', () => {
  it('splits a page at the headings Astro rendered, with their ids', () => {
    const { intro, sections } = pageSections(html, headings);
    expect(intro).toBe('Intro text with a link.');
    expect(sections.map((section) => [section.slug, section.heading])).toEqual([
      ['do-you-need-to-register', 'Do you need to register?'],
      ['help', 'Help'],
    ]);
  });

  it('keeps the words a reader sees, deeper headings inside their section, and leaves out the sources line', () => {
    const { sections } = pageSections(html, headings);
    expect(sections[0]?.text).toBe('Yes, at 0800-7000. Detail one two & three');
    expect(sections[1]?.text).toBe('Who What GGD Tests');
  });

  it('makes a document for the page and one per section, linked to the section ids', () => {
    const docs = topicDocs({ url: '/en/a/b/', title: 'T', summary: 'Summary.', area: 'A', keywords: ['k1', 'k2'], html, sections: headings });
    expect(docs.map((entry) => entry.url)).toEqual(['/en/a/b/', '/en/a/b/#do-you-need-to-register', '/en/a/b/#help']);
    expect(docs[0]?.text).toBe('Summary. Intro text with a link.');
    expect(docs[0]?.keywords).toBe('k1 k2');
    expect(docs[1]?.heading).toBe('Do you need to register?');
  });

  it('refuses a page whose HTML lacks a section Astro reported, rather than dropping it from search', () => {
    const topic = { url: '/en/a/b/', title: 'T', summary: 'Summary.', area: 'A', keywords: [], html, sections: [...headings, { slug: 'gone', text: 'Gone' }] };
    expect(() => topicDocs(topic)).toThrow('/en/a/b/: 3 "##" headings, but 2 sections found in the rendered HTML');
  });
});
