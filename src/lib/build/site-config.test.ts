import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import settingsInFile from '../../../wegwijs.config.ts';
import example from '../../../wegwijs.config.example.ts';
import { browserDefines, environmentOverrides, resolveSiteConfig, siteConfig, type WegwijsConfig } from './site-config';
import { quickExitDestination } from '../../features/quick-exit/quick-exit';

const file = 'wegwijs.config.ts';
const defaults: WegwijsConfig = {
  site: 'https://wegwijs.example',
  organisation: null,
  outreachChat: null,
  corrections: null,
  quickExitCoverSite: 'https://www.buienradar.nl/',
  themeColor: '#4b2a8c',
  editor: null,
};

/** The error message resolving `settings` with `environment` throws ('' when it does not). */
function problem(settings: unknown, environment: Record<string, string> = {}): string {
  try {
    resolveSiteConfig(settings, file, environment);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** A JSON file in a fresh temporary folder, for the variables that name one. */
function jsonFile(json: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'wegwijs-config-')), 'section.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('the site config file', () => {
  it('as shipped, keeps the values Wegwijs had before it was configurable', () => {
    expect(resolveSiteConfig(settingsInFile, file, {})).toEqual(defaults);
  });

  it('the filled-in example is valid, and its chat and corrections take the organisation\'s name', () => {
    const config = resolveSiteConfig(example, 'wegwijs.config.example.ts', {});
    expect(config.organisation).toBe('Stichting Voorbeeld');
    expect(config.outreachChat?.organisation).toBe('Stichting Voorbeeld');
    expect(config.corrections?.organisation).toBe('Stichting Voorbeeld');
  });

  it('a section\'s own organisation wins over the site\'s', () => {
    const config = resolveSiteConfig({ ...defaults, organisation: 'Stichting A', corrections: { organisation: 'Stichting B', email: 'x@example.org' } }, file, {});
    expect(config.corrections?.organisation).toBe('Stichting B');
  });

  it('keeps the site as its origin, with or without a final slash', () => {
    expect(resolveSiteConfig({ ...defaults, site: 'https://Wegwijs.example/' }, file, {}).site).toBe('https://wegwijs.example');
  });
});

describe('a bad value fails, naming the file and the field', () => {
  it.each([
    ['site', { site: 'wegwijs.example' }, 'wegwijs.config.ts → site: An https:// address'],
    ['site with a path', { site: 'https://example.org/wegwijs/' }, 'wegwijs.config.ts → site: Only the scheme and host'],
    ['site not on the web', { site: 'ftp://example.org' }, 'wegwijs.config.ts → site: An https:// address'],
    ['organisation', { organisation: 'X' }, 'wegwijs.config.ts → organisation: Too small'],
    ['cover site over http', { quickExitCoverSite: 'http://www.buienradar.nl/' }, 'wegwijs.config.ts → quickExitCoverSite: Use an https:// address'],
    ['theme colour', { themeColor: 'purple' }, 'wegwijs.config.ts → themeColor: A colour as # and six hex digits'],
    ['outreach chat phone', { outreachChat: { organisation: 'SHOP', channel: { type: 'whatsapp', value: '06 1234' }, languages: ['nl'] } }, 'wegwijs.config.ts → outreachChat.channel.value: Not a valid phone number'],
    ['corrections address', { corrections: { organisation: 'SHOP', url: 'http://example.org/form' } }, 'wegwijs.config.ts → corrections.url: Use an https:// address'],
    ['unknown field', { colour: '#000000' }, 'wegwijs.config.ts → colour: Unknown field'],
    ['editor repository', { editor: { backend: 'github', repo: 'wegwijs' } }, 'wegwijs.config.ts → editor.repo: owner/name of the repository'],
    ['editor host', { editor: { backend: 'bitbucket', repo: 'org/wegwijs' } }, 'wegwijs.config.ts → editor.backend: '],
    ['editor sign-in over http', { editor: { backend: 'github', repo: 'org/wegwijs', authUrl: 'http://auth.example.org' } }, 'wegwijs.config.ts → editor.authUrl: Use an https:// address'],
  ])('%s', (_, change, message) => {
    expect(problem({ ...defaults, ...change })).toContain(message);
  });

  it('a missing field', () => {
    const { themeColor: _, ...withoutColour } = defaults;
    expect(problem(withoutColour)).toMatch(/^Invalid Wegwijs config:\nwegwijs\.config\.ts → themeColor: /);
  });

  it('a chat or corrections contact with no organisation named anywhere', () => {
    expect(problem({ ...defaults, corrections: { email: 'fouten@example.org' } })).toContain(
      'wegwijs.config.ts → corrections.organisation: Give the organisation\'s name here or in `organisation`',
    );
  });

  it('a file without a default export', () => {
    expect(problem(undefined)).toContain('wegwijs.config.ts → (whole file): ');
  });

  it('every problem, one line each', () => {
    expect(problem({ ...defaults, site: 'nope', themeColor: 'nope' }).split('\n').slice(1)).toEqual([
      expect.stringMatching(/^wegwijs\.config\.ts → site: /),
      expect.stringMatching(/^wegwijs\.config\.ts → themeColor: /),
    ]);
  });
});

