import type { z } from 'zod';
import { localeCodes, masterLocale, type Locale } from '../../lib/locales.ts';
import { translationStatus, type TopicLike } from '../../lib/translation-status.ts';

/**
 * The editors' interface's own logic, free of the CMS and the DOM (unit-tested): reading and
 * writing "sources per section", the translation status the editor shows, and turning the build's
 * zod problems into the lines an editor reads.
 */

type Citation = number[] | 'no-facts';

/** `citations` as the editor types it: one line per `##` section, "1, 4" or "no-facts". */
export function formatCitations(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.map((line: unknown) => (Array.isArray(line) ? line.join(', ') : String(line))).join('\n');
}

/** The lines an editor typed, as `citations`; a line that is neither numbers nor "no-facts" is refused, naming it. */
export function parseCitations(text: string): { ok: true; value: Citation[] | undefined } | { ok: false; message: string } {
  const lines = text.split('\n').map((line) => line.trim());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  if (lines.length === 0) return { ok: true, value: undefined };
  const value: Citation[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.toLowerCase() === 'no-facts') {
      value.push('no-facts');
      continue;
    }
    const numbers = line.split(/[\s,]+/).filter(Boolean);
    if (numbers.length === 0 || !numbers.every((number) => /^[1-9]\d*$/.test(number))) {
      return { ok: false, message: `Line ${index + 1} ("${line}"): give source numbers such as 1, 3 — or no-facts` };
    }
    value.push(numbers.map(Number));
  }
  return { ok: true, value };
}

/**
 * A form's values without what the saved file leaves out (Sveltia's `omit_empty_optional_fields`):
 * empty text, empty lists and objects whose every value is empty. `undefined` when nothing is left.
 */
export function pruneEmpty(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(pruneEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, pruneEmpty(item)] as const).filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The language of a topic file from its path (`src/content/topics/<lang>/<slug>.md`). */
export function topicLocaleFromPath(path: string | undefined): Locale | undefined {
  const code = /(?:^|\/)src\/content\/topics\/([a-z]{2})\//.exec(path ?? '')?.[1];
  return localeCodes.find((locale) => locale === code);
}

type Version = Record<string, unknown> | undefined;
interface EntryView {
  path?: string | undefined;
  data?: Version;
  i18n?: Record<string, { data?: Version } | undefined> | undefined;
}

type LanguageStatus = { locale: Locale; status: 'current' | 'outdated' | 'missing'; from: number | undefined };
export type TranslationState =
  | { kind: 'master'; revision: number; languages: LanguageStatus[] }
  | { kind: 'current' | 'outdated'; masterRevision: number; from: number | undefined }
  | { kind: 'unknown' };

/** A version's revision fields, as the build's rule reads them. */
const topicLike = (version: Version, translation: unknown = version?.['translation']): TopicLike => ({
  revision: typeof version?.['revision'] === 'number' ? version['revision'] : undefined,
  translation: typeof (translation as { revision?: unknown } | undefined)?.revision === 'number' ? (translation as { source: Locale; revision: number }) : undefined,
});
const revisionOf = (version: Version): number => topicLike(version).revision ?? 1;
/** The build's status, in the editor's words. */
const shown = (master: Version, translation: TopicLike, locale: Locale) => (translationStatus(topicLike(master), translation, locale) === 'complete' ? 'current' : 'outdated');

/** A language counts as present once it has a title: an empty form is not a translation. */
const exists = (version: Version) => typeof version?.['title'] === 'string' && version['title'].trim() !== '';

/**
 * The status the editor sees, by the build's rule (`translationStatus`): a translation is up to
 * date when it was made from the master's current revision.
 * `value` is the translation's `translation` field as currently edited.
 */
export function translationState(entry: EntryView | undefined, value: unknown): TranslationState {
  const locale = topicLocaleFromPath(entry?.path);
  if (!entry || !locale) return { kind: 'unknown' };
  if (locale === masterLocale) {
    const revision = revisionOf(entry.data);
    const languages = localeCodes
      .filter((code) => code !== masterLocale)
      .map((code): LanguageStatus => {
        const version = entry.i18n?.[code]?.data;
        if (!exists(version)) return { locale: code, status: 'missing', from: undefined };
        const translation = topicLike(version);
        return { locale: code, status: shown(entry.data, translation, code), from: translation.translation?.revision };
      });
    return { kind: 'master', revision, languages };
  }
  const master = entry.i18n?.[masterLocale]?.data;
  const translation = topicLike(undefined, value);
  return { kind: shown(master, translation, locale), masterRevision: revisionOf(master), from: translation.translation?.revision };
}

export interface Problem {
  /** The language of the version with the problem ('' for an entry in one file, such as a contact). */
  locale: string;
  /** The field, as the build names it (`sources.3.read`). */
  field: string;
  message: string;
}

/** The build's problems with one language of an entry: its zod schema's issues, with the schema's own messages. */
export function validationProblems(schema: z.ZodType, content: unknown, locale: string): Problem[] {
  const result = schema.safeParse(content ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ locale, field: issue.path.map(String).join('.') || '(the entry)', message: issue.message }));
}

/**
 * Problems as one line an editor can act on. A problem in a field every language shares shows up
 * in every language; it is named once, with its languages (or "every language").
 */
export function describeProblems(problems: Problem[], languageCount: number): string {
  const grouped = new Map<string, { field: string; message: string; locales: string[] }>();
  for (const { locale, field, message } of problems) {
    const key = `${field}\u0000${message}`;
    const group = grouped.get(key) ?? { field, message, locales: [] };
    if (locale) group.locales.push(locale);
    grouped.set(key, group);
  }
  return [...grouped.values()]
    .map(({ field, message, locales }) => {
      const where = locales.length === 0 ? '' : locales.length === languageCount && languageCount > 1 ? ' (every language)' : ` (${locales.join(', ')})`;
      return `${field}: ${message}${where}`;
    })
    .join(' · ');
}
