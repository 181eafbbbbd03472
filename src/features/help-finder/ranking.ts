import type { SectionId } from '../../lib/sections.ts';
import type { ContactFacts } from '../directory/contact-facts.ts';
import { isOpenNow } from '../directory/opening-status.ts';

/**
 * The help finder's answer: which pages to read and which organisations to contact, from a few
 * answers. Pure, so the ranking is tested on a fixed set and runs the same in the phone.
 */

export const roles = ['sex-worker', 'outreach', 'client', 'worried'] as const;
export type Role = (typeof roles)[number];

export const needs = ['health', 'stopping', 'rights', 'money', 'danger', 'report'] as const;
export type Need = (typeof needs)[number];

/** The sections that answer a need, the first one most directly. */
export const needSections: Record<Need, SectionId[]> = {
  health: ['health'],
  stopping: ['stopping'],
  rights: ['rights'],
  money: ['work-and-money'],
  danger: ['safety'],
  report: ['clients', 'safety'],
};

/** The page that answers a need most directly, by slug, where one does: it is always shown first. */
export const needFirstPage: Partial<Record<Need, string>> = {
  danger: 'danger-now',
  report: 'report-abuse',
};

export interface Answers {
  role: Role;
  need: Need;
  /** A city id, or undefined for "rather not say". */
  city?: string;
  /** An ISO 639-1 code, or undefined for any language. */
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

/** True when a page answers the need: it is in one of the need's sections, or says it serves it. */
function servesNeed(page: HelpFinderPage, need: Need): boolean {
  return needSections[need].includes(page.section) || (page.needs ?? []).includes(need);
}

/**
 * Every page for the answers, best first: the need's own first page, pages for her role, pages in
 * the need's sections (in section order), then pages from elsewhere that serve the need.
 */
function rankPages(pages: HelpFinderPage[], answers: Answers): HelpFinderPage[] {
  const sections = needSections[answers.need];
  const audiences = roleAudiences[answers.role];
  const fits = (page: HelpFinderPage) => (page.audience.some((audience) => audiences.includes(audience)) ? 0 : 1);
  const first = (page: HelpFinderPage) => (page.slug === needFirstPage[answers.need] ? 0 : 1);
  const sectionRank = (page: HelpFinderPage) => (sections.includes(page.section) ? sections.indexOf(page.section) : sections.length);
  return pages
    .filter((page) => servesNeed(page, answers.need))
    .sort((a, b) => first(a) - first(b) || fits(a) - fits(b) || sectionRank(a) - sectionRank(b) || a.order - b.order);
}

/** The pages to read first for the answers (the top of `rankPages`). */
export function pagesFor(pages: HelpFinderPage[], answers: Answers, limit = 4): HelpFinderPage[] {
  return rankPages(pages, answers).slice(0, limit);
}

/**
 * The answer's pages in two lists: a few to read first, with their summaries, and the rest that
 * serve the need, as plain links, so no page on her question is left out of the answer.
 */
export function answerPages(pages: HelpFinderPage[], answers: Answers, readFirst = 4): { first: HelpFinderPage[]; more: HelpFinderPage[] } {
  const ranked = rankPages(pages, answers);
  return { first: ranked.slice(0, readFirst), more: ranked.slice(readFirst) };
}

/** Emergency services are always shown first, on their own; they are not ranked with the rest. */
const emergencyKinds = new Set(['emergency']);

export interface RankedContact {
  contact: ContactFacts;
  score: number;
  local: boolean;
  speaksLanguage: boolean;
  openNow: boolean;
}

/**
 * Organisations for the answers, best first: help in her city before national help, then her
 * language, then anonymous, free, no papers needed, and open now. Organisations only in other
 * cities are left out when she named a city.
 */
export function rankContacts(contacts: ContactFacts[], answers: Answers, now: Date, limit = 5): RankedContact[] {
  const sections = needSections[answers.need];
  return contacts
    .filter((contact) => !emergencyKinds.has(contact.kind))
    .filter((contact) => contact.sections.some((section) => sections.includes(section)))
    .filter((contact) => !answers.city || contact.nationwide || contact.cities.includes(answers.city))
    .map((contact): RankedContact => {
      const local = answers.city !== undefined && contact.cities.includes(answers.city);
      const speaksLanguage = answers.language !== undefined && (contact.languages ?? []).includes(answers.language);
      const openNow = contact.schedule ? isOpenNow(contact.schedule, now) : false;
      const score =
        (local ? 16 : 0) +
        (speaksLanguage ? 8 : 0) +
        (contact.anonymous ? 4 : 0) +
        (contact.free ? 2 : 0) +
        (contact.noPapersNeeded ? 2 : 0) +
        (openNow ? 1 : 0) +
        // Helping with the need's first section beats helping with a side one.
        (contact.sections.includes(sections[0]!) ? 1 : 0);
      return { contact, score, local, speaksLanguage, openNow };
    })
    .sort((a, b) => b.score - a.score || a.contact.name.localeCompare(b.contact.name, 'nl'))
    .slice(0, limit);
}
