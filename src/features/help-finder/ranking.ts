import type { SectionId } from '../../lib/sections.ts';
import type { ServiceId } from '../../lib/services.ts';
import type { ContactFacts } from '../directory/contact-facts.ts';
import { isOpenNow } from '../directory/opening-status.ts';
import { needRoutes, routeFor, type Detail, type Need, type Role } from './routes.ts';

/**
 * The help finder's answer: which pages to read and which organisations to contact, from a few
 * answers. Pure, so the ranking is tested on written scenarios and runs the same in the phone.
 * Where each need leads is in routes.ts; this file only orders what the routes allow.
 */


/** `city` when she chose "another place": no city page, only help in the whole country. */
export const otherPlace = 'other';

export interface Answers {
  role: Role;
  need: Need;
  /** The narrower question, when the need has one and she chose it. */
  detail?: Detail;
  /** A city id, `otherPlace`, or undefined for "rather not say". */
  city?: string;
  /** An ISO 639-1 code, or undefined for any language. For outreach: the language of the person she helps. */
  language?: string;
}

/** A topic page as the help finder ranks it. */
export interface HelpFinderPage {
  slug: string;
  url: string;
  title: string;
  summary: string;
  section: SectionId;
  order: number;
  audience: ('sex-worker' | 'outreach' | 'client')[];
  /** Needs the page answers besides those of its own section (its front matter's `needs`). */
  needs?: Need[];
}

/** The page audiences that fit each role; someone worried reads what a sex worker or client would. */
const roleAudiences: Record<Role, HelpFinderPage['audience']> = {
  'sex-worker': ['sex-worker'],
  outreach: ['outreach', 'sex-worker'],
  client: ['client'],
  worried: ['sex-worker', 'client'],
};

function fitsRole(page: HelpFinderPage, role: Role): boolean {
  return page.audience.some((audience) => roleAudiences[role].includes(audience));
}

/** True when a page is about the need: in one of the need's sections, or says it serves it. */
function aboutNeed(page: HelpFinderPage, need: Need): boolean {
  return needRoutes[need].sections.includes(page.section) || (page.needs ?? []).includes(need);
}

/**
 * Every page for the answers, best first: the route's own pages in its order, then the other
 * pages on the need that fit her role (in section order), then those for other readers.
 */
function rankPages(pages: HelpFinderPage[], answers: Answers): HelpFinderPage[] {
  const route = routeFor(answers.need, answers.detail);
  const chosen = route.rolePages?.[answers.role] ?? route.pages;
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  const first = chosen.map((slug) => bySlug.get(slug)).filter((page): page is HelpFinderPage => page !== undefined && fitsRole(page, answers.role));
  const sections = needRoutes[answers.need].sections;
  const sectionRank = (page: HelpFinderPage) => (sections.includes(page.section) ? sections.indexOf(page.section) : sections.length);
  const fits = (page: HelpFinderPage) => (fitsRole(page, answers.role) ? 0 : 1);
  const rest = pages
    .filter((page) => !first.includes(page) && aboutNeed(page, answers.need))
    .sort((a, b) => fits(a) - fits(b) || sectionRank(a) - sectionRank(b) || a.order - b.order);
  return [...first, ...rest];
}

/** The pages to read first for the answers (the top of `rankPages`). */
export function pagesFor(pages: HelpFinderPage[], answers: Answers, limit = 4): HelpFinderPage[] {
  return rankPages(pages, answers).slice(0, limit);
}

/**
 * The answer's pages in two lists: a few to read first, with their summaries, and the rest on the
 * need as plain links, so no page on her question is left out of the answer.
 */
export function answerPages(pages: HelpFinderPage[], answers: Answers, readFirst = 4): { first: HelpFinderPage[]; more: HelpFinderPage[] } {
  const ranked = rankPages(pages, answers);
  return { first: ranked.slice(0, readFirst), more: ranked.slice(readFirst) };
}

/** Where an organisation works, seen from her answer. */
type Place = 'her-city' | 'nationwide' | 'elsewhere';

export interface RankedContact {
  contact: ContactFacts;
  /** 0 when it gives a service of the route's first tier, 1 for the second, … */
  tier: number;
  /** The route's services it gives, best tier first: the "why" of the answer. */
  matched: ServiceId[];
  place: Place;
  speaksLanguage: boolean;
  openNow: boolean;
}

