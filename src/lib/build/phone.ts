import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';

/**
 * Phone numbers as readers dial them and as links call them. Validation uses libphonenumber's
 * full metadata, so a mistyped number fails the build instead of reaching a reader.
 */

/**
 * Dutch short numbers that are real but are not phone numbers in libphonenumber's sense:
 * 112 (emergency) and 113 (suicide prevention, free since October 2025).
 */
const dutchShortNumbers = new Set(['112', '113']);

/** True for a dialable Dutch or international number, or a known Dutch short number. */
export function isValidContactPhone(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '');
  if (dutchShortNumbers.has(compact)) return true;
  try {
    return isValidPhoneNumber(value, 'NL');
  } catch {
    return false;
  }
}

/** The `tel:` link for a number, in international form where it has one. */
export function telephoneHref(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  if (dutchShortNumbers.has(compact)) return `tel:${compact}`;
  return parsePhoneNumberWithError(value, 'NL').getURI();
}

/**
 * Dutch numbers as people write them in text: 0800-7000, 0900-8844, 033 448 11 86,
 * +31 70 333 44 44, 112, 113. Years, dates and article numbers ("art. 248b") do not match.
 * A global pattern: use it with `matchAll`.
 */
export const phoneNumberInText = /(?<![\w/.-])(?:\+31[\s-]?|0)\d[\d\s-]{4,13}\d(?![\w/-])|(?<![\w/.-])11[23](?![\w/-]|\.\d)/g;

/** Text cut into plain parts and phone numbers, in order (for isolating numbers left to right). */
export function splitPhoneNumbers(text: string): { isNumber: boolean; value: string }[] {
  const parts: { isNumber: boolean; value: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(phoneNumberInText)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ isNumber: false, value: text.slice(last, start) });
    parts.push({ isNumber: true, value: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ isNumber: false, value: text.slice(last) });
  return parts;
}
