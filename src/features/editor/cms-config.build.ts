import { localeCodes, localeInfo, masterLocale } from '../../lib/locales.ts';
import { sectionIds } from '../../lib/sections.ts';
import { serviceIds } from '../../lib/services.ts';
import { needs } from '../help-finder/routes.ts';
import { sharedTopicFields } from '../../lib/build/content-pipeline.ts';
import { audiences, channelTypes, cityRuleIds, contactKinds, telegramUsername } from '../../lib/build/schemas.ts';
import { seeds, seedIds, type SeedId } from '../../lib/build/seeds.ts';
import { customFieldTypes } from './field-types.ts';

/**
 * The editors' interface at `/admin/` is Sveltia CMS. This module writes its configuration
 * (`/admin/config.yml`) from the same definitions the build validates content with: the
 * languages, sections, services, seed documents and the fields translations share with their
 * master (`sharedTopicFields`). The forms therefore offer exactly the values the schemas accept.
 * Rules a form cannot express (a web source needs a read date, a valid Dutch phone number…)
 * are checked in the browser by the build's own zod schemas before anything is saved
 * (`editor.admin.ts`), with the build's messages.
 */

/** Where the content lives in the repository, and what the editor may change there. */
export interface EditorRepository {
  /** The git host the organisation keeps the repository on. */
  backend: 'github' | 'gitlab' | 'gitea';
  /** `owner/name` of the repository. */
  repo: string;
  /** The branch readers' site is built from; changes reach it only through a reviewed pull request. */
  branch: string;
  /** The sign-in helper for editors without a token (an OAuth client such as sveltia-cms-auth). */
  authUrl?: string | undefined;
}

/** Until the organisation connects its repository, editors can still work on a local copy. */
const placeholderRepository: EditorRepository = { backend: 'github', repo: 'your-organisation/wegwijs', branch: 'main' };


type Field = Record<string, unknown> & { name: string; widget: string };

const shared = new Set<string>(sharedTopicFields);
/** Translations keep their own words; everything in `sharedTopicFields` is copied from the master. */
const topicI18n = (name: string) => (shared.has(name) ? 'duplicate' : true);

const dateField = (name: string, label: string, extra: Record<string, unknown> = {}): Field => ({
  name,
  label,
  widget: 'datetime',
  time_format: false,
  date_format: 'YYYY-MM-DD',
  format: 'YYYY-MM-DD',
  ...extra,
});

const options = (values: readonly string[], label: (value: string) => string = (value) => value) =>
  values.map((value) => ({ value, label: label(value) }));

/** A source: a seed document with its section, or a web page with its title. */
const sourceFields = (withRead: boolean): Field[] => [
  { name: 'seed', label: 'Seed document', widget: 'select', required: false, options: options(seedIds, (id) => `${id}: ${seeds[id as SeedId].title}`) },
  { name: 'section', label: 'Section of the seed document', widget: 'string', required: false, hint: 'Needed with a seed document, e.g. §3.3 Zakelijke dienstverlening.' },
  { name: 'title', label: 'Title of the web page', widget: 'string', required: false, hint: 'Needed with a web address: the organisation and the page, as readers will see it.' },
  { name: 'url', label: 'Web address', widget: 'string', required: false, pattern: ['^https?://\\S+$', 'Use an http:// or https:// address'] },
  ...(withRead ? [dateField('read', 'Read on', { required: false, hint: 'Needed with a web address: the day you read the page.' })] : []),
  dateField('published', 'Date the source shows', { required: false }),
];

/** Text in every language; English is required, because readers without their own language get it. */
const localizedFields = (name: string, label: string, widget: 'string' | 'text', required = true): Field => ({
  name,
  label,
  widget: 'object',
  required,
  fields: localeCodes.map((code) => ({
    name: code,
    label: `${localeInfo(code).englishName} (${code})`,
    widget,
    required: required && code === masterLocale,
  })),
});

/** A fact with the source it was read from and the day it was checked there. */
const sourcedFields = (name: string, label: string, value: Field, required = false): Field => ({
  name,
  label,
  widget: 'object',
  required,
  fields: [value, { name: 'source', label: 'Source', widget: 'object', fields: sourceFields(false) }, dateField('checked', 'Checked on')],
});

const channelValue = (type: (typeof channelTypes)[number]): Field => {
  switch (type) {
    case 'phone':
    case 'whatsapp':
    case 'sms':
    case 'signal':
      return { name: 'value', label: 'Phone number', widget: customFieldTypes.phone };
    case 'telegram':
      return { name: 'value', label: 'Telegram username', widget: 'string', pattern: [telegramUsername.source, 'A Telegram username'] };
    case 'email':
      return { name: 'value', label: 'E-mail address', widget: 'string', pattern: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'Invalid email address'] };
    case 'web':
    case 'chat':
      return { name: 'value', label: 'Web address', widget: 'string', pattern: ['^https://\\S+$', 'Use an https:// address'] };
    case 'address':
      return { name: 'value', label: 'Street address', widget: 'string', minlength: 5 };
  }
};

