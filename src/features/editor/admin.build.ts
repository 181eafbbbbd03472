import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { cmsConfig, type EditorRepository } from './cms-config.build.ts';
import { adminDirectory } from './admin-path.ts';

/**
 * The editors' interface, written into the build at `/admin/` (after Astro, outside its pages: no
 * reader page, language pack, sitemap or search index knows it). Sveltia CMS is copied from its
 * npm package as published, so the CMS version is the one in package-lock.json.
 */


const require = createRequire(import.meta.url);

/** Where Sveltia CMS's published files are. The package exports only its module entry (npm/index.js); the bundle sits in dist/ beside it. */
const sveltiaDistribution = () => join(dirname(require.resolve('@sveltia/cms')), '..', 'dist');

/**
 * Sveltia CMS loads its fonts from jsDelivr and some modules from unpkg as it needs them. The
 * editors' interface loads nothing from another host: the fonts come from the same Fontsource
 * packages (devDependencies) and are served from `/admin/fonts/`, and the modules Wegwijs's forms
 * need (Immutable, for custom fields) from `/admin/vendor/`, through an import map.
 */
const fontUrlPattern = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Fonts served as a fixed weight instead of the variable file the CMS names. The CMS declares its
 * icon font at weight 400 only, so the static file draws the same icons: 322 kB instead of 753 kB.
 */
const staticFonts: Record<string, string> = { 'material-symbols-outlined': 'latin-400-normal' };

/** Modules the CMS loads from unpkg that the editors' forms use, and the file of each it asks for. */
const servedModules = [{ name: 'immutable', file: 'dist/immutable.es.js' }];

/** The version the CMS asks unpkg for (`immutable@5.1.9`), read from the dependency list in its bundle. */
function requestedVersion(bundle: string, name: string): string {
  const match = new RegExp(`[{,"]${name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}"?:\`\\D?([\\d.]+)\``).exec(bundle);
  if (!match?.[1]) throw new Error(`@sveltia/cms: its bundle no longer names a version of ${name}; see src/features/editor/admin.build.ts`);
  return match[1];
}

/** The import map's text and its CSP hash. */
export function importMap(bundle: string): { json: string; hash: string } {
  const imports = Object.fromEntries(servedModules.map(({ name }) => [`https://unpkg.com/${name}@${requestedVersion(bundle, name)}/`, `/${adminDirectory}/vendor/${name}/`]));
  const json = JSON.stringify({ imports });
  return { json, hash: `'sha256-${createHash('sha256').update(json).digest('base64')}'` };
}

/** The page editors open: the CMS, then Wegwijs's additions, which register before the CMS has read its configuration. */
const indexHtml = (importMapJson: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Wegwijs editor</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<script type="importmap">${importMapJson}</script>
</head>
<body>
<noscript>The Wegwijs editor needs JavaScript.</noscript>
<script src="sveltia-cms.js"></script>
<script src="wegwijs-editor.js"></script>
</body>
</html>
`;

/** Writes `/admin/` into the built site: the page, the CMS, its configuration and Wegwijs's field types and checks. Returns the import map's CSP hash. */
export async function writeAdmin(output: string, repository: EditorRepository | null, siteUrl: string): Promise<{ files: string[]; scriptHash: string }> {
  const directory = join(output, adminDirectory);
  const distribution = sveltiaDistribution();
  const files: string[] = [];
  const write = async (path: string, content: string | Buffer) => {
    await mkdir(dirname(join(directory, path)), { recursive: true });
    await writeFile(join(directory, path), content);
    files.push(path);
  };

  let bundle = await readFile(join(distribution, 'sveltia-cms.js'), 'utf8');
  const fonts = new Map<string, string>();
  bundle = bundle.replace(fontUrlPattern, (_url, family: string, variable: string | undefined, file: string) => {
    const fixed = staticFonts[family];
    const name = `${family}-${fixed ?? file}.woff2`;
    fonts.set(name, require.resolve(`@fontsource${variable && !fixed ? '-variable' : ''}/${family}/files/${name}`));
    return `fonts/${name}`;
  });
  if (bundle.includes('cdn.jsdelivr.net')) throw new Error('@sveltia/cms loads something new from jsDelivr; serve it from /admin/ (src/features/editor/admin.build.ts)');
  for (const [name, from] of fonts) await write(`fonts/${name}`, await readFile(from));
  await write('sveltia-cms.js', bundle);
  for (const chunk of (await readdir(join(distribution, 'chunks'))).filter((name) => name.endsWith('.js'))) {
    await write(`chunks/${chunk}`, await readFile(join(distribution, 'chunks', chunk)));
  }
  const map = importMap(bundle);
  for (const { name, file } of servedModules) {
    await write(`vendor/${name}/${file}`, await readFile(join(dirname(require.resolve(`${name}/package.json`)), file)));
  }

  const editor = await build({
    entryPoints: [fileURLToPath(new URL('./editor.admin.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  await write('wegwijs-editor.js', editor.outputFiles[0]!.contents as Buffer);
  await write('config.yml', `# Written by the build (src/features/editor/cms-config.build.ts); edit that, not this.\n${stringify(cmsConfig(repository, siteUrl))}`);
  await write('index.html', indexHtml(map.json));
  return { files, scriptHash: map.hash };
}