describe('environment variables override single fields', () => {
  it('WEGWIJS_SITE, WEGWIJS_ORGANISATION, WEGWIJS_QUICK_EXIT_COVER_SITE and WEGWIJS_THEME_COLOR', () => {
    const config = resolveSiteConfig({ ...defaults, corrections: { email: 'fouten@example.org' } }, file, {
      WEGWIJS_SITE: 'https://hulp.example.org',
      WEGWIJS_ORGANISATION: 'Stichting Env',
      WEGWIJS_QUICK_EXIT_COVER_SITE: 'https://nos.nl/',
      WEGWIJS_THEME_COLOR: '#003366',
    });
    expect(config).toMatchObject({ site: 'https://hulp.example.org', organisation: 'Stichting Env', quickExitCoverSite: 'https://nos.nl/', themeColor: '#003366' });
    expect(config.corrections?.organisation).toBe('Stichting Env');
  });

  it('an unset or empty variable changes nothing', () => {
    expect(resolveSiteConfig(defaults, file, { WEGWIJS_SITE: '', WEGWIJS_THEME_COLOR: undefined as unknown as string })).toEqual(defaults);
  });

  it('a bad value fails naming the variable and the field', () => {
    expect(problem(defaults, { WEGWIJS_THEME_COLOR: 'purple' })).toContain('WEGWIJS_THEME_COLOR → themeColor: A colour as #');
    expect(problem(defaults, { WEGWIJS_SITE: 'https://example.org/sub/' })).toContain('WEGWIJS_SITE → site: Only the scheme and host');
    // The fields the variable did not touch still name the file.
    expect(problem({ ...defaults, organisation: 'X' }, { WEGWIJS_THEME_COLOR: 'purple' })).toContain('wegwijs.config.ts → organisation: ');
  });

  it('WEGWIJS_OUTREACH_CONFIG and WEGWIJS_CORRECTIONS_CONFIG name JSON files, as before', () => {
    const chat = { organisation: 'SHOP Den Haag', channel: { type: 'signal', value: '06 12345678' }, languages: ['nl', 'en'] };
    const config = resolveSiteConfig(defaults, file, {
      WEGWIJS_OUTREACH_CONFIG: jsonFile(chat),
      WEGWIJS_CORRECTIONS_CONFIG: jsonFile({ organisation: 'Stichting X', email: 'fouten@example.org' }),
    });
    expect(config.outreachChat).toEqual(chat);
    expect(config.corrections).toEqual({ organisation: 'Stichting X', email: 'fouten@example.org' });
    // `null` in the file switches a section off that wegwijs.config.ts switched on.
    const off = resolveSiteConfig({ ...defaults, corrections: { organisation: 'Stichting X', email: 'x@example.org' } }, file, { WEGWIJS_CORRECTIONS_CONFIG: jsonFile(null) });
    expect(off.corrections).toBeNull();
  });

  it('a wrong JSON file fails naming that file and the field', () => {
    const path = jsonFile({ organisation: 'SHOP', channel: { type: 'sms', value: '112' }, languages: ['nl'] });
    expect(problem(defaults, { WEGWIJS_OUTREACH_CONFIG: path })).toBe(
      `Invalid outreach chat config:\n${path} → channel.value: A short number such as 112 cannot receive chats`,
    );
    expect(problem(defaults, { WEGWIJS_CORRECTIONS_CONFIG: join(tmpdir(), 'no-such-wegwijs-file.json') })).toContain('no-such-wegwijs-file.json: not readable JSON');
    const nameless = jsonFile({ email: 'x@example.org' });
    expect(problem(defaults, { WEGWIJS_CORRECTIONS_CONFIG: nameless })).toContain(`${nameless} (WEGWIJS_CORRECTIONS_CONFIG) → corrections.organisation: Give the organisation's name`);
  });

  it('every variable sets a field the config has', () => {
    expect(Object.values(environmentOverrides).map((override) => override.field).sort()).toEqual(Object.keys(defaults).sort());
  });
});

describe('what the phone gets', () => {
  it('the cover site is written into the scripts at build time, and nothing else', () => {
    expect(browserDefines(resolveSiteConfig(defaults, file, { WEGWIJS_QUICK_EXIT_COVER_SITE: 'https://nos.nl/' }))).toEqual({
      __WEGWIJS_QUICK_EXIT_COVER_SITE__: '"https://nos.nl/"',
    });
  });

  it('quick-exit.ts exports the configured cover site (Vitest defines it as the build does)', () => {
    expect(quickExitDestination).toBe(siteConfig().quickExitCoverSite);
    expect(quickExitDestination).toMatch(/^https:\/\//);
  });
});
