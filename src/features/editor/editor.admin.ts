/**
 * The editors' interface (`/admin/`): what Wegwijs adds to Sveltia CMS. Loaded after
 * `sveltia-cms.js`, in the editor's browser only — never on a reader's page.
 *
 * - Field types for what a plain form cannot check: phone numbers (libphonenumber, as the build),
 *   OpenStreetMap opening hours, the sources per section, the master's revision and the
 *   translation status.
 * - Before anything is saved, every language of the entry is checked with the build's own zod
 *   schemas, and a problem is shown with the build's message, naming the language and field.
 *
 * Sveltia CMS provides React for custom fields as `window.h` / `window.createClass`; using them
 * (instead of bundling a second React) keeps one React on the page.
 */
import type { z } from 'zod';
import { citySchema, contactSchema, isValidOpeningHours, openingHoursMessage, phoneMessage, topicSchema } from '../../lib/build/schemas.ts';
import { isValidContactPhone } from '../../lib/build/phone.ts';
import { masterLocale } from '../../lib/locales.ts';
import { customFieldTypes } from './field-types.ts';
import { describeProblems, formatCitations, parseCitations, pruneEmpty, translationState, validationProblems } from './editor-logic.ts';

type Props = {
  value: unknown;
  field?: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  onChange: (value: unknown) => void;
  entry?: ImmutableMap;
};
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}
type Element = unknown;
type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface ComponentThis {
  props: Props;
  state: Record<string, unknown>;
  setState(update: Record<string, unknown>): void;
}
type ComponentSpec = Record<string, unknown> & ThisType<ComponentThis>;
interface SveltiaCms {
  registerFieldType?: (name: string, control: unknown, preview?: unknown) => void;
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
  registerEventListener: (listener: { name: string; handler: (payload: { entry: ImmutableMap }) => unknown }) => void;
}
const page = window as unknown as { CMS: SveltiaCms; h: CreateElement; createClass: (spec: ComponentSpec) => unknown };
const { CMS, h, createClass } = page;

/** How a field's value reads in the preview pane. */
const textPreview = (format: (value: unknown) => string) =>
  createClass({
    render() {
      return h('p', { style: { whiteSpace: 'pre-line' } }, format(this.props.value));
    },
  });
const plainText = textPreview((value) => (typeof value === 'string' ? value : ''));

/**
 * Looks, inline: the CMS styles its own fields, and these few rules are all Wegwijs's fields need
 * (the CSP of /admin/ allows inline styles; nothing here reaches a reader).
 */
const statusColours = { current: '#15803d', outdated: '#b45309', missing: '#6b7280' } as const;
const boxStyle = (status: keyof typeof statusColours) => ({
  borderInlineStart: `4px solid ${statusColours[status]}`,
  background: status === 'outdated' ? '#fffbeb' : status === 'current' ? '#f0fdf4' : '#f9fafb',
  padding: '8px 12px',
  margin: '0 0 8px',
  color: '#111827',
});
const buttonStyle = { font: 'inherit', padding: '6px 12px', border: '1px solid #1d4ed8', borderRadius: '4px', background: '#1d4ed8', color: '#ffffff', cursor: 'pointer' };
const quietButtonStyle = { ...buttonStyle, background: 'transparent', color: '#1d4ed8' };

const register = (name: string, control: unknown, preview: unknown = plainText) => (CMS.registerFieldType ?? CMS.registerWidget).call(CMS, name, control, preview);

/** An input whose value is checked by `check` (true, or the build's message). */
function checkedTextControl(inputProps: Record<string, unknown>, check: (value: string) => true | string) {
  return createClass({
    isValid() {
      const value = typeof this.props.value === 'string' ? this.props.value.trim() : '';
      if (value === '') return true; // "required" is the form's own check
      const verdict = check(value);
      return verdict === true ? true : { error: { message: verdict } };
    },
    render() {
      return h('input', {
        ...inputProps,
        id: this.props.forID,
        'aria-label': this.props.field?.get('label'),
        className: this.props.classNameWrapper,
        value: typeof this.props.value === 'string' ? this.props.value : '',
        onChange: (event: Event) => this.props.onChange((event.target as HTMLInputElement).value),
      });
    },
  });
}

register(
  customFieldTypes.phone,
  checkedTextControl({ type: 'tel', dir: 'ltr', autoComplete: 'off', spellCheck: false }, (value) => (isValidContactPhone(value) ? true : phoneMessage)),
);
register(
  customFieldTypes.openingHours,
  checkedTextControl({ type: 'text', dir: 'ltr', autoComplete: 'off', spellCheck: false }, (value) => (isValidOpeningHours(value) ? true : openingHoursMessage)),
);

