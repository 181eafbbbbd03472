import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * The same corpus (our English and Dutch topic pages) as an Astro Starlight site with its default
 * Pagefind search, built in a temporary folder from packages fetched from the npm registry.
 * Nothing of it is kept in the project. Returns the folder with the built site.
 */
export function buildStarlight(projectRoot: string): { root: string; dist: string; topicPath: string; otherTopics: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'wegwijs-starlight-'));
  const astroVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')).version as string;
  const markdownVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules/@astrojs/markdown-remark/package.json'), 'utf8')).version as string;
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'starlight-comparison', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/markdown-remark': markdownVersion, '@astrojs/starlight': 'latest' } }, null, 2),
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`Installing Starlight failed:\n${install.stderr}`);
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: 'Wegwijs', defaultLocale: 'en', locales: { en: { label: 'English' }, nl: { label: 'Nederlands', lang: 'nl' } } })],
});
`,
  );
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const locale of ['en', 'nl']) {
    const source = join(projectRoot, 'src/content/topics', locale);
    writeFileSync(join(mkdirSync(join(root, 'src/content/docs', locale), { recursive: true }) ?? join(root, 'src/content/docs', locale), 'index.md'), `---\ntitle: Wegwijs\n---\n\nWegwijs\n`);
    for (const file of readdirSync(source)) {
      const text = readFileSync(join(source, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) continue;
      const data = parseYaml(match[1] ?? '') as { title: string; summary: string; section: string };
      const folder = join(root, 'src/content/docs', locale, data.section);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, file), `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---\n\n${data.summary}\n\n${match[2] ?? ''}`);
    }
  }
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`Building Starlight failed:\n${build.stderr || build.stdout}`);
  writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>Starlight comparison</title><a href="/en/">en</a>');
  // The cache rule Wegwijs' own _headers gives hashed files, so a visit compares like with like.
  writeFileSync(join(root, 'dist/_headers'), '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  const topicPath = '/en/rights/police-checks/';
  const otherTopics = ['/en/rights/fines-and-objecting/', '/en/safety/your-choice/'];
  return { root, dist: join(root, 'dist'), topicPath, otherTopics };
}
