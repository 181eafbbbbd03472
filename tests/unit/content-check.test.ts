import { describe, expect, it } from 'vitest';
import { brokenLinks, findIndividuals, findPhoneNumbers, fingerprint, normalizeDigits, phoneProblems, type BuiltPage } from '../../src/lib/content-check';

describe('phone numbers in text', () => {
  it('finds numbers as people write them, and not years or article numbers', () => {
    const text = 'Call **0800-7000** or 0900-8844, in danger 112. From abroad +31 70 333 44 44. Since 2000, art. 248b, in 2018.';
    expect(findPhoneNumbers(text).map((mention) => mention.text)).toEqual(['0800-7000', '0900-8844', '112', '+31 70 333 44 44']);
  });

  it('compares +31 and 0 forms as the same number', () => {
    expect(normalizeDigits('+31 70 333 44 44')).toBe(normalizeDigits('070 333 44 44'));
  });

  it('rejects a number that cannot be dialled', () => {
    expect(phoneProblems('Call 0800-70 now', new Set())).toEqual(['"0800-70" is not a valid phone number']);
  });

  it('rejects a valid number that no listed organisation has: no invented numbers', () => {
    expect(phoneProblems('Call 020 531 8600', new Set(['08007000']))).toEqual([
      '"020 531 8600" is not the number of any organisation in src/content/contacts',
    ]);
    expect(phoneProblems('Call 0800-7000', new Set(['08007000']))).toEqual([]);
  });
});

describe('links between built pages', () => {
  const pages = new Map<string, BuiltPage>([
    ['/en/', { ids: new Set(['main']), links: ['/en/health/', '/en/health/#sources', '#main', 'https://example.org/', 'tel:112', '/favicon.svg'] }],
    ['/en/health/', { ids: new Set(['main', 'sources']), links: ['/en/gone/', '/en/#missing'] }],
  ]);

  it('reports pages and anchors that do not exist, and nothing else', () => {
    expect(brokenLinks(pages, (path) => path === '/favicon.svg')).toEqual([
      '/en/health/ → /en/gone/: no such page',
      '/en/health/ → /en/#missing: no element with id "missing"',
    ]);
  });
});

describe('individuals from the seed documents', () => {
  const list = new Set([fingerprint('Jan Jansen'), fingerprint('Pieterszoon'), fingerprint('5551234')]);

  it('finds a listed name in any case, and a listed number inside a longer one', () => {
    expect(findIndividuals('Ask jan JANSEN or Pieterszoon.', list).sort()).toEqual(['Pieterszoon', 'jan JANSEN']);
    expect(findIndividuals('Phone 06-555 1234 5', list)).toEqual(['5551234']);
  });

  it('finds nothing in ordinary text', () => {
    expect(findIndividuals('Jan went to the GGD on 12 March 2023.', list)).toEqual([]);
  });
});
