import { createHash } from 'node:crypto';
import { isValidContactPhone, phoneNumberInText } from './phone.ts';

/**
 * The pure parts of `npm run check:content` and of the content pipeline's rules: finding phone
 * numbers in prose, section citations, links that lead nowhere, the names or numbers of
 * individuals that must never be published, and sources due for a recheck.
 */

/** A phone number as written in text, with where it stands. */
export interface PhoneMention {
  text: string;
  digits: string;
}

/** Phone-like numbers in a text. Years, dates and article numbers are not matched. */
export function findPhoneNumbers(text: string): PhoneMention[] {
  return [...text.matchAll(phoneNumberInText)].map((match) => ({ text: match[0], digits: normalizeDigits(match[0]) }));
}

/** The digits of a number, with +31 written as 0, so "0800-7000" and "+31 800 7000" compare equal. */
export function normalizeDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.startsWith('31') && value.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
}

/** Problems with numbers in prose: not dialable, or not the number of any organisation we list. */
export function phoneProblems(text: string, knownNumbers: Set<string>): string[] {
  return findPhoneNumbers(text).flatMap((mention) => {
    if (!isValidContactPhone(mention.text)) return [`"${mention.text}" is not a valid phone number`];
    if (!knownNumbers.has(mention.digits)) return [`"${mention.text}" is not the number of any organisation in src/content/contacts`];
    return [];
  });
}

/** What a built page offers and points to. */
export interface BuiltPage {
  ids: Set<string>;
  links: string[];
}

/** Internal links whose page or anchor does not exist, as "page → link" lines. */
export function brokenLinks(pages: Map<string, BuiltPage>, assetExists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [pagePath, page] of pages) {
    for (const link of page.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
      const url = new URL(link, `http://site${pagePath}`);
      const targetPath = url.pathname;
      const target = pages.get(targetPath);
      if (!target) {
        if (!assetExists(targetPath)) problems.push(`${pagePath} → ${link}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !target.ids.has(anchor)) problems.push(`${pagePath} → ${link}: no element with id "${anchor}"`);
    }
  }
  return problems;
}

/** The hash under which a forbidden name or number is kept, so the list itself publishes nothing. */
export function fingerprint(value: string): string {
  return createHash('sha256').update(value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}

/**
 * Finds names (one to three words) and digit runs whose fingerprints are on the list.
 * Returns the words found, for the report; the list itself holds only hashes.
 */
export function findIndividuals(text: string, fingerprints: Set<string>): string[] {
  const found = new Set<string>();
  const words = text.normalize('NFKC').match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 1; length <= 3 && start + length <= words.length; length += 1) {
      const phrase = words.slice(start, start + length).join(' ');
      if (fingerprints.has(fingerprint(phrase))) found.add(phrase);
    }
  }
  for (const run of text.match(/\d[\d\s-]{5,}\d/g) ?? []) {
    const digits = run.replace(/\D/g, '');
    for (let start = 0; start < digits.length; start += 1) {
      for (let end = start + 6; end <= digits.length; end += 1) {
        if (fingerprints.has(fingerprint(digits.slice(start, end)))) found.add(digits.slice(start, end));
      }
    }
  }
  return [...found];
}

/** A problem in one field of a page's front matter. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a page's section citations: every `##` section (its heading as rendered)
 * names at least one of the page's sources, by its number in `sources`.
 */
export function citationProblems(headings: string[], citations: (number[] | 'no-facts')[] | undefined, sourceCount: number): FieldProblem[] {
  if (headings.length === 0) return [];
  if (!citations) return [{ field: 'citations', message: `missing; each of the ${headings.length} sections must name the sources it rests on` }];
  const problems: FieldProblem[] = [];
  if (citations.length !== headings.length) problems.push({ field: 'citations', message: `${citations.length} entries for ${headings.length} sections (one per "##" section, in order)` });
  headings.forEach((heading, index) => {
    const cited = citations[index];
    const field = `citations[${index}]`;
    if (cited === 'no-facts') return;
    if (!cited || cited.length === 0) problems.push({ field, message: `the section "${heading}" names no source` });
    for (const number of cited ?? []) if (number > sourceCount) problems.push({ field, message: `the section "${heading}" cites source ${number}, but the page has ${sourceCount}` });
  });
  return problems;
}

/** A source older than this (by the date it shows, or was read) is listed for a recheck. */
const recheckAfterDays = 730;

/** True when a legal or local rule's source is old enough to check again. */
export function needsRecheck(sourceDate: Date, today: Date): boolean {
  return today.getTime() - sourceDate.getTime() > recheckAfterDays * 24 * 60 * 60 * 1000;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The date a source's title shows, as writers give it: "(24 November 2023)", "(April 2024)",
 * "(2021)". A month or year alone counts as its last day. Undefined when the title has none.
 */
export function titleDate(title: string | undefined): Date | undefined {
  if (!title) return undefined;
  const full = /\b(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})\b/i.exec(title);
  if (full) return new Date(Date.UTC(Number(full[3]), months.indexOf(full[2]!.toLowerCase()), Number(full[1])));
  const month = /\b(january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})\b/i.exec(title);
  if (month) return new Date(Date.UTC(Number(month[2]), months.indexOf(month[1]!.toLowerCase()) + 1, 0));
  const year = /\((?:[^()]*\D)?((?:19|20)\d{2})\)\s*$/.exec(title);
  return year ? new Date(Date.UTC(Number(year[1]), 11, 31)) : undefined;
}

/**
 * The date a source speaks for: `published`, else the date in its title, else (for a seed) its
 * document date; undefined when unknown.
 */
export function sourceDate(source: { published?: Date | undefined; title?: string | undefined; seed?: string | undefined }, seedDates: Record<string, string | undefined>): Date | undefined {
  if (source.published) return source.published;
  const fromTitle = titleDate(source.title);
  if (fromTitle) return fromTitle;
  const seedDate = source.seed ? seedDates[source.seed] : undefined;
  return seedDate ? new Date(seedDate) : undefined;
}
