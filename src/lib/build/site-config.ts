import { z } from 'zod';
import { outreachChatSchema, parseOutreachConfig } from '../../features/chat-handoff/outreach-config.build.ts';
import { correctionsSchema, parseCorrectionsConfig } from '../../features/report-mistake/corrections-config.build.ts';
import { readConfigFile } from './config-file.ts';
import { parseConfig, parseNullableConfig } from './config-parse.ts';
import settingsInFile from '../../../wegwijs.config.ts';

/**
 * The deploying organisation's settings: `wegwijs.config.ts` at the repository root, checked
 * here, with environment variables that override single fields (`environmentOverrides`). The
 * build, astro.config.mjs and the tests read them through `siteConfig()`; the phone never loads
 * this module: the values its scripts need are written into them at build time
 * (`browserDefines`). README.md ("Configuration") documents every field.
 */

const siteConfigFile = 'wegwijs.config.ts';

const httpsUrl = z.url().refine((value) => value.startsWith('https://'), { message: 'Use an https:// address' });

/** Where the editors' interface saves: the repository the site is built from. */
const editorRepositorySchema = z
  .object({
    /** Where the repository is kept. */
    backend: z.enum(['github', 'gitlab', 'gitea']),
    /** `owner/name` of the repository. */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/, 'owner/name of the repository, such as my-organisation/wegwijs'),
    /** The branch the site is built from. */
    branch: z.string().trim().min(1).default('main'),
    /** The sign-in helper (an OAuth client such as sveltia-cms-auth); without it, editors sign in with a token. */
    authUrl: httpsUrl.optional(),
  })
  .strict();

/** The editor's repository from a JSON file (`WEGWIJS_EDITOR_CONFIG`), or `null`. */
function parseEditorConfig(json: unknown, file: string): z.output<typeof editorRepositorySchema> | null {
  return parseNullableConfig(editorRepositorySchema, json, file, 'editor config');
}

const siteConfigSchema = z
  .object({
    /** Where the site is published (kept as its origin, without a final /): the sitemap, canonical and hreflang links, QR codes. */
    site: z
      .string()
      .refine((value) => URL.canParse(value) && /^https?:\/\//.test(value), {
        message: 'An https:// address such as https://wegwijs.example (http:// to try a build locally)',
        abort: true,
      })
      .refine((value) => new URL(value).pathname === '/' && !/[?#]/.test(value), {
        message: 'Only the scheme and host, such as https://wegwijs.example: Wegwijs is served from the root of its domain',
      })
      .transform((value) => new URL(value).origin),
    /** The organisation that runs the site: the name "Found a mistake?" and the outreach chat use unless they give their own. */
    organisation: z.string().trim().min(2).nullable(),
    /** The organisation's own outreach chat, first in every help box; `null` = none. */
    outreachChat: outreachChatSchema.nullable(),
    /** Where readers report a mistake; `null` = tell whoever showed you Wegwijs. */
    corrections: correctionsSchema.nullable(),
    /** Where the quick exit goes: a neutral site anyone might have open. */
    quickExitCoverSite: httpsUrl,
    /** The colour of the browser's address bar and of the installed app's title bar. */
    themeColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour as # and six hex digits, such as #4b2a8c'),
    /** The repository the editors' interface (`/admin/`) saves to; `null` = editing a local copy only. */
    editor: editorRepositorySchema.nullable().default(null),
  })
  .strict()
  .transform((config, context) => {
    /** A section with the organisation's name filled in from `organisation` when it leaves it out. */
    const named = <Section extends { organisation?: string | undefined }>(section: Section | null, path: string) => {
      if (section === null) return null;
      const organisation = section.organisation ?? config.organisation;
      if (organisation !== null) return { ...section, organisation };
      context.addIssue({ code: 'custom', path: [path, 'organisation'], message: 'Give the organisation\'s name here or in `organisation`' });
      return null;
    };
    return { ...config, outreachChat: named(config.outreachChat, 'outreachChat'), corrections: named(config.corrections, 'corrections') };
  });

/** The settings as written in wegwijs.config.ts (the type the file is checked against). */
export type WegwijsConfig = z.input<typeof siteConfigSchema>;

/** The checked settings, with the organisation's name filled in wherever a section left it out. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/**
 * Environment variables that override one field each (README.md lists them). A variable that is
 * unset or empty changes nothing. `file` variables name a JSON file holding that field's value
 * (or `null`), checked on its own first, so its errors name that file.
 */
export const environmentOverrides = {
  WEGWIJS_SITE: { field: 'site' },
  WEGWIJS_ORGANISATION: { field: 'organisation' },
  WEGWIJS_OUTREACH_CONFIG: { field: 'outreachChat', file: parseOutreachConfig },
  WEGWIJS_CORRECTIONS_CONFIG: { field: 'corrections', file: parseCorrectionsConfig },
  WEGWIJS_QUICK_EXIT_COVER_SITE: { field: 'quickExitCoverSite' },
  WEGWIJS_THEME_COLOR: { field: 'themeColor' },
  WEGWIJS_EDITOR_CONFIG: { field: 'editor', file: parseEditorConfig },
} as const satisfies Record<string, { field: keyof WegwijsConfig; file?: (json: unknown, file: string) => unknown }>;

/**
 * The settings from a config file's default export (`settings`, read from `file`) with the
 * overrides in `environment` applied, checked. Throws an Error with one line per problem,
 * `<where the value came from> → <field path>: <message>`.
 */
export function resolveSiteConfig(settings: unknown, file: string, environment: Readonly<Record<string, string | undefined>>): SiteConfig {
  const sources = new Map<string, string>();
  let merged = settings;
  if (typeof settings === 'object' && settings !== null && !Array.isArray(settings)) {
    const fields: Record<string, unknown> = { ...settings };
    for (const [variable, override] of Object.entries(environmentOverrides)) {
      const value = environment[variable];
      if (value === undefined || value === '') continue;
      fields[override.field] = 'file' in override ? readConfigFile<unknown>(value, override.file) : value;
      sources.set(override.field, 'file' in override ? `${value} (${variable})` : variable);
    }
    merged = fields;
  }
  return parseConfig(siteConfigSchema, merged, (path) => sources.get(path[0] ?? '') ?? file, 'Wegwijs config');
}

let loaded: SiteConfig | undefined;

/** This build's settings: wegwijs.config.ts with the environment's overrides, checked once. */
export function siteConfig(): SiteConfig {
  loaded ??= resolveSiteConfig(settingsInFile, siteConfigFile, process.env);
  return loaded;
}

/**
 * What the phone's scripts need from the settings, as Vite `define` replacements: the build writes
 * the values into the scripts, so the phone never loads the config (or zod). Declared where they
 * are read (src/features/quick-exit/quick-exit.ts).
 */
export function browserDefines(config: SiteConfig): Record<string, string> {
  return { __WEGWIJS_QUICK_EXIT_COVER_SITE__: JSON.stringify(config.quickExitCoverSite) };
}
