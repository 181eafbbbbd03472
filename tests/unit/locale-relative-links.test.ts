import { describe, expect, it } from 'vitest';
import rehypeLocaleRelativeLinks, { localeRelativeHref } from '../../src/markdown/locale-relative-links';

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
    rehypeLocaleRelativeLinks()(tree);
    expect(tree.children[0]?.children[0]?.properties.href).toBe('../../cities/');
  });
});
