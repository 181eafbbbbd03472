import { describe, expect, it } from 'vitest';
import { answerPages, cityAnswer, inLanguage, pagesFor, rankContacts, type HelpFinderCity, type HelpFinderPage } from './ranking';
import type { ContactFacts } from '../directory/contact-facts';

const contact = (id: string, extra: Partial<ContactFacts> = {}): ContactFacts => ({
  id, url: `/en/directory/${id}/`, name: id, description: '', kind: 'social-work', sections: ['health'], services: ['sti-testing'], cities: [], nationwide: true, ...extra,
});
const page = (slug: string, section: HelpFinderPage['section'], order: number, audience: HelpFinderPage['audience'] = ['sex-worker']): HelpFinderPage => ({
  slug, url: `/en/${section}/${slug}/`, title: slug, summary: '', section, order, audience,
});
// Monday 23 November 2026, 10:00 in Amsterdam (09:00 UTC).
const mondayMorning = new Date(Date.UTC(2026, 10, 23, 9));
const weekdays = { alwaysOpen: false, intervals: [[540, 1020], [1980, 2460], [3420, 3900], [4860, 5340], [6300, 6780]] as [number, number][] };

describe('help finder pages', () => {
  const pages = [
    page('safety-at-work', 'safety', 4), page('danger-now', 'safety', 3, ['sex-worker', 'client']), page('your-choice', 'safety', 1),
    page('report-abuse', 'clients', 1, ['client']), page('signs', 'clients', 2, ['client']), page('sti-test', 'health', 1),
    page('safer-work', 'health', 2), page('drugs', 'health', 4), page('mental-health', 'health', 3),
  ];
  const slugs = (answers: Parameters<typeof pagesFor>[1]) => pagesFor(pages, answers).map((entry) => entry.slug);

  it('puts the route\'s own pages first, in its order', () => {
    expect(slugs({ role: 'sex-worker', need: 'danger' }).slice(0, 2)).toEqual(['danger-now', 'safety-at-work']);
    expect(slugs({ role: 'sex-worker', need: 'health' }).slice(0, 2)).toEqual(['sti-test', 'safer-work']);
  });
  it('narrows by the detail she chose', () => {
    expect(slugs({ role: 'sex-worker', need: 'health', detail: 'mental' }).slice(0, 2)).toEqual(['mental-health', 'drugs']);
  });
  it('gives a client only pages for clients first', () => {
    expect(slugs({ role: 'client', need: 'danger' })[0]).toBe('danger-now');
    expect(slugs({ role: 'client', need: 'report' })).toEqual(['report-abuse', 'signs']);
  });
  it('gives someone worried about another person the signs first', () => {
    expect(slugs({ role: 'worried', need: 'forced' })[0]).toBe('signs');
  });
  it('adds a page from another section that says it serves the need, after the section\'s own pages', () => {
    const fines = { ...page('fines-and-objecting', 'rights', 8), needs: ['money' as const] };
    const money = [page('pension', 'work-and-money', 7), fines, page('legal-work', 'rights', 1)];
    expect(pagesFor(money, { role: 'sex-worker', need: 'money' }).map((entry) => entry.slug)).toEqual(['pension', 'fines-and-objecting']);
  });
  it('lists every page on the need: a few to read first, the rest as more links', () => {
    const rights = Array.from({ length: 7 }, (_, index) => page(`rights-${index + 1}`, 'rights', index + 1));
    const { first, more } = answerPages([...rights, page('sti-test', 'health', 1)], { role: 'sex-worker', need: 'rights' });
    expect(first.map((entry) => entry.slug)).toEqual(['rights-1', 'rights-2', 'rights-3', 'rights-4']);
    expect(more.map((entry) => entry.slug)).toEqual(['rights-5', 'rights-6', 'rights-7']);
  });
  it('finds a page in another language at the same path', () => {
    expect(inLanguage('/en/health/sti-test/', 'ro')).toBe('/ro/health/sti-test/');
  });
});

