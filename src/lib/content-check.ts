import { createHash } from 'node:crypto';
import { isValidContactPhone, phoneNumberInText } from './phone.ts';

/**
 * The pure parts of `npm run check:content`: finding phone numbers in prose, links that lead
 * nowhere, and the names or numbers of individuals that must never be published.
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
