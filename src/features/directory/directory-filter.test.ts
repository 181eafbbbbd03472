import { describe, expect, it } from 'vitest';
import { filterableFacts, filtersFrom, matchesFilters } from './directory-filter';
import type { ContactFacts } from './contact-facts';

const contact = (id: string, extra: Partial<ContactFacts> = {}): ContactFacts => ({
  id, url: `/en/directory/${id}/`, name: id, description: '', kind: 'social-work', sections: ['health'], services: ['sti-testing'], cities: [], nationwide: true, ...extra,
});
// Monday 23 November 2026, 10:00 in Amsterdam (09:00 UTC).
const mondayMorning = new Date(Date.UTC(2026, 10, 23, 9));
const weekdays = { alwaysOpen: false, intervals: [[540, 1020], [1980, 2460], [3420, 3900], [4860, 5340], [6300, 6780]] as [number, number][] };

describe('directory filters', () => {
  const sunday = new Date(Date.UTC(2026, 10, 22, 12));
  it('filters by city, keeping national organisations', () => {
    expect(matchesFilters(contact('a', { nationwide: false, cities: ['utrecht'] }), { city: 'amsterdam' }, sunday)).toBe(false);
    expect(matchesFilters(contact('b'), { city: 'amsterdam' }, sunday)).toBe(true);
  });
  it('needs a sourced yes for anonymous, free and no papers', () => {
    expect(matchesFilters(contact('a'), { anonymous: true }, sunday)).toBe(false);
    expect(matchesFilters(contact('a', { anonymous: true, free: true, noPapersNeeded: true }), { anonymous: true, free: true, noPapersNeeded: true }, sunday)).toBe(true);
  });
  it('counts unknown hours as not open now', () => {
    expect(matchesFilters(contact('a'), { openNow: true }, mondayMorning)).toBe(false);
    expect(matchesFilters(contact('a', { schedule: weekdays }), { openNow: true }, mondayMorning)).toBe(true);
    expect(matchesFilters(contact('a', { schedule: weekdays }), { openNow: true }, sunday)).toBe(false);
  });
  it('filters by language and section', () => {
    expect(matchesFilters(contact('a', { languages: ['en'] }), { language: 'ro' }, sunday)).toBe(false);
    expect(matchesFilters(contact('a'), { section: 'stopping' }, sunday)).toBe(false);
    expect(matchesFilters(contact('a'), { section: 'health' }, sunday)).toBe(true);
  });
  it('filters by what an organisation does', () => {
    expect(matchesFilters(contact('a'), { service: 'exit-support' }, sunday)).toBe(false);
    expect(matchesFilters(contact('a', { services: ['exit-support', 'walk-in'] }), { service: 'exit-support' }, sunday)).toBe(true);
  });
});

describe('directory filter form', () => {
  it('reads empty choices as no filter and ticked boxes as yes', () => {
    const values = new Map<string, string>([['city', ''], ['section', 'health'], ['service', 'sti-testing'], ['free', 'on']]);
    expect(filtersFrom(values)).toEqual({ city: undefined, language: undefined, section: 'health', service: 'sti-testing', anonymous: false, free: true, noPapersNeeded: false, openNow: false });
  });
});

describe('directory card data', () => {
  it('keeps only what the filters read', () => {
    const facts = filterableFacts(contact('a', { description: 'long text', free: true }));
    expect(Object.keys(facts).sort()).toEqual(['cities', 'free', 'nationwide', 'sections', 'services']);
    expect(matchesFilters(facts, { free: true, city: 'utrecht' }, mondayMorning)).toBe(true);
  });
});