describe('help finder organisations', () => {
  const contacts = [
    contact('national'),
    contact('local-amsterdam', { nationwide: false, cities: ['amsterdam'] }),
    contact('local-utrecht', { nationwide: false, cities: ['utrecht'] }),
    contact('romanian', { languages: ['ro', 'nl'] }),
    contact('anonymous-free', { anonymous: true, free: true }),
    contact('emergency', { kind: 'emergency', services: ['emergency'] }),
    contact('money', { sections: ['work-and-money'], services: ['debt-help'] }),
    contact('open-now', { schedule: weekdays }),
    contact('info', { services: ['sexual-health-info'] }),
    contact('crisis', { sections: ['health'], services: ['crisis-line'], anonymous: true, free: true }),
    contact('info-amsterdam', { nationwide: false, cities: ['amsterdam'], services: ['sexual-health-info'] }),
  ];
  const ids = (answers: Parameters<typeof rankContacts>[1], limit = 20) => rankContacts(contacts, answers, mondayMorning, limit).map((entry) => entry.contact.id);

  it('shows only organisations that give a service of the need, however local or well rated', () => {
    const found = ids({ role: 'sex-worker', need: 'health', detail: 'sti', city: 'amsterdam' });
    expect(found).not.toContain('crisis');
    expect(found).not.toContain('money');
    expect(found).not.toContain('emergency');
  });
  it('ranks what an organisation does for the need before where it is', () => {
    const found = ids({ role: 'sex-worker', need: 'health', detail: 'sti', city: 'amsterdam' });
    expect(found.indexOf('national')).toBeLessThan(found.indexOf('info-amsterdam'));
  });
  it('ranks help in her city first within a tier and leaves out other cities', () => {
    const found = ids({ role: 'sex-worker', need: 'health', city: 'amsterdam' });
    expect(found[0]).toBe('local-amsterdam');
    expect(found).not.toContain('local-utrecht');
  });
  it('ranks her language next, then anonymous and free', () => {
    const found = ids({ role: 'sex-worker', need: 'health', language: 'ro' });
    expect(found.slice(0, 2)).toEqual(['romanian', 'anonymous-free']);
  });
  it('prefers an organisation that is open now over an equal one that is closed', () => {
    const found = ids({ role: 'sex-worker', need: 'health' });
    expect(found.indexOf('open-now')).toBeLessThan(found.indexOf('national'));
  });
  it('without a city, puts help in the whole country before help in one city, and still lists the latter', () => {
    const found = ids({ role: 'sex-worker', need: 'health' });
    expect(found).toEqual(expect.arrayContaining(['local-amsterdam', 'local-utrecht']));
    expect(found.indexOf('info')).toBeLessThan(found.indexOf('local-amsterdam'));
  });
  it('for "another place", shows only help in the whole country', () => {
    const found = ids({ role: 'sex-worker', need: 'health', city: 'other' });
    expect(found).not.toContain('local-amsterdam');
    expect(found).toContain('national');
  });
  it('says which of the need\'s services each organisation gives, best tier first', () => {
    const [ranked] = rankContacts([contact('both', { services: ['sexual-health-info', 'prep', 'sti-testing'] })], { role: 'sex-worker', need: 'health' }, mondayMorning);
    expect(ranked?.matched).toEqual(['sti-testing', 'prep', 'sexual-health-info']);
    expect(ranked?.tier).toBe(0);
  });
});

describe('help finder city answer', () => {
  const cities: HelpFinderCity[] = [
    { id: 'utrecht', name: 'Utrecht', url: '/en/cities/utrecht/', rules: { licensedForms: 2025, minimumAge: 2023 } },
    { id: 'assen', name: 'Assen', url: '/en/cities/assen/', rules: {} },
  ];
  it('links her city and says how old the rules on her need are', () => {
    expect(cityAnswer(cities, { role: 'sex-worker', need: 'rights', detail: 'city-rules', city: 'utrecht' })).toMatchObject({ kind: 'city', known: true, year: 2023 });
  });
  it('says when no local rule on her need is known', () => {
    expect(cityAnswer(cities, { role: 'sex-worker', need: 'rights', city: 'assen' })).toMatchObject({ kind: 'city', bearsOnNeed: true, known: false });
    expect(cityAnswer(cities, { role: 'sex-worker', need: 'rights', detail: 'landlord', city: 'utrecht' })).toMatchObject({ kind: 'city', known: true, year: 2025 });
  });
  it('only links the city where no rule bears on the need', () => {
    expect(cityAnswer(cities, { role: 'sex-worker', need: 'health', city: 'utrecht' })).toMatchObject({ kind: 'city', bearsOnNeed: false });
  });
  it('answers "another place" and no place', () => {
    expect(cityAnswer(cities, { role: 'sex-worker', need: 'rights', city: 'other' })).toEqual({ kind: 'other' });
    expect(cityAnswer(cities, { role: 'sex-worker', need: 'rights' })).toEqual({ kind: 'none' });
    expect(cityAnswer(cities, { role: 'sex-worker', need: 'rights', city: 'atlantis' })).toEqual({ kind: 'none' });
  });
});
