import { describe, expect, it } from 'vitest';
import { answerPages, pagesFor, rankContacts, type HelpFinderPage } from './ranking';
import type { ContactFacts } from '../directory/contact-facts';

const contact = (id: string, extra: Partial<ContactFacts> = {}): ContactFacts => ({
  id, url: `/en/directory/${id}/`, name: id, description: '', kind: 'social-work', sections: ['health'], cities: [], nationwide: true, ...extra,
});
const page = (slug: string, section: HelpFinderPage['section'], order: number, audience: HelpFinderPage['audience'] = ['sex-worker']): HelpFinderPage => ({
  slug, url: `/en/${section}/${slug}/`, title: slug, summary: '', section, order, audience,
});
// Monday 23 November 2026, 10:00 in Amsterdam (09:00 UTC).
const mondayMorning = new Date(Date.UTC(2026, 10, 23, 9));
const weekdays = { alwaysOpen: false, intervals: [[540, 1020], [1980, 2460], [3420, 3900], [4860, 5340], [6300, 6780]] as [number, number][] };

describe('help finder pages', () => {
  const pages = [page('safer-work', 'safety', 1), page('danger-now', 'safety', 3), page('signs', 'safety', 2), page('report-abuse', 'clients', 1, ['client']), page('sti-test', 'health', 1)];
  it('puts the danger page first for "danger now"', () => {
    expect(pagesFor(pages, { role: 'sex-worker', need: 'danger' }).map((entry) => entry.slug)).toEqual(['danger-now', 'safer-work', 'signs']);
  });
  it('gives a client the report page first', () => {
    expect(pagesFor(pages, { role: 'client', need: 'report' })[0]?.slug).toBe('report-abuse');
  });
  it('keeps to the sections of the need', () => {
    expect(pagesFor(pages, { role: 'sex-worker', need: 'health' }).map((entry) => entry.slug)).toEqual(['sti-test']);
  });
  it('adds a page from another section that says it serves the need, after the section\'s own pages', () => {
    const fines = { ...page('fines-and-objecting', 'rights', 8), needs: ['money' as const] };
    const money = [page('kvk', 'work-and-money', 1), page('tax', 'work-and-money', 3), fines, page('legal-work', 'rights', 1)];
    expect(pagesFor(money, { role: 'sex-worker', need: 'money' }).map((entry) => entry.slug)).toEqual(['kvk', 'tax', 'fines-and-objecting']);
    expect(pagesFor(money, { role: 'sex-worker', need: 'rights' }).map((entry) => entry.slug)).toEqual(['legal-work', 'fines-and-objecting']);
  });
  it('lists every page on the need: a few to read first, the rest as more links', () => {
    const rights = Array.from({ length: 7 }, (_, index) => page(`rights-${index + 1}`, 'rights', index + 1));
    const { first, more } = answerPages([...rights, page('sti-test', 'health', 1)], { role: 'sex-worker', need: 'rights' });
    expect(first.map((entry) => entry.slug)).toEqual(['rights-1', 'rights-2', 'rights-3', 'rights-4']);
    expect(more.map((entry) => entry.slug)).toEqual(['rights-5', 'rights-6', 'rights-7']);
  });
});

describe('help finder organisations', () => {
  const contacts = [
    contact('national'),
    contact('local-amsterdam', { nationwide: false, cities: ['amsterdam'] }),
    contact('local-utrecht', { nationwide: false, cities: ['utrecht'] }),
    contact('romanian', { languages: ['ro', 'nl'] }),
    contact('anonymous-free', { anonymous: true, free: true }),
    contact('emergency', { kind: 'emergency' }),
    contact('money', { sections: ['work-and-money'] }),
    contact('open-now', { schedule: weekdays }),
  ];
  const ids = (answers: Parameters<typeof rankContacts>[1], limit = 10) => rankContacts(contacts, answers, mondayMorning, limit).map((entry) => entry.contact.id);

  it('ranks help in her city first and leaves out other cities', () => {
    const found = ids({ role: 'sex-worker', need: 'health', city: 'amsterdam' });
    expect(found[0]).toBe('local-amsterdam');
    expect(found).not.toContain('local-utrecht');
  });
  it('ranks her language next, then anonymous and free', () => {
    const found = ids({ role: 'sex-worker', need: 'health', language: 'ro' });
    expect(found.slice(0, 2)).toEqual(['romanian', 'anonymous-free']);
  });
  it('never ranks emergency services among the rest, and keeps to the need', () => {
    const found = ids({ role: 'sex-worker', need: 'health' });
    expect(found).not.toContain('emergency');
    expect(found).not.toContain('money');
  });
  it('prefers an organisation that is open now over an equal one that is closed', () => {
    const found = ids({ role: 'sex-worker', need: 'health' });
    expect(found.indexOf('open-now')).toBeLessThan(found.indexOf('national'));
  });
  it('shows all cities when she would rather not say', () => {
    expect(ids({ role: 'sex-worker', need: 'health' })).toEqual(expect.arrayContaining(['local-amsterdam', 'local-utrecht']));
  });
});