const channelTypeLabels: Record<(typeof channelTypes)[number], string> = {
  phone: 'Phone',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  signal: 'Signal',
  telegram: 'Telegram',
  email: 'E-mail',
  web: 'Web page',
  chat: 'Chat',
  address: 'Visiting address',
};

// The status and the revision come first: they are what a translator needs to see before the words.
const topicFields: Field[] = [
  {
    name: 'translation',
    label: 'Translation status',
    widget: customFieldTypes.translation,
    required: false,
  },
  {
    name: 'revision',
    label: 'Revision of the English page',
    widget: customFieldTypes.revision,
    required: false,
    i18n: false,
    hint: 'Raise it when the meaning changes: every translation is then shown as outdated until a translator updates it.',
  },
  { name: 'title', label: 'Title', widget: 'string', minlength: 3, maxlength: 90 },
  { name: 'summary', label: 'In short', widget: 'text', minlength: 10, maxlength: 400, hint: 'The answer first, in one to three plain sentences.' },
  { name: 'section', label: 'Section', widget: 'select', options: options(sectionIds) },
  { name: 'order', label: 'Position in the section', widget: 'number', value_type: 'int', min: 0 },
  { name: 'audience', label: 'Who it is for', widget: 'select', multiple: true, min: 1, options: options(audiences) },
  { name: 'keywords', label: 'Search words', widget: 'list', required: false, hint: 'Words a reader might type, in this language: one per line.' },
  dateField('reviewed', 'Last checked against the sources'),
  { name: 'contacts', label: 'Organisations in the help box', widget: 'relation', collection: 'contacts', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], multiple: true, required: false },
  { name: 'cities', label: 'Cities whose rules matter here', widget: 'relation', collection: 'cities', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], multiple: true, required: false },
  {
    name: 'sources',
    label: 'Sources',
    label_singular: 'source',
    widget: 'list',
    min: 1,
    summary: '{{fields.title}}{{fields.seed}} {{fields.section}}',
    hint: 'A page needs at least one source: a seed document with its section, or a web page with its title and the day you read it. Every language shares this list.',
    fields: sourceFields(true),
  },
  {
    name: 'citations',
    label: 'Sources per section',
    widget: customFieldTypes.citations,
    required: false,
    hint: 'One line per ## section, in order: the numbers of its sources (1, 3), or no-facts.',
  },
  { name: 'needs', label: 'Also answers these help-finder needs', widget: 'select', multiple: true, required: false, options: options(needs) },
  { name: 'related', label: 'Read also (page names)', widget: 'list', required: false },
  { name: 'body', label: 'Page text', widget: 'markdown', modes: ['raw', 'rich_text'], hint: 'Each ## heading starts a section; give its sources under "Sources per section".' },
].map((field) => ({ ...field, i18n: 'i18n' in field ? field.i18n : topicI18n(field.name) }));

const contactFields: Field[] = [
  { name: 'name', label: 'Name of the organisation', widget: 'string', minlength: 2 },
  { name: 'kind', label: 'Kind of help', widget: 'select', options: options(contactKinds) },
  { name: 'cities', label: 'Cities it works in', widget: 'relation', collection: 'cities', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], multiple: true, required: false },
  { name: 'nationwide', label: 'Works nationwide', widget: 'boolean', required: false, default: false },
  sourcedFields('languages', 'Languages the staff speak', { name: 'value', label: 'Language codes (ISO 639-1)', widget: 'list', field: { name: 'code', label: 'Code', widget: 'string', pattern: ['^[a-z]{2}$', 'Two lower-case letters, e.g. ro'] } }),
  {
    name: 'channels',
    label: 'How to reach it',
    label_singular: 'channel',
    widget: 'list',
    min: 1,
    typeKey: 'type',
    types: channelTypes.map((type) => ({
      name: type,
      label: channelTypeLabels[type],
      widget: 'object',
      summary: '{{fields.value}}',
      fields: [
        channelValue(type),
        ...(type === 'phone' || type === 'web' ? [localizedFields('note', 'Note', 'string', false)] : []),
        { name: 'source', label: 'Source', widget: 'object', fields: sourceFields(false) },
        dateField('checked', 'Checked on'),
      ],
    })),
  },
  sourcedFields('openingHours', 'Opening hours', { name: 'value', label: 'Opening hours (OpenStreetMap syntax, e.g. Mo-Fr 09:00-17:00)', widget: customFieldTypes.openingHours }),
  sourcedFields('free', 'Free of charge', { name: 'value', label: 'Free of charge', widget: 'boolean', default: true }),
  sourcedFields('anonymous', 'Anonymous', { name: 'value', label: 'You can stay anonymous', widget: 'boolean', default: true }),
  sourcedFields('noPapersNeeded', 'No papers needed', { name: 'value', label: 'Also helps people without papers', widget: 'boolean', default: true }),
  { name: 'sections', label: 'Sections it helps with', widget: 'select', multiple: true, min: 1, options: options(sectionIds) },
  sourcedFields('services', 'What it does', { name: 'value', label: 'Services', widget: 'select', multiple: true, min: 1, options: options(serviceIds) }, true),
  localizedFields('description', 'What it does, in a sentence or two', 'text'),
];

