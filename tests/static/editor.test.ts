import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { headersFor, parseCsp, parseHeadersFile } from '../../src/lib/build/security-headers';
import { localeCodes } from '../../src/lib/locales';
import { adminDirectory } from '../../src/features/editor/admin-path';

/**
 * The editors' interface (`/admin/`) is in the build, and nothing of it reaches readers: no page
 * links to it or loads from it, no language pack, the service worker, the sitemap or a search
 * index names it, and it runs under its own Content-Security-Policy while the site's stays as it was.
 */
const dist = process.env.WEGWIJS_DIST ?? 'dist';
const admin = join(dist, adminDirectory);
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const header = (path: string, name: string) => headersFor(rules, path).find(([key]) => key.toLowerCase() === name)?.[1];

/** Every file of the build outside `/admin/`, by its path in the site. */
function readerFiles(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .filter((path) => !path.startsWith(`/${adminDirectory}/`));
}

describe('the editors\' interface', () => {
  it('is built: the page, the CMS, its configuration and Wegwijs\'s checks', () => {
    for (const file of ['index.html', 'config.yml', 'sveltia-cms.js', 'wegwijs-editor.js']) expect(existsSync(join(admin, file)), file).toBe(true);
    const config = parseYaml(readFileSync(join(admin, 'config.yml'), 'utf8')) as { publish_mode: string; collections: { name: string; folder: string }[]; i18n: { locales: string[]; structure: string } };
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.i18n.structure).toBe('multiple_folders');
    expect(config.i18n.locales).toEqual(localeCodes);
    expect(config.collections.map(({ name, folder }) => [name, folder])).toEqual([
      ['topics', 'src/content/topics'],
      ['contacts', 'src/content/contacts'],
      ['cities', 'src/content/cities'],
    ]);
  });

  it('loads nothing from another host: every script, font and module it names is in /admin/', () => {
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    const sources = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources).toEqual(['sveltia-cms.js', 'wegwijs-editor.js']);
    const bundle = readFileSync(join(admin, 'sveltia-cms.js'), 'utf8');
    expect(bundle).not.toContain('cdn.jsdelivr.net');
    for (const font of bundle.matchAll(/url\((fonts\/[^)]+)\)/g)) expect(existsSync(join(admin, font[1]!)), font[1]).toBe(true);
    const importMap = JSON.parse(/<script type="importmap">([^<]+)<\/script>/.exec(html)?.[1] ?? '{}') as { imports: Record<string, string> };
    for (const target of Object.values(importMap.imports)) expect(existsSync(join(dist, target)), target).toBe(true);
  });

  it('has its own Content-Security-Policy, and the site\'s pages keep theirs', () => {
    const adminPolicy = parseCsp(header('/admin/', 'content-security-policy') ?? '');
    const sitePolicy = header('/nl/', 'content-security-policy') ?? '';
    expect(adminPolicy.get('script-src')?.[0]).toBe("'self'");
    expect(adminPolicy.get('connect-src')).toContain('https://api.github.com');
    expect(adminPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    // Hosts apply every rule that matches: the site's policy must not reach /admin/, nor the other way round.
    const adminRules = rules.filter((rule) => headersFor([rule], '/admin/').length > 0);
    expect(adminRules.flatMap((rule) => rule.headers.filter(([name]) => name.toLowerCase() === 'content-security-policy')).length).toBe(1);
    expect(sitePolicy).not.toContain('api.github.com');
    expect(sitePolicy).toContain("connect-src 'self'");
    expect(header('/admin/', 'cross-origin-embedder-policy')).toBeUndefined();
    expect(header('/admin/', 'x-robots-tag')).toBe('noindex, nofollow');
  });

  it('no reader page, pack, service worker, sitemap or search index refers to it', () => {
    const mentions = readerFiles()
      // `_headers` gives /admin/ its policy: the one file that must name it.
      .filter((path) => /\.(html|js|json|xml|webmanifest|css|txt|svg)$/.test(path) || path === '/_redirects')
      // `/admin/…`, or `admin/…` as a precache list would name it.
      .filter((path) => new RegExp(`["'/(]${adminDirectory}/`).test(readFileSync(join(dist, path), 'utf8')));
    expect(mentions).toEqual([]);
    for (const code of localeCodes) {
      const pack = JSON.parse(readFileSync(join(dist, code, 'pack.json'), 'utf8')) as { entries: { url: string }[] };
      expect(pack.entries.filter((entry) => entry.url.includes(`/${adminDirectory}/`)), code).toEqual([]);
    }
  });
});
