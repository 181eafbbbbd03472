import type { SectionId } from '../../lib/sections.ts';
import type { ServiceId } from '../../lib/services.ts';

/**
 * The help finder's routing table: who may ask what, and where each need leads — the pages that
 * answer it, the services an organisation must give to be shown for it, and the city rules that
 * matter. Plain data, so the table is read (and reviewed) in one place and the ranking stays
 * small. Page slugs are checked against the content by the unit tests.
 */

export const roles = ['sex-worker', 'outreach', 'client', 'worried'] as const;
export type Role = (typeof roles)[number];

/** Needs in the reader's words; a topic's front matter `needs` may name them too. */
export const needs = ['danger', 'health', 'forced', 'violence', 'rights', 'money', 'stopping', 'report', 'signs'] as const;
export type Need = (typeof needs)[number];

/** The second, optional question that narrows a broad need. */
export const details = [
  'sti',
  'contraception',
  'mental',
  'insurance',
  'checks',
  'city-rules',
  'landlord',
  'bank-kvk',
  'tax',
  'debts',
  'assault',
  'blackmail',
  'partner',
] as const;
export type Detail = (typeof details)[number];

/** The needs each role is asked about, in the order they are offered. */
export const roleNeeds: Record<Role, readonly Need[]> = {
  'sex-worker': ['danger', 'health', 'forced', 'violence', 'rights', 'money', 'stopping'],
  // An outreach worker asks on behalf of the person she helps: the same needs.
  outreach: ['danger', 'health', 'forced', 'violence', 'rights', 'money', 'stopping'],
  client: ['danger', 'report', 'signs'],
  worried: ['danger', 'forced', 'violence', 'stopping', 'health', 'report'],
};

/** City rule ids (src/lib/build/schemas.ts `cityRuleIds`) a route may point to. */
type CityRuleId = 'licensedForms' | 'minimumAge' | 'workingFromHome' | 'intake' | 'registration';

/** Where one need (or one narrowed need) leads. */
export interface Route {
  /** Pages to read first, by slug, best first. */
  pages: readonly string[];
  /** A role that needs other pages first (e.g. someone worried about another person). */
  rolePages?: Partial<Record<Role, readonly string[]>>;
  /**
   * Services that serve the need, in tiers: an organisation giving a service of the first tier
   * comes before any of the second, wherever it is. One giving none of them is not shown.
   */
  services: readonly (readonly ServiceId[])[];
  /** A role that needs other services (e.g. youth care for someone worried about a young person). */
  roleServices?: Partial<Record<Role, readonly (readonly ServiceId[])[]>>;
  /** City rules that bear on the need; the answer says when none of them is known for her city. */
  rules?: readonly CityRuleId[];
}

export interface NeedRoute extends Route {
  /** Sections whose other pages are listed under "more pages" (besides pages naming the need). */
  sections: readonly SectionId[];
  /** The narrower questions, each with its own route; absent when the need is narrow already. */
  details?: Partial<Record<Detail, Route>>;
}

