import { describe, expect, it } from 'vitest';
import { answerPages, cityAnswer, rankContacts, type Answers } from './ranking';
import { citiesIn, contactsIn, pagesIn } from '../../../tests/unit/content-fixtures';
import type { Locale } from '../../lib/locales';

/*
 * Written scenarios: a person, her answers, and what a good answer must (and must not) give her,
 * run on the real content in her language. They are the floor of the help finder's quality:
 * each one comes from a way it answered wrong before, or from what a page and a contact say.
 * `WEGWIJS_PRINT_SCENARIOS=1 npx vitest run scenarios` prints each answer as a table.
 */

interface Scenario {
  who: string;
  locale: Locale;
  answers: Answers;
  /** The page that must be read first, by slug. */
  firstPage: string;
  /** Organisations that must be among the first `within` (default 3), in any order. */
  firstContacts?: string[];
  within?: number;
  /** The organisation that must come first. */
  topContact?: string;
  /** Organisations that must not appear at all in the answer. */
  never?: string[];
  /** What the answer must say about her place. */
  city?: 'rules-known' | 'no-rule-known' | 'link-only' | 'other';
}

// A Wednesday at 10:00 in Amsterdam: some organisations are open, some are not.
const now = new Date(Date.UTC(2026, 11, 2, 9));
const exitCare = ['p-g292', 'regenboog-groep', 'scharlaken-koord', 'leger-des-heils', 'spirit'];

const scenarios: Scenario[] = [
  {
    who: 'A client in Amsterdam who wants to report abuse',
    locale: 'nl',
    answers: { role: 'client', need: 'report', city: 'amsterdam', language: 'nl' },
    firstPage: 'report-abuse',
    firstContacts: ['meld-misdaad-anoniem', 'police'],
    within: 2,
    never: exitCare,
  },
  {
    who: 'A worker in Utrecht with a question about her rights, reading Romanian',
    locale: 'ro',
    answers: { role: 'sex-worker', need: 'rights', city: 'utrecht', language: 'ro' },
    firstPage: 'legal-work',
    firstContacts: ['belle', 'proud'],
    within: 5,
    never: ['seksworks', 'fier', 'humanitas-rotterdam'],
    city: 'rules-known',
  },
  {
    who: 'A worker in Leeuwarden who wants an STI test, reading Bulgarian',
    locale: 'bg',
    answers: { role: 'sex-worker', need: 'health', detail: 'sti', city: 'leeuwarden', language: 'bg' },
    firstPage: 'sti-test',
    topContact: 'xenia',
    firstContacts: ['xenia', 'ggd-sexual-health'],
    within: 2,
    never: ['113-zelfmoordpreventie', 'p-g292'],
    city: 'link-only',
  },
  {
    who: 'A worker in Den Haag whose passport the boss keeps, reading Spanish',
    locale: 'es',
    answers: { role: 'sex-worker', need: 'forced', city: 'den-haag', language: 'es' },
    firstPage: 'victim-help',
    topContact: 'comensha',
    never: ['ggd-sexual-health', 'kifid', 'schuldhulproute'],
  },
  {
    who: 'A worker who is forced to work, in Amsterdam, reading Thai',
    locale: 'th',
    answers: { role: 'sex-worker', need: 'forced', city: 'amsterdam', language: 'th' },
    firstPage: 'victim-help',
    firstContacts: ['acm', 'comensha'],
    within: 2,
    never: ['regenboog-groep', 'p-g292'],
  },
  {
    who: 'An outreach worker in Rotterdam, about STI tests for a Romanian reader',
    locale: 'en',
    answers: { role: 'outreach', need: 'health', detail: 'sti', city: 'rotterdam', language: 'ro' },
    firstPage: 'sti-test',
    topContact: 'ggd-sexual-health',
    never: ['humanitas-rotterdam', '113-zelfmoordpreventie'],
  },
  {
    who: 'Someone in Groningen worried that a friend is exploited, reading German',
    locale: 'de',
    answers: { role: 'worried', need: 'forced', city: 'groningen', language: 'de' },
    firstPage: 'signs',
    topContact: 'comensha',
    never: ['ggd-sexual-health', 'proud'],
  },
  {
    who: 'A worker in Eindhoven whose bank closed her account, reading Polish',
    locale: 'pl',
    answers: { role: 'sex-worker', need: 'money', detail: 'bank-kvk', city: 'eindhoven', language: 'pl' },
    firstPage: 'banks',
    topContact: 'kifid',
    firstContacts: ['kifid', 'seksworks'],
    within: 3,
    never: ['comensha', 'ggd-sexual-health'],
  },
  {
    who: 'A worker in Rotterdam with debts, reading Arabic',
    locale: 'ar',
    answers: { role: 'sex-worker', need: 'money', detail: 'debts', city: 'rotterdam', language: 'ar' },
    firstPage: 'debts-housing',
    topContact: 'schuldhulproute',
    never: ['kifid', 'comensha'],
  },
  {
    who: 'A worker in Amsterdam who wants to stop, reading Hungarian',
    locale: 'hu',
    answers: { role: 'sex-worker', need: 'stopping', city: 'amsterdam', language: 'hu' },
    firstPage: 'exit-programmes',
    firstContacts: ['p-g292', 'leger-des-heils', 'regenboog-groep'],
    within: 4,
    never: ['113-zelfmoordpreventie', 'humanitas-rotterdam', 'fier', 'spirit'],
  },
  {
    who: 'A worker blackmailed with her pictures, place not given, reading Ukrainian',
    locale: 'uk',
    answers: { role: 'sex-worker', need: 'violence', detail: 'blackmail', language: 'uk' },
    firstPage: 'blackmail-images',
    topContact: 'helpwanted',
    never: ['ggd-sexual-health', 'centrum-seksueel-geweld'],
  },
  {
    who: 'A worker in Nijmegen who was raped, reading Russian',
    locale: 'ru',
    answers: { role: 'sex-worker', need: 'violence', detail: 'assault', city: 'nijmegen', language: 'ru' },
    firstPage: 'danger-now',
    topContact: 'centrum-seksueel-geweld',
    never: ['helpwanted', 'kifid'],
  },
  {
    who: 'A worker in Tilburg after a check by the city, reading Portuguese',
    locale: 'pt',
    answers: { role: 'sex-worker', need: 'rights', detail: 'checks', city: 'tilburg', language: 'pt' },
    firstPage: 'police-checks',
    firstContacts: ['seksworks', 'juridisch-loket', 'proud'],
    within: 3,
    never: ['belle', 'ggd-sexual-health'],
    city: 'rules-known',
  },
  {
    who: 'A worker in Arnhem who feels low, reading Chinese',
    locale: 'zh',
    answers: { role: 'sex-worker', need: 'health', detail: 'mental', city: 'arnhem', language: 'zh' },
    firstPage: 'mental-health',
    topContact: '113-zelfmoordpreventie',
    never: ['kifid', 'meld-misdaad-anoniem'],
  },
  {
    who: 'A client who is not sure something was wrong, place not given',
    locale: 'en',
    answers: { role: 'client', need: 'signs' },
    firstPage: 'signs',
    firstContacts: ['comensha', 'meld-misdaad-anoniem'],
    within: 2,
    never: exitCare,
  },
  {
    who: 'A worker in a place without a city page, about her licence',
    locale: 'nl',
    answers: { role: 'sex-worker', need: 'rights', detail: 'city-rules', city: 'other', language: 'nl' },
    firstPage: 'local-rules',
    topContact: 'proud',
    never: ['belle', 'seksworks', 'fier', 'p-g292'],
    city: 'other',
  },
  {
    who: 'A worker in Heerlen in danger now, reading Romanian',
    locale: 'ro',
    answers: { role: 'sex-worker', need: 'danger', city: 'heerlen', language: 'ro' },
    firstPage: 'danger-now',
    topContact: 'police',
    never: ['ggd-sexual-health', 'kifid', 'emergency-112'],
  },
];