/** The best tier of the route's services the organisation gives, or undefined when it gives none. */
function tierOf(contact: ContactFacts, tiers: readonly (readonly ServiceId[])[]): number | undefined {
  const tier = tiers.findIndex((services) => services.some((service) => contact.services.includes(service)));
  return tier === -1 ? undefined : tier;
}

function placeOf(contact: ContactFacts, city: string | undefined): Place {
  if (city && city !== otherPlace && contact.cities.includes(city)) return 'her-city';
  return contact.nationwide ? 'nationwide' : 'elsewhere';
}

/** Lower is better: `her-city` before `nationwide` before `elsewhere`. */
const placeRank: Record<Place, number> = { 'her-city': 0, nationwide: 1, elsewhere: 2 };

/**
 * Organisations for the answers, best first. Only those that give one of the need's services are
 * shown, however close. Then: the tier of what they do for the need, her city, her language,
 * anonymous, free, no papers needed, open now. When she named a place, help only elsewhere is
 * left out; when she did not, help in the whole country comes before help in one city.
 */
export function rankContacts(contacts: ContactFacts[], answers: Answers, now: Date, limit = 5): RankedContact[] {
  const route = routeFor(answers.need, answers.detail);
  const tiers = route.roleServices?.[answers.role] ?? route.services;
  const all = tiers.flat();
  const ranked: RankedContact[] = [];
  for (const contact of contacts) {
    const tier = tierOf(contact, tiers);
    if (tier === undefined) continue;
    const place = placeOf(contact, answers.city);
    if (answers.city && place === 'elsewhere') continue;
    ranked.push({
      contact,
      tier,
      matched: all.filter((service) => contact.services.includes(service)),
      place,
      speaksLanguage: answers.language !== undefined && (contact.languages ?? []).includes(answers.language),
      openNow: contact.schedule ? isOpenNow(contact.schedule, now) : false,
    });
  }
  const flag = (value: boolean | undefined) => (value ? 0 : 1);
  // Where she did not say where she is, help in one city may not reach her: help in the whole
  // country comes first, then that of one city, each in the order of what they do for the need.
  const byPlaceFirst = answers.city === undefined;
  return ranked
    .sort(
      (a, b) =>
        (byPlaceFirst ? placeRank[a.place] - placeRank[b.place] : 0) ||
        a.tier - b.tier ||
        placeRank[a.place] - placeRank[b.place] ||
        flag(a.speaksLanguage) - flag(b.speaksLanguage) ||
        flag(a.contact.anonymous) - flag(b.contact.anonymous) ||
        flag(a.contact.free) - flag(b.contact.free) ||
        flag(a.contact.noPapersNeeded) - flag(b.contact.noPapersNeeded) ||
        flag(a.openNow) - flag(b.openNow) ||
        a.contact.name.localeCompare(b.contact.name, 'nl'),
    )
    .slice(0, limit);
}

/** A city as the help finder knows it: its page and the year of each rule a source gives. */
export interface HelpFinderCity {
  id: string;
  name: string;
  url: string;
  /** Rule id → the year the rule's source describes. */
  rules: Partial<Record<string, number>>;
}

/** What the answer says about her place. */
export type CityAnswer =
  | { kind: 'none' }
  | { kind: 'other' }
  /** `year`: the oldest of the known rules that bear on the need; `known` false when none is known. */
  | { kind: 'city'; city: HelpFinderCity; bearsOnNeed: boolean; known: boolean; year?: number };

export function cityAnswer(cities: HelpFinderCity[], answers: Answers): CityAnswer {
  if (!answers.city) return { kind: 'none' };
  if (answers.city === otherPlace) return { kind: 'other' };
  const city = cities.find((candidate) => candidate.id === answers.city);
  if (!city) return { kind: 'none' };
  const relevant = routeFor(answers.need, answers.detail).rules ?? needRoutes[answers.need].rules;
  if (!relevant) return { kind: 'city', city, bearsOnNeed: false, known: false };
  const years = relevant.map((rule) => city.rules[rule]).filter((year): year is number => year !== undefined);
  return years.length > 0 ? { kind: 'city', city, bearsOnNeed: true, known: true, year: Math.min(...years) } : { kind: 'city', city, bearsOnNeed: true, known: false };
}

/** The page of the answer in another language: the same path with the language swapped. */
export function inLanguage(url: string, language: string): string {
  return url.replace(/^\/[^/]+\//, `/${language}/`);
}
