import { describe, expect, it } from 'vitest';
import { contactSchema, phoneMessage, topicSchema } from '../../lib/build/schemas';
import { translationStatus } from '../../lib/translation-status';
import { localeCodes, masterLocale } from '../../lib/locales';
import { describeProblems, formatCitations, parseCitations, pruneEmpty, topicLocaleFromPath, translationState, validationProblems } from './editor-logic';

describe('sources per section, as the editor types them', () => {
  it('round-trips numbers and no-facts, one line per section', () => {
    const citations = [[1, 4], 'no-facts', [2, 5, 6]];
    expect(formatCitations(citations)).toBe('1, 4\nno-facts\n2, 5, 6');
    expect(parseCitations(formatCitations(citations))).toEqual({ ok: true, value: citations });
  });

  it('accepts spaces or commas and a trailing empty line; an empty field means none', () => {
    expect(parseCitations('1 3,4\nNO-FACTS\n\n')).toEqual({ ok: true, value: [[1, 3, 4], 'no-facts'] });
    expect(parseCitations('  \n')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a line that is neither, naming it', () => {
    expect(parseCitations('1, 2\nsee above')).toEqual({ ok: false, message: expect.stringContaining('Line 2 ("see above")') });
    expect(parseCitations('0')).toMatchObject({ ok: false });
    expect(parseCitations('\n1')).toMatchObject({ ok: false, message: expect.stringContaining('Line 1') });
  });
});

describe('what the saved file leaves out', () => {
  it('drops empty text, lists and objects, keeps false and 0', () => {
    expect(pruneEmpty({ a: '', b: [], c: { d: '', e: [''] }, f: false, g: 0, h: ['x', ''] })).toEqual({ f: false, g: 0, h: ['x'] });
    expect(pruneEmpty({ a: { b: '' } })).toBeUndefined();
  });
});

describe('translation status in the editor', () => {
  const path = (locale: string) => `src/content/topics/${locale}/banks.md`;
  const version = (extra: Record<string, unknown>) => ({ title: 'A title', ...extra });

  it('reads the language from the path', () => {
    expect(topicLocaleFromPath('src/content/topics/ro/banks.md')).toBe('ro');
    expect(topicLocaleFromPath('src/content/contacts/acm.yaml')).toBeUndefined();
    expect(topicLocaleFromPath('src/content/topics/xx/banks.md')).toBeUndefined();
  });

  it('on a translation: outdated until it was made from the master\'s revision, as the build decides', () => {
    for (const [masterRevision, from] of [[1, undefined], [2, 1], [2, 2], [3, 4], [undefined, 1]] as const) {
      const entry = { path: path('nl'), data: version({}), i18n: { en: { data: version(masterRevision === undefined ? {} : { revision: masterRevision }) } } };
      const value = from === undefined ? undefined : { source: 'en', revision: from };
      const state = translationState(entry, value);
      const build = translationStatus({ revision: masterRevision }, { translation: value as { source: 'en'; revision: number } | undefined }, 'nl');
      expect(state.kind, `${masterRevision}/${from}`).toBe(build === 'complete' ? 'current' : 'outdated');
    }
  });

  it('on the master: every other language, missing when it has no title yet', () => {
    const entry = {
      path: path(masterLocale),
      data: version({ revision: 3 }),
      i18n: { nl: { data: version({ translation: { source: 'en', revision: 3 } }) }, de: { data: version({ translation: { source: 'en', revision: 2 } }) }, es: { data: { title: '' } } },
    };
    const state = translationState(entry, undefined);
    expect(state.kind).toBe('master');
    if (state.kind !== 'master') return;
    expect(state.languages.map((language) => language.locale)).toEqual(localeCodes.filter((code) => code !== masterLocale));
    const byLocale = Object.fromEntries(state.languages.map(({ locale, status }) => [locale, status]));
    expect(byLocale).toMatchObject({ nl: 'current', de: 'outdated', es: 'missing', ro: 'missing' });
  });

  it('is unknown for an entry that is not a topic file yet', () => {
    expect(translationState(undefined, undefined)).toEqual({ kind: 'unknown' });
    expect(translationState({ path: '' }, undefined)).toEqual({ kind: 'unknown' });
  });
});

describe('the build\'s checks, in the editor', () => {
  const validTopic = {
    title: 'Banks',
    summary: 'Banks do not always treat sex workers fairly.',
    section: 'work-and-money',
    order: 1,
    audience: ['sex-worker'],
    reviewed: '2026-12-05',
    sources: [{ title: 'Kifid, FAQ', url: 'https://www.kifid.nl/veelgestelde-vragen/', read: '2026-12-05' }],
  };

  it('a valid page passes with the form\'s values (dates as text)', () => {
    expect(validationProblems(topicSchema, validTopic, 'en')).toEqual([]);
  });

  it('a page without sources, or a web source without its read date, gets the build\'s message', () => {
    const { sources: _sources, ...withoutSources } = validTopic;
    expect(validationProblems(topicSchema, withoutSources, 'en')).toEqual([{ locale: 'en', field: 'sources', message: 'A page needs at least one source' }]);
    const undated = { ...validTopic, sources: [{ title: 'Kifid, FAQ', url: 'https://www.kifid.nl/veelgestelde-vragen/' }] };
    expect(validationProblems(topicSchema, undated, 'nl')).toEqual([{ locale: 'nl', field: 'sources.0.read', message: 'A web source needs the date it was read (read: YYYY-MM-DD)' }]);
  });

  it('a contact with a wrong phone number gets the build\'s message', () => {
    const contact = {
      name: 'Test',
      kind: 'health',
      nationwide: true,
      channels: [{ type: 'phone', value: '12345', source: { title: 'Test, contact', url: 'https://example.org/' }, checked: '2026-12-05' }],
      sections: ['health'],
      services: { value: ['sti-testing'], source: { title: 'Test, contact', url: 'https://example.org/' }, checked: '2026-12-05' },
      description: { en: 'Tests for STIs.' },
    };
    expect(validationProblems(contactSchema, contact, '')).toEqual([{ locale: '', field: 'channels.0.value', message: phoneMessage }]);
    expect(validationProblems(contactSchema, { ...contact, channels: [{ ...contact.channels[0], value: '020 626 38 00' }] }, '')).toEqual([]);
  });

  it('names a problem every language shares once', () => {
    const problems = localeCodes.map((locale) => ({ locale, field: 'sources', message: 'A page needs at least one source' }));
    expect(describeProblems(problems, localeCodes.length)).toBe('sources: A page needs at least one source (every language)');
    expect(describeProblems([{ locale: 'nl', field: 'title', message: 'Too short' }, { locale: 'de', field: 'title', message: 'Too short' }], 14)).toBe('title: Too short (nl, de)');
    expect(describeProblems([{ locale: '', field: 'channels.0.value', message: phoneMessage }], 1)).toBe(`channels.0.value: ${phoneMessage}`);
  });
});
