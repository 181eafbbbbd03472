import { z } from 'zod';
import opening_hours from 'opening_hours';
import { localeCodes, masterLocale, type Locale } from '../locales.ts';
import { sectionIds } from '../sections.ts';
import { seedIds } from './seeds.ts';
import { isValidContactPhone } from './phone.ts';
import { serviceIds } from '../services.ts';
import { needs } from '../../features/help-finder/routes.ts';

/**
 * The shape of every piece of content. `src/content.config.ts` hands these to Astro, which
 * fails the build naming the file and the field when data does not fit.
 */

const httpsUrl = z
  .url()
  .refine((value) => value.startsWith('https://'), { message: 'Use an https:// address' });

/** A page a fact was read from: cited as it was read, so an old http:// page stays http://. */
const citedUrl = z.url().refine((value) => /^https?:\/\//.test(value), { message: 'Use an http:// or https:// address' });

/** Where a fact comes from: a seed document and its section, or a public web page. */
export const sourceSchema = z
  .object({
    /** Title of the document or page, as shown to readers. Optional for seeds (taken from seeds.ts). */
    title: z.string().min(3).optional(),
    /** A public web page the fact was read from, exactly as it was read. */
    url: citedUrl.optional(),
    /** One of the seed documents in `shared/seeds/`, by number. */
    seed: z.enum(seedIds as [string, ...string[]]).optional(),
    /** The section of the seed document the fact is in. */
    section: z.string().min(1).optional(),
    /** When someone read the source for this fact (a web page can change after that). */
    read: z.coerce.date().optional(),
    /** The date the source itself shows (publication or last update), where it shows one. */
    published: z.coerce.date().optional(),
  })
  .strict()
  .refine((source) => source.url !== undefined || source.seed !== undefined, {
    message: 'A source needs a url or a seed',
  })
  .refine((source) => source.seed === undefined || source.section !== undefined, {
    message: 'A seed source needs the section the fact is in',
    path: ['section'],
  })
  .refine((source) => source.url === undefined || source.title !== undefined, {
    message: 'A web source needs a title',
    path: ['title'],
  });

export type Source = z.infer<typeof sourceSchema>;

/** A source of a topic page: a web page also says when it was read (contacts and cities say it in `checked`). */
const topicSourceSchema = sourceSchema.refine((source) => source.url === undefined || source.read !== undefined, {
  message: 'A web source needs the date it was read (read: YYYY-MM-DD)',
  path: ['read'],
});

/** Text in several languages; English is required, because it is the fallback. */
export const localizedTextSchema = z
  .partialRecord(z.enum(localeCodes as [Locale, ...Locale[]]), z.string().trim().min(1))
  .refine((text) => typeof text[masterLocale] === 'string', { message: `The ${masterLocale} text is required` });


const checkedDate = z.coerce.date();

/** Who a page is for. */
export const audiences = ['sex-worker', 'outreach', 'client'] as const;

/** What kind of help an organisation is. */
export const contactKinds = ['emergency', 'police', 'hotline', 'health', 'social-work', 'shelter', 'advocacy', 'complaints', 'labour'] as const;

/** Ways to reach an organisation (`channels[].type`). */
export const channelTypes = ['phone', 'whatsapp', 'sms', 'signal', 'telegram', 'email', 'web', 'chat', 'address'] as const;

/** A Telegram username, as `channels[].value` of a telegram channel; the editor's form uses it too. */
export const telegramUsername = /^[A-Za-z0-9_]{5,32}$/;

/** What the build says about a phone number libphonenumber rejects; the editor says the same. */
export const phoneMessage = 'Not a valid phone number (libphonenumber, NL)';

/** What the build says about opening hours that are not OpenStreetMap syntax; the editor says the same. */
export const openingHoursMessage = 'Not valid OpenStreetMap opening_hours syntax';

/** A section's citation entry for a section that states no outside fact. */
const noFactsCitation = 'no-facts';

/** Frontmatter of a topic page (`src/content/topics/<lang>/<slug>.md`). */
export const topicSchema = z
  .object({
    /** Page title, short and plain. */
    title: z.string().min(3).max(90),
    /** "In short": the answer first, one to three sentences. */
    summary: z.string().min(10).max(400),
    /** The section the page belongs to; it forms the URL `/<lang>/<section>/<slug>/`. */
    section: z.enum(sectionIds),
    /** Position within the section, lowest first. */
    order: z.number().int().min(0),
    /** Who the page is for. */
    audience: z.array(z.enum(audiences)).min(1),
    /** Words a reader might search for, in the page's language. */
    keywords: z.array(z.string().min(1)).default([]),
    /** Where the facts on the page come from. */
    sources: z.array(topicSourceSchema, { error: 'A page needs at least one source' }).min(1, 'A page needs at least one source'),
    /**
     * Which sources each `##` section rests on: one list per section, in order, of 1-based
     * numbers into `sources`, or "no-facts" for a section that states no outside fact (it only
     * describes Wegwijs itself or gives advice). Readers see the numbers under each section;
     * `check:content` requires an entry per section.
     */
    citations: z
      .array(z.union([z.array(z.number().int().min(1)).min(1, 'A section must cite at least one source'), z.literal(noFactsCitation)]))
      .optional(),
    /** When someone last checked the page against its sources. */
    reviewed: checkedDate,
    /** Master pages: bumped whenever the meaning changes, so translations know they are stale. */
    revision: z.number().int().min(1).optional(),
    /** Translations: the master they were made from. */
    translation: z
      .object({
        /** The language translated from (normally the master, English). */
        source: z.enum(localeCodes as [Locale, ...Locale[]]),
        /** The master's `revision` at the time of translation. */
        revision: z.number().int().min(1),
      })
      .strict()
      .optional(),
    /** Ids of organisations (`src/content/contacts/`) to show in the page's help box. */
    contacts: z.array(z.string()).default([]),
    /** Ids of cities (`src/content/cities/`) whose local rules matter for this page. */
    cities: z.array(z.string()).default([]),
    /**
     * Help-finder needs the page answers besides those of its section (e.g. a page on fines in
     * "rights" also answers "money"); the finder lists it in the answer to those needs.
     */
    needs: z.array(z.enum(needs)).default([]),
    /** Slugs of other pages a reader of this one often needs next, shown as "Read also". */
    related: z.array(z.string()).default([]),
  })
  .strict();

export type TopicData = z.infer<typeof topicSchema>;

/** A fact with the source it was read from and the date it was checked there. */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: sourceSchema, checked: checkedDate }).strict();
}