const cityFields: Field[] = [
  { name: 'name', label: 'Municipality', widget: 'string', minlength: 2 },
  { name: 'province', label: 'Province', widget: 'string', minlength: 2 },
  {
    name: 'rules',
    label: 'Local rules',
    widget: 'object',
    required: false,
    fields: cityRuleIds.map((id) => ({
      name: id,
      label: id,
      widget: 'object',
      required: false,
      fields: [localizedFields('value', 'The rule', 'text'), { name: 'source', label: 'Source', widget: 'object', fields: sourceFields(false) }, dateField('asOf', 'The date the source describes')],
    })),
  },
  { name: 'helpPoints', label: 'Organisations that help here', widget: 'relation', collection: 'contacts', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], multiple: true, required: false },
];

/** The Sveltia CMS configuration for a repository (or the placeholder, for local editing only). */
export function cmsConfig(repository: EditorRepository | null, siteUrl: string): Record<string, unknown> {
  const { backend, repo, branch, authUrl } = repository ?? placeholderRepository;
  return {
    backend: { name: backend, repo, branch, ...(authUrl ? { base_url: authUrl } : {}) },
    // Every change becomes a branch and a pull request: a second person checks the facts first.
    publish_mode: 'editorial_workflow',
    media_folder: 'src/assets/editor-uploads',
    site_url: siteUrl,
    app_title: 'Wegwijs editor',
    show_preview_links: false,
    i18n: { structure: 'multiple_folders', locales: localeCodes, default_locale: masterLocale },
    output: { omit_empty_optional_fields: true },
    collections: [
      {
        name: 'topics',
        label: 'Pages',
        label_singular: 'page',
        description: 'Every page in every language. The English page is the master; open a language beside it to translate.',
        folder: 'src/content/topics',
        extension: 'md',
        format: 'frontmatter',
        i18n: true,
        create: true,
        delete: false,
        identifier_field: 'title',
        summary: '{{title}} ({{section}})',
        sortable_fields: ['title', 'section', 'reviewed'],
        view_groups: [{ label: 'Section', field: 'section' }],
        fields: topicFields,
      },
      {
        name: 'contacts',
        label: 'Organisations',
        label_singular: 'organisation',
        description: 'Help organisations: every way to reach them needs its source and the day it was checked.',
        folder: 'src/content/contacts',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        delete: false,
        identifier_field: 'name',
        fields: contactFields,
      },
      {
        name: 'cities',
        label: 'Cities',
        label_singular: 'city',
        description: 'Local rules per municipality, each with its source and the date it describes.',
        folder: 'src/content/cities',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        delete: false,
        identifier_field: 'name',
        fields: cityFields,
      },
    ],
  };
}

/** The hosts the editors' interface talks to for a repository: its API, and the sign-in helper. */
function repositoryOrigins(repository: EditorRepository | null): string[] {
  const { backend, authUrl } = repository ?? placeholderRepository;
  // GitHub's status page lets the CMS tell editors when GitHub itself is down.
  const api = { github: ['https://api.github.com', 'https://www.githubstatus.com'], gitlab: ['https://gitlab.com'], gitea: [] as string[] }[backend];
  return [...api, ...(authUrl ? [new URL(authUrl).origin] : [])];
}

/**
 * `/admin/`'s own headers. Its CSP allows what the CMS needs and nothing a reader's page has:
 * the repository's API, the avatars of signed-in editors, the CMS's inline styles and the import
 * map (by its hash) that serves the CMS's late modules from `/admin/`. No other
 * site may frame it, and the sign-in window may talk back to it (`same-origin-allow-popups`).
 */
export function adminHeaders(repository: EditorRepository | null, scriptHashes: string[]): [string, string][] {
  // data: and blob: are the CMS reading its own inline images and drafts, not another host.
  const connect = ["'self'", 'data:', 'blob:', ...repositoryOrigins(repository)].join(' ');
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${scriptHashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://secure.gravatar.com",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    ['Content-Security-Policy', csp],
    ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
    ['Cache-Control', 'no-cache'],
    ['X-Robots-Tag', 'noindex, nofollow'],
  ];
}
