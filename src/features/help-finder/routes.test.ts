import { describe, expect, it } from 'vitest';
import { details, detailsOf, needRoutes, needs, reportRoute, roleNeeds, roles, worriedAdvice, type Route } from './routes';
import { contactsIn, pagesIn } from '../../../tests/unit/content-fixtures';
import { uiStrings } from '../../lib/build/i18n';
import { serviceIds } from '../../lib/services';

/* The routing table points at real pages, organisations and UI strings: a renamed page or a
 * removed organisation must fail here, not leave a reader with an empty answer. */

const allRoutes: [string, Route][] = needs.flatMap((need) => [
  [need, needRoutes[need]] as [string, Route],
  ...detailsOf(need).map((detail) => [`${need}/${detail}`, needRoutes[need].details![detail]!] as [string, Route]),
]);
const slugs = new Set(pagesIn('en').map((page) => page.slug));
const contacts = contactsIn('en');

describe('help finder routes', () => {
  it.each(allRoutes)('%s leads to pages that exist', (_, route) => {
    const named = [...route.pages, ...Object.values(route.rolePages ?? {}).flat()];
    expect(named.length).toBeGreaterThan(0);
    for (const slug of named) expect(slugs, slug).toContain(slug);
  });

  it.each(allRoutes)('%s names services some organisation gives', (_, route) => {
    for (const tiers of [route.services, ...Object.values(route.roleServices ?? {})]) {
      for (const service of tiers.flat()) expect(contacts.some((contact) => contact.services.includes(service)), service).toBe(true);
    }
  });

  it('names organisations that exist, with the phone numbers the answer shows', () => {
    for (const id of [...Object.values(reportRoute), worriedAdvice]) expect(contacts.find((contact) => contact.id === id)?.phone, id).toBeTruthy();
  });

  it('asks every role at least two needs, each need of some role, and each detail of some need', () => {
    for (const role of roles) expect(roleNeeds[role].length).toBeGreaterThanOrEqual(2);
    for (const need of needs) expect(roles.some((role) => roleNeeds[role].includes(need)), need).toBe(true);
    for (const detail of details) expect(needs.some((need) => detailsOf(need).includes(detail)), detail).toBe(true);
  });

  it('has a label in every language for every need, detail and service', () => {
    const keys = [
      ...needs.map((need) => `help.need.${need}`),
      ...roleNeeds.worried.filter((need) => need !== 'report').map((need) => `help.needWorried.${need}`),
      ...details.map((detail) => `help.detail.${detail}`),
      ...serviceIds.map((service) => `service.${service}`),
    ];
    for (const [locale, strings] of Object.entries(uiStrings)) for (const key of keys) expect(strings[key], `${locale} ${key}`).toBeTruthy();
  });
});
