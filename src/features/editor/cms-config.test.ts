import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sharedTopicFields } from '../../lib/build/content-pipeline';
import { channelTypes, citySchema, contactSchema, topicSchema } from '../../lib/build/schemas';
import { adminHeaders, cmsConfig } from './cms-config.build';
import { importMap } from './admin.build';

type Field = { name: string; widget: string; i18n?: unknown; fields?: Field[]; types?: Field[] };
type Collection = { name: string; fields: Field[] };
const config = cmsConfig(null, 'https://wegwijs.example') as { collections: Collection[] };
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name)!;
const names = (fields: Field[]) => fields.map((field) => field.name);
const keysOf = (schema: z.ZodType) => Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);

describe('the editors\' configuration (/admin/config.yml)', () => {
  it('is valid by Sveltia CMS\'s own JSON schema', () => {
    const require = createRequire(import.meta.url);
    const schemaFile = join(dirname(require.resolve('@sveltia/cms')), '..', 'schema', 'sveltia-cms.json');
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const repository = cmsConfig({ backend: 'github', repo: 'org/wegwijs', branch: 'main', authUrl: 'https://auth.example.org' }, 'https://wegwijs.example');
    for (const candidate of [config, repository]) {
      const valid = validate(candidate);
      expect(valid ? [] : validate.errors?.slice(0, 5)).toEqual([]);
    }
    // The schema does catch mistakes: a wrong publish mode, a collection without a folder.
    expect(validate({ ...config, publish_mode: 'straight-to-readers' })).toBe(false);
    expect(validate({ ...config, collections: [{ name: 'topics', label: 'Pages', fields: [] }] })).toBe(false);
  });

  it('has a form field for every field of the schemas, and no other', () => {
    expect(names(collection('topics').fields).filter((name) => name !== 'body').sort()).toEqual(keysOf(topicSchema).sort());
    expect(names(collection('contacts').fields).sort()).toEqual(keysOf(contactSchema).sort());
    expect(names(collection('cities').fields).sort()).toEqual(keysOf(citySchema).sort());
  });

  it('offers every channel type the schema knows', () => {
    const channels = collection('contacts').fields.find((field) => field.name === 'channels')!;
    expect(channels.types?.map((type) => type.name)).toEqual([...channelTypes]);
    const schemaTypes = (contactSchema.shape.channels.element as unknown as { options: { shape: { type: { value: string } } }[] }).options.map((option) => option.shape.type.value);
    expect([...channelTypes].sort()).toEqual(schemaTypes.sort());
  });

  it('copies the fields translations share with the master, and leaves the words to the translator', () => {
    const i18n = Object.fromEntries(collection('topics').fields.map((field) => [field.name, field.i18n]));
    for (const name of sharedTopicFields) expect(i18n[name], name).toBe('duplicate');
    for (const name of ['title', 'summary', 'keywords', 'translation', 'reviewed', 'body']) expect(i18n[name], name).toBe(true);
    expect(i18n['revision']).toBe(false);
  });

  it('gives /admin/ a policy for its repository\'s host and its import map, and no more', () => {
    const headers = new Map(adminHeaders({ backend: 'gitlab', repo: 'org/wegwijs', branch: 'main', authUrl: 'https://auth.example.org/callback' }, ["'sha256-abc'"]));
    const policy = headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("script-src 'self' 'sha256-abc';");
    expect(policy).toContain('connect-src \'self\' data: blob: https://gitlab.com https://auth.example.org;');
    expect(policy).not.toContain('api.github.com');
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin-allow-popups');
  });

  it('maps the CMS\'s late modules to /admin/, at the version its bundle asks for', () => {
    const map = importMap('x,immutable:`^5.1.9`,other:`1`');
    expect(JSON.parse(map.json)).toEqual({ imports: { 'https://unpkg.com/immutable@5.1.9/': '/admin/vendor/immutable/' } });
    expect(map.hash).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(() => importMap('no versions here')).toThrow(/no longer names a version of immutable/);
  });
});
