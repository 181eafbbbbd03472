import { describe, expect, it } from 'vitest';
import rehypeTopicText, { addSectionSources, isolatePhoneNumbers, localeRelativeHref, type HastNode } from './topic-text';

describe('links in topic text', () => {
  it('stay in the language the page is shown in', () => {
    const href = localeRelativeHref('/en/health/sti-test/#where');
    expect(href).toBe('../../health/sti-test/#where');
    expect(new URL(href, 'https://site/ro/rights/complaints/').pathname).toBe('/ro/health/sti-test/');
  });

  it('leave other links alone', () => {
    for (const href of ['https://www.politie.nl/', 'tel:112', '#sources', '/favicon.svg', '/english/']) {
      expect(localeRelativeHref(href)).toBe(href);
    }
  });

  it('rewrites every link in a rendered tree', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [{ type: 'element', tagName: 'a', properties: { href: '/nl/cities/' }, children: [] }] }] };
    rehypeTopicText()(tree);
    expect(tree.children[0]?.children[0]?.properties.href).toBe('../../cities/');
  });
});

describe('phone numbers in topic text', () => {
  it('are isolated left to right, so they keep their order in Arabic', () => {
    const parts = isolatePhoneNumbers('اتصلي بالرقم 0800-7000 أو 112.');
    expect(parts.map((part) => (part.type === 'text' ? part.value : `[${part.children?.[0]?.value}]`)).join('')).toBe('اتصلي بالرقم [0800-7000] أو [112].');
    expect(parts[1]).toMatchObject({ tagName: 'bdi', properties: { dir: 'ltr' } });
  });

  it('leave text without numbers alone', () => {
    expect(isolatePhoneNumbers('Since 2000, art. 248b')).toEqual([{ type: 'text', value: 'Since 2000, art. 248b' }]);
  });
});

describe('sources under each section', () => {
  it('adds "Sources: 1, 3" after each cited section, linked to the source list, and nothing after a no-facts section', () => {
    const text = (value: string): HastNode => ({ type: 'text', value });
    const element = (tagName: string, ...children: HastNode[]): HastNode => ({ type: 'element', tagName, properties: {}, children });
    const tree: HastNode = { type: 'root', children: [element('p', text('intro')), element('h2', text('A')), element('p', text('a')), element('h2', text('B')), element('p', text('b'))] };
    addSectionSources(tree, [[1, 3], 'no-facts'], 'Sources');
    const rendered = JSON.stringify((tree.children ?? []).map((child) => [child.tagName, ...(child.children ?? []).map((part) => part.value ?? `${String(part.properties?.href)}=${part.children?.[0]?.value}`)]));
    expect(rendered).toBe(JSON.stringify([['p', 'intro'], ['h2', 'A'], ['p', 'a'], ['p', 'Sources: ', '#source-1=1', ', ', '#source-3=3'], ['h2', 'B'], ['p', 'b']]));
  });
});
