import { z } from 'zod';
import { parseNullableConfig } from '../../lib/build/config-parse.ts';
import { isValidContactPhone } from '../../lib/build/phone.ts';
import { isValidOpeningHours, localizedTextSchema } from '../../lib/build/schemas.ts';
import { isValidChatPhone } from './chat-handoff.build.ts';

/**
 * A deploying organisation's own outreach chat, set in one config file. `null` in that file
 * switches the feature off. The build reads it with `parseOutreachConfig`, which fails naming
 * the file and every field that does not fit.
 */

const phoneValue = z
  .string()
  .refine(isValidContactPhone, { message: 'Not a valid phone number', abort: true })
  .refine(isValidChatPhone, { message: 'A short number such as 112 cannot receive chats' });

const channel = <T extends string, V extends z.ZodType>(type: T, value: V) =>
  z.object({ type: z.literal(type), value }).strict();

export const outreachChatSchema = z
  .object({
    /** The organisation's own name; not translated. */
    organisation: z.string().trim().min(2),
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

export type OutreachChat = z.infer<typeof outreachChatSchema>;

/**
 * The outreach chat from the parsed JSON of `file`, or `null` when the file says `null`
 * (feature off). Throws an Error with one line per problem: `<file> → <field path>: <message>`.
 */
export function parseOutreachConfig(json: unknown, file: string): OutreachChat | null {
  return parseNullableConfig(outreachChatSchema, json, file, 'outreach chat config');
}