const printed: string[] = [];

describe('help finder scenarios on the real content', () => {
  it('cover at least 12 scenarios, 6 languages and 5 cities', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    expect(new Set(scenarios.map((scenario) => scenario.locale)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(scenarios.map((scenario) => scenario.answers.city).filter((city) => city && city !== 'other')).size).toBeGreaterThanOrEqual(5);
  });

  for (const scenario of scenarios) {
    it(scenario.who, () => {
      const pages = pagesIn(scenario.locale);
      const contacts = contactsIn(scenario.locale);
      const { first } = answerPages(pages, scenario.answers);
      const ranked = rankContacts(contacts, scenario.answers, now).map((entry) => entry.contact.id);
      printed.push(`| ${scenario.who} | ${scenario.locale} | ${first[0] ? `${first[0].slug}: ${first[0].title}` : '—'} | ${ranked.slice(0, 3).map((id) => contacts.find((contact) => contact.id === id)?.name).join('; ')} |`);

      expect(first[0]?.slug).toBe(scenario.firstPage);
      if (scenario.topContact) expect(ranked[0]).toBe(scenario.topContact);
      for (const id of scenario.firstContacts ?? []) expect(ranked.slice(0, scenario.within ?? 3)).toContain(id);
      for (const id of scenario.never ?? []) expect(ranked).not.toContain(id);
      if (scenario.city) {
        const answer = cityAnswer(citiesIn(scenario.locale), scenario.answers);
        const kind =
          answer.kind === 'city' ? (answer.bearsOnNeed ? (answer.known ? 'rules-known' : 'no-rule-known') : 'link-only') : answer.kind;
        expect(kind).toBe(scenario.city);
      }
    });
  }

  it.runIf(process.env.WEGWIJS_PRINT_SCENARIOS)('prints the answers', () => {
    console.log(['| scenario | language | first page | first three organisations |', '|---|---|---|---|', ...printed].join('\n'));
  });
});
