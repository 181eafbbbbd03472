import { z } from 'zod';
import { parseNullableConfig } from '../../lib/build/config-parse.ts';
import { isValidContactPhone } from '../../lib/build/phone.ts';
import { isValidOpeningHours, localizedTextSchema } from '../../lib/build/schemas.ts';
import { isValidChatPhone } from './chat-handoff.build.ts';

/**
 * A deploying organisation's own outreach chat: `outreachChat` in wegwijs.config.ts (read by
 * src/lib/build/site-config.ts), or a JSON file named by `WEGWIJS_OUTREACH_CONFIG`, which
 * `parseOutreachConfig` reads. `null` switches the feature off. A value that does not fit fails
 * the build naming the file and every field.
 */

const phoneValue = z
  .string()
  .refine(isValidContactPhone, { message: 'Not a valid phone number', abort: true })
  .refine(isValidChatPhone, { message: 'A short number such as 112 cannot receive chats' });

const channel = <T extends string, V extends z.ZodType>(type: T, value: V) =>
  z.object({ type: z.literal(type), value }).strict();

export const outreachChatSchema = z
  .object({
    /** The organisation's own name; not translated. Left out: the config's `organisation`. */
    organisation: z.string().trim().min(2).optional(),
    /** Where the chat happens. */
    channel: z.discriminatedUnion('type', [
      channel('whatsapp', phoneValue),
      channel('signal', phoneValue),
      channel('sms', phoneValue),
      channel('telegram', z.string().regex(/^[A-Za-z0-9_]{5,32}$/, 'A Telegram username: 5 to 32 letters, digits or _, without @')),
      channel('chat', z.url().refine((value) => value.startsWith('https://'), { message: 'Use an https:// address' })),
    ]),
    /** Languages the outreach workers chat in (ISO 639-1, lower case). */
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'A two-letter ISO 639-1 code in lower case, such as "nl"')).min(1),
    /** When someone answers, in OpenStreetMap `opening_hours` syntax. */
    hours: z.string().refine(isValidOpeningHours, { message: 'Not valid OpenStreetMap opening_hours syntax' }).optional(),
    /** One or two sentences per language on who answers; English required. */
    description: localizedTextSchema.optional(),
  })
  .strict();

/** The chat as written in the config; `organisation` may be left to the site's organisation. */
export type OutreachChatSettings = z.infer<typeof outreachChatSchema>;

/** The chat as the pages use it, with the organisation's name always set. */
export type OutreachChat = OutreachChatSettings & { organisation: string };

/**
 * The outreach chat from the parsed JSON of `file`, or `null` when the file says `null`
 * (feature off). Throws an Error with one line per problem: `<file> → <field path>: <message>`.
 */
export function parseOutreachConfig(json: unknown, file: string): OutreachChatSettings | null {
  return parseNullableConfig(outreachChatSchema, json, file, 'outreach chat config');
}