export const needRoutes: Record<Need, NeedRoute> = {
  danger: {
    sections: ['safety'],
    pages: ['danger-now', 'safety-at-work', 'victim-help'],
    services: [['police'], ['trafficking-support', 'shelter', 'domestic-violence-help']],
  },
  health: {
    sections: ['health'],
    pages: ['sti-test', 'safer-work', 'contraception-pregnancy', 'health-insurance'],
    services: [['sti-testing', 'prep'], ['sexual-health-info']],
    details: {
      sti: { pages: ['sti-test', 'safer-work', 'trans-male-non-binary'], services: [['sti-testing', 'prep'], ['sexual-health-info']] },
      contraception: { pages: ['contraception-pregnancy', 'sti-test'], services: [['sexual-health-info'], ['sti-testing']] },
      mental: { pages: ['mental-health', 'drugs'], services: [['crisis-line'], ['social-work', 'peer-support']] },
      insurance: { pages: ['health-insurance', 'bsn'], services: [['social-work'], ['walk-in']] },
    },
  },
  forced: {
    sections: ['safety'],
    pages: ['victim-help', 'your-choice', 'danger-now'],
    rolePages: { worried: ['signs', 'victim-help', 'report-abuse', 'your-choice'] },
    services: [['trafficking-support'], ['exploitation-reports', 'anonymous-tip-line', 'shelter', 'domestic-violence-help'], ['social-work']],
    // The person she worries about may be under 18: youth care is one of the routes then.
    roleServices: { worried: [['trafficking-support'], ['anonymous-tip-line', 'domestic-violence-help', 'youth-help'], ['exploitation-reports', 'social-work']] },
  },
  violence: {
    sections: ['safety'],
    pages: ['danger-now', 'blackmail-images', 'safety-at-work', 'victim-help'],
    services: [['sexual-violence-care', 'domestic-violence-help', 'image-abuse-help'], ['police', 'trafficking-support'], ['social-work']],
    details: {
      assault: { pages: ['danger-now', 'safety-at-work', 'victim-help'], services: [['sexual-violence-care'], ['police'], ['social-work']] },
      blackmail: { pages: ['blackmail-images', 'advertising-online'], services: [['image-abuse-help'], ['police'], ['peer-support', 'social-work']] },
      partner: { pages: ['your-choice', 'victim-help', 'danger-now'], services: [['domestic-violence-help'], ['trafficking-support', 'shelter'], ['social-work']] },
    },
  },
  rights: {
    sections: ['rights'],
    pages: ['legal-work', 'local-rules', 'working-from-home', 'police-checks'],
    services: [['peer-support', 'legal-advice'], ['social-work']],
    rules: ['licensedForms', 'minimumAge', 'workingFromHome', 'intake', 'registration'],
    details: {
      checks: {
        pages: ['police-checks', 'fines-and-objecting', 'privacy-rights'],
        services: [['legal-advice', 'peer-support'], ['government-complaints', 'social-work']],
        rules: ['licensedForms', 'workingFromHome'],
      },
      'city-rules': {
        pages: ['local-rules', 'legal-work', 'age', 'working-from-home'],
        services: [['peer-support', 'social-work'], ['legal-advice']],
        rules: ['licensedForms', 'minimumAge', 'intake', 'registration'],
      },
      landlord: {
        pages: ['operators', 'working-from-home', 'complaints'],
        services: [['legal-advice', 'peer-support'], ['exploitation-reports', 'social-work']],
        rules: ['workingFromHome', 'licensedForms'],
      },
    },
  },
  money: {
    sections: ['work-and-money'],
    pages: ['kvk', 'tax', 'banks', 'debts-housing'],
    services: [['business-advice', 'debt-help', 'financial-complaints'], ['peer-support', 'social-work']],
    details: {
      'bank-kvk': { pages: ['banks', 'kvk', 'bsn', 'from-the-eu'], services: [['financial-complaints', 'business-advice'], ['peer-support']] },
      tax: { pages: ['tax', 'bookkeeping-vat', 'kvk'], services: [['business-advice'], ['peer-support', 'legal-advice']] },
      debts: { pages: ['debts-housing', 'money-when-you-stop'], services: [['debt-help'], ['social-work']] },
    },
  },
  stopping: {
    sections: ['stopping'],
    pages: ['exit-programmes', 'exit-steps', 'money-when-you-stop', 'other-work'],
    services: [['exit-support'], ['debt-help', 'social-work']],
  },
  report: {
    sections: ['clients'],
    pages: ['report-abuse', 'after-reporting', 'signs'],
    services: [['anonymous-tip-line', 'police'], ['trafficking-support', 'exploitation-reports']],
  },
  signs: {
    sections: ['clients'],
    pages: ['signs', 'licence-and-age', 'report-abuse'],
    services: [['trafficking-support', 'anonymous-tip-line'], ['police']],
  },
};

/** The narrower questions a need has, in order; empty when there is none. */
export function detailsOf(need: Need): Detail[] {
  return details.filter((detail) => needRoutes[need].details?.[detail] !== undefined);
}

/** The route for a need, narrowed by the detail when it belongs to that need. */
export function routeFor(need: Need, detail?: Detail): Route {
  const route = needRoutes[need];
  return (detail && route.details?.[detail]) || route;
}

/** The page a need leads to without JavaScript: its first page. */
export function firstPageOf(need: Need): string {
  return needRoutes[need].pages[0]!;
}

/**
 * The organisations a client's report route names, by contact id: numbers and names come from
 * their files in src/content/contacts/, so they are sourced and checked there.
 */
export const reportRoute = {
  acute: 'emergency-112',
  anonymous: 'meld-misdaad-anoniem',
  police: 'police',
  /** A first step that is not a report to the police. */
  askFirst: 'comensha',
} as const;

/** Where someone worried about another person can get advice for herself, by contact id. */
export const worriedAdvice = 'veilig-thuis';

/** What the advice for someone worried about another person rests on (read 2026-12-05). */
export const worriedAdviceSources = [
  // "Luister … geen domme dingen roepen als: 'Je kon toch weggaan?!'": listen without judging.
  { title: 'Fier, Mensenhandel. Wat doe jij?', url: 'https://www.fier.nl/mensenhandel-wat-doe-jij/' },
  // 24/7 on 0800-2000, also when you doubt; anonymous advice, no personal data recorded.
  { title: 'Veilig Thuis Utrecht, Mensenhandel', url: 'https://www.veiligthuisutrecht.nl/2018/12/14/seminar-binnenlandse-mensenhandel/' },
] as const;
