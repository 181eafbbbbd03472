import { z } from 'zod';
import { parseNullableConfig } from '../../lib/build/config-parse.ts';

/**
 * Where a reader reports a mistake: the deploying organisation's own e-mail address or form,
 * `corrections` in wegwijs.config.ts, or a JSON file named by `WEGWIJS_CORRECTIONS_CONFIG`
 * (`null` = not set; pages then say to tell whoever showed her Wegwijs).
 * Wegwijs sends nothing itself: these are plain links.
 */
export const correctionsSchema = z
  .object({
    /** The organisation's own name; not translated. Left out: the config's `organisation`. */
    organisation: z.string().trim().min(2).optional(),
    /** An address for mistakes, shown as a mailto: link. */
    email: z.email().optional(),
    /** A form or page of the organisation's own, https only. */
    url: z.url().refine((value) => value.startsWith('https://'), { message: 'Use an https:// address' }).optional(),
  })
  .strict()
  .refine((value) => value.email !== undefined || value.url !== undefined, { message: 'Give an email or a url (or set the whole file to null)' });

/** The contact as written in the config; `organisation` may be left to the site's organisation. */
export type CorrectionsSettings = z.infer<typeof correctionsSchema>;

/** The contact as the footer uses it, with the organisation's name always set. */
export type Corrections = CorrectionsSettings & { organisation: string };

/** The checked JSON of `file`, `null` when off; throws naming the file and each field that does not fit. */
export function parseCorrectionsConfig(json: unknown, file: string): CorrectionsSettings | null {
  return parseNullableConfig(correctionsSchema, json, file, 'corrections config');
}