const phoneValue = z.string().refine(isValidContactPhone, { message: phoneMessage });

/** One way to reach an organisation, with its source and check date. */
const channelSchema = z.discriminatedUnion('type', [
  sourced(phoneValue).extend({ type: z.literal('phone'), note: localizedTextSchema.optional() }),
  sourced(phoneValue).extend({ type: z.literal('whatsapp') }),
  sourced(phoneValue).extend({ type: z.literal('sms') }),
  sourced(phoneValue).extend({ type: z.literal('signal') }),
  sourced(z.string().regex(telegramUsername, 'A Telegram username')).extend({ type: z.literal('telegram') }),
  sourced(z.email()).extend({ type: z.literal('email') }),
  sourced(httpsUrl).extend({ type: z.literal('web'), note: localizedTextSchema.optional() }),
  sourced(httpsUrl).extend({ type: z.literal('chat') }),
  sourced(z.string().min(5)).extend({ type: z.literal('address') }),
]);

export type Channel = z.infer<typeof channelSchema>;

/** True when `value` parses as OpenStreetMap `opening_hours` syntax. */
export function isValidOpeningHours(value: string): boolean {
  try {
    new opening_hours(value, null);
    return true;
  } catch {
    return false;
  }
}

const openingHoursValue = z.string().refine(isValidOpeningHours, { message: openingHoursMessage });

/** One organisation (`src/content/contacts/<id>.yaml`). */
export const contactSchema = z
  .object({
    /** The organisation's own name; not translated. */
    name: z.string().min(2),
    /** What kind of help it is. */
    kind: z.enum(contactKinds),
    /** City ids where it works; empty with `nationwide: true` for national services. */
    cities: z.array(z.string()).default([]),
    nationwide: z.boolean().default(false),
    /** Languages its staff speak (ISO 639-1), where a source says so. */
    languages: sourced(z.array(z.string().regex(/^[a-z]{2}$/)).min(1)).optional(),
    /** How to reach it; only channels a source gives. */
    channels: z.array(channelSchema).min(1),
    /** Opening hours in OpenStreetMap `opening_hours` syntax, where a source gives them. */
    openingHours: sourced(openingHoursValue).optional(),
    /** Help is free of charge. */
    free: sourced(z.boolean()).optional(),
    /** You can stay anonymous. */
    anonymous: sourced(z.boolean()).optional(),
    /** Also helps people without a residence permit or without papers. */
    noPapersNeeded: sourced(z.boolean()).optional(),
    /** Ids of the sections it helps with (src/lib/sections.ts). */
    sections: z.array(z.enum(sectionIds)).min(1),
    /** What it does, in the fixed vocabulary of src/lib/services.ts, as its source says. */
    services: sourced(
      z
        .array(z.enum(serviceIds))
        .min(1)
        .refine((ids) => new Set(ids).size === ids.length, 'A service is listed twice'),
    ),
    /** One or two plain sentences per language on what it does. */
    description: localizedTextSchema,
  })
  .strict()
  .refine((contact) => contact.nationwide || contact.cities.length > 0, {
    message: 'Give the cities it works in, or nationwide: true',
    path: ['cities'],
  });

export type ContactData = z.infer<typeof contactSchema>;

/** One local rule: its text per language, where it comes from and the date it describes. */
const cityRuleSchema = z
  .object({
    value: localizedTextSchema,
    source: sourceSchema,
    /** The date the source describes (rules change: a past date is a fact about that date). */
    asOf: checkedDate,
  })
  .strict();

export const cityRuleIds = ['licensedForms', 'minimumAge', 'workingFromHome', 'intake', 'registration'] as const;

/** One municipality (`src/content/cities/<id>.yaml`). */
export const citySchema = z
  .object({
    /** The municipality's name; not translated. */
    name: z.string().min(2),
    /** The province, for sorting and context. */
    province: z.string().min(2),
    /** What is known of its rules; a rule nobody could source is left out and shown as unknown. */
    rules: z.partialRecord(z.enum(cityRuleIds), cityRuleSchema).default({}),
    /** Ids of organisations that help here. */
    helpPoints: z.array(z.string()).default([]),
  })
  .strict();

export type CityData = z.infer<typeof citySchema>;

/**
 * One language's search synonyms (`src/content/synonyms/<lang>.yaml`): groups of words and
 * phrases readers use for the same thing. Search treats every phrase of a group as the same.
 */
export const synonymsSchema = z
  .object({
    groups: z.array(z.array(z.string().trim().min(1, 'An empty phrase')).min(2, 'A group needs at least two phrases')),
    /** Words search leaves out of a query (besides the language's usual ones): "can", "my", "ไหม"… */
    ignore: z.array(z.string().trim().min(1, 'An empty word')).default([]),
  })
  .strict();
