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