register(
  customFieldTypes.citations,
  createClass({
    getInitialState() {
      return { text: formatCitations(this.props.value) };
    },
    isValid() {
      const parsed = parseCitations(String(this.state.text ?? ''));
      return parsed.ok ? true : { error: { message: parsed.message } };
    },
    render() {
      return h('textarea', {
        id: this.props.forID,
        'aria-label': this.props.field?.get('label'),
        className: this.props.classNameWrapper,
        rows: 4,
        dir: 'ltr',
        value: this.state.text,
        onChange: (event: Event) => {
          const text = (event.target as HTMLTextAreaElement).value;
          this.setState({ text });
          const parsed = parseCitations(text);
          if (parsed.ok) this.props.onChange(parsed.value);
        },
      });
    },
  }),
  textPreview(formatCitations),
);

/** The master's revision: raising it is the one action that marks every translation outdated. */
register(
  customFieldTypes.revision,
  createClass({
    getInitialState() {
      return { saved: typeof this.props.value === 'number' ? this.props.value : 1 };
    },
    render() {
      const current = typeof this.props.value === 'number' ? this.props.value : 1;
      const saved = this.state.saved as number;
      const raised = current > saved;
      return h(
        'div',
        { className: 'wegwijs-revision' },
        h('p', { id: `${this.props.forID}-status`, style: boxStyle(raised ? 'outdated' : 'current') }, raised ? `Revision ${current} (was ${saved}). When you save, every translation is shown as outdated until it is updated.` : `Revision ${current}.`),
        raised
          ? h('button', { type: 'button', style: quietButtonStyle, onClick: () => this.props.onChange(saved) }, 'Undo: the meaning did not change')
          : h('button', { type: 'button', id: this.props.forID, style: buttonStyle, onClick: () => this.props.onChange(current + 1) }, 'The meaning changed: mark all translations outdated'),
      );
    },
  }),
  textPreview((value) => `Revision ${typeof value === 'number' ? value : 1}`),
);

/**
 * The translation status. On a translation: up to date or outdated against the English page's
 * revision, and the action that records "updated to revision N". On the English page: the status
 * of every language.
 */
register(
  customFieldTypes.translation,
  createClass({
    render() {
      const entry = this.props.entry?.toJS() as { path?: string; data?: Record<string, unknown>; i18n?: Record<string, { data?: Record<string, unknown> }> } | undefined;
      const state = translationState(entry, this.props.value);
      if (state.kind === 'master') {
        return h(
          'div',
          { className: 'wegwijs-translations' },
          h('p', null, `Translations of revision ${state.revision}:`),
          h(
            'ul',
            { 'aria-label': 'Translation status per language' },
            ...state.languages.map(({ locale, status, from }) =>
              h(
                'li',
                { key: locale, 'data-status': status, style: { color: statusColours[status], fontWeight: status === 'current' ? 'normal' : 'bold' } },
                `${locale}: ${status === 'current' ? 'up to date' : status === 'missing' ? 'missing' : `outdated (made from revision ${from ?? '?'})`}`,
              ),
            ),
          ),
        );
      }
      if (state.kind === 'unknown') return h('p', null, 'Save the page once to see its translation status.');
      const { masterRevision, from } = state;
      return h(
        'div',
        { className: 'wegwijs-translation', 'data-status': state.kind },
        h(
          'p',
          { role: 'status', style: boxStyle(state.kind) },
          state.kind === 'current'
            ? `Up to date: translated from revision ${masterRevision} of the English page.`
            : `Outdated: translated from revision ${from ?? 'unknown'}, and the English page is at revision ${masterRevision}. Compare it with the English page, update this text, then mark it up to date.`,
        ),
        state.kind === 'current'
          ? null
          : h('button', { type: 'button', id: this.props.forID, style: buttonStyle, onClick: () => this.props.onChange({ source: masterLocale, revision: masterRevision }) }, `This translation is up to date with revision ${masterRevision}`),
      );
    },
  }),
  textPreview(() => ''),
);

const schemas: Record<string, z.ZodType> = { topics: topicSchema, contacts: contactSchema, cities: citySchema };

/** Sveltia shows a save error's `cause` to the editor; any other error becomes a bare "unexpected error". */
function refuse(message: string): never {
  throw new Error('saving_failed', { cause: new Error(message) });
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = String(entry.get('collection'));
    const schema = schemas[collection];
    if (!schema) return undefined;
    const data = entry.get('data') as ImmutableMap | undefined;
    // `data` is the English (default-language) version; `i18n` holds the other languages.
    const versions: [string, unknown][] = [[collection === 'topics' ? masterLocale : '', data?.toJS()]];
    const others = (entry.get('i18n') as ImmutableMap | undefined)?.toJS() as Record<string, { data?: unknown }> | undefined;
    if (collection === 'topics') for (const [locale, version] of Object.entries(others ?? {})) versions.push([locale, version.data]);
    const problems = [];
    for (const [locale, raw] of versions) {
      const content = pruneEmpty(raw);
      if (content === undefined) continue; // a language this entry does not have
      const { body: _body, ...frontMatter } = content as Record<string, unknown>;
      problems.push(...validationProblems(schema, collection === 'topics' ? frontMatter : content, locale));
    }
    if (problems.length > 0) refuse(`Not saved. Fix this first: ${describeProblems(problems, versions.length)}`);
    return undefined;
  },
});
