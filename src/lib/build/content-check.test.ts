import { describe, expect, it } from 'vitest';
import { brokenLinks, citationProblems, findIndividuals, findPhoneNumbers, fingerprint, needsRecheck, normalizeDigits, phoneProblems, sourceDate, titleDate, type BuiltPage } from './content-check';

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

describe('section citations', () => {
  const headings = ['First', 'Second'];
  it('accepts one list of valid source numbers per section', () => {
    expect(citationProblems(headings, [[1], [1, 2]], 2)).toEqual([]);
  });
  it('names the field of a page without citations, a section without a source, and a number past the list', () => {
    expect(citationProblems(headings, undefined, 2)).toEqual([{ field: 'citations', message: 'missing; each of the 2 sections must name the sources it rests on' }]);
    expect(citationProblems(headings, [[1], []], 2)).toEqual([{ field: 'citations[1]', message: 'the section "Second" names no source' }]);
    expect(citationProblems(headings, [[3]], 2)).toEqual([
      { field: 'citations', message: '1 entries for 2 sections (one per "##" section, in order)' },
      { field: 'citations[0]', message: 'the section "First" cites source 3, but the page has 2' },
      { field: 'citations[1]', message: 'the section "Second" names no source' },
    ]);
  });
  it('asks for a recheck of a rule source older than two years', () => {
    expect(needsRecheck(new Date('2024-12-01'), new Date('2026-12-05'))).toBe(true);
    expect(needsRecheck(new Date('2025-06-01'), new Date('2026-12-05'))).toBe(false);
  });
});

describe('sections without an outside fact', () => {
  it('may say "no-facts" instead of citing', () => {
    expect(citationProblems(['About Wegwijs', 'Rules'], ['no-facts', [1]], 1)).toEqual([]);
  });
});

describe('the date a source shows', () => {
  it('reads it from the title as writers give it', () => {
    expect(titleDate('Accountancy van Morgen, Sekswerkers kunnen makkelijker zakelijke rekening openen (24 November 2023)')?.toISOString().slice(0, 10)).toBe('2023-11-24');
    expect(titleDate('DUIC, Utrecht stelt nu formeel voor (April 2024)')?.toISOString().slice(0, 10)).toBe('2024-04-30');
    expect(titleDate('Zuid-Limburg Nieuws, Gemeente gaat extra controleren (2021)')?.toISOString().slice(0, 10)).toBe('2021-12-31');
    expect(titleDate('Kifid, Veelgestelde vragen')).toBeUndefined();
    expect(titleDate('Politie, Artikel 273 (no date shown)')).toBeUndefined();
  });
  it('prefers published, then the title, then the seed document date', () => {
    expect(sourceDate({ published: new Date('2025-01-01'), title: 'X (2019)' }, {})?.getUTCFullYear()).toBe(2025);
    expect(sourceDate({ title: 'X (2019)' }, {})?.getUTCFullYear()).toBe(2019);
    expect(sourceDate({ seed: '003' }, { '003': '2020-03-24' })?.getUTCFullYear()).toBe(2020);
    expect(sourceDate({ seed: '001' }, { '001': undefined })).toBeUndefined();
  });
});
