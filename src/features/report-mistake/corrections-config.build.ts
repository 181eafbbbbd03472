import { z } from 'zod';
import { parseNullableConfig } from '../../lib/build/config-parse.ts';

/**
 * Where a reader reports a mistake: the deploying organisation's own e-mail address or form, set
 * in one config file (`null` = not set; pages then say to tell whoever showed her Wegwijs).
 * Wegwijs sends nothing itself: these are plain links.
 */
export const correctionsSchema = z
  .object({
    /** The organisation's own name; not translated. */
    organisation: z.string().trim().min(2),
    /** An address for mistakes, shown as a mailto: link. */
    email: z.email().optional(),
    /** A form or page of the organisation's own, https only. */
    url: z.url().refine((value) => value.startsWith('https://'), { message: 'Use an https:// address' }).optional(),
  })
  .strict()
  .refine((value) => value.email !== undefined || value.url !== undefined, { message: 'Give an email or a url (or set the whole file to null)' });

export type Corrections = z.infer<typeof correctionsSchema>;

/** The checked config, `null` when off; throws naming the file and each field that does not fit. */
export function parseCorrectionsConfig(json: unknown, file: string): Corrections | null {
  return parseNullableConfig(correctionsSchema, json, file, 'corrections config');
}
