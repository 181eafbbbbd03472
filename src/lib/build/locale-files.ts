/**
 * Checks that keep the UI string files in step with the English master: the same keys, no
 * empty values, the same placeholders, and exactly the plural forms each language needs.
 */

export type UiStringProblem =
  | { kind: 'missing'; key: string }
  | { kind: 'extra'; key: string }
  | { kind: 'empty'; key: string }
  | { kind: 'placeholders'; key: string; expected: string[]; found: string[] };

const pluralSuffixPattern = /_(zero|one|two|few|many|other)$/;

/** The `{{name}}` placeholders in a string, sorted and without duplicates. */
export function placeholdersOf(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

/** A plural key's base (`a.b_one` → `a.b`), or undefined for an ordinary key. */
function pluralBase(key: string): string | undefined {
  return pluralSuffixPattern.test(key) ? key.replace(pluralSuffixPattern, '') : undefined;
}

/** The keys a locale must have for the master's keys, expanding plurals by its CLDR categories. */
export function expectedKeys(masterKeys: string[], locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of masterKeys) {
    const base = pluralBase(key);
    if (base === undefined) keys.add(key);
    else for (const category of categories) keys.add(`${base}_${category}`);
  }
  return [...keys];
}

/** Lists every difference between a locale's strings and the master's. */
export function compareUiStrings(
  master: Record<string, string>,
  translated: Record<string, unknown>,
  locale: string,
): UiStringProblem[] {
  const problems: UiStringProblem[] = [];
  const expected = expectedKeys(Object.keys(master), locale);
  const expectedSet = new Set(expected);
  for (const key of expected) {
    if (!(key in translated)) problems.push({ kind: 'missing', key });
  }
  for (const [key, value] of Object.entries(translated)) {
    if (!expectedSet.has(key)) {
      problems.push({ kind: 'extra', key });
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ kind: 'empty', key });
      continue;
    }
    const base = pluralBase(key);
    const masterText = master[key] ?? (base !== undefined ? (master[`${base}_other`] ?? '') : '');
    const expectedNames = placeholdersOf(masterText);
    const found = placeholdersOf(value);
    // A translation may leave {{count}} out of a singular form ("one page"), nothing else.
    const allowedMissing = base !== undefined ? ['count'] : [];
    const missingNames = expectedNames.filter((name) => !found.includes(name) && !allowedMissing.includes(name));
    const unknownNames = found.filter((name) => !expectedNames.includes(name));
    if (missingNames.length > 0 || unknownNames.length > 0) {
      problems.push({ kind: 'placeholders', key, expected: expectedNames, found });
    }
  }
  return problems;
}
