import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHostLimits, mergePagePolicies, parseHeadersFile, serializeHeadersFile, trimPagePolicy } from '../lib/build/security-headers';
import { caddyConfig, nginxConfig } from '../lib/build/server-config';
import { localeCodes } from '../lib/locales';
import { localePath } from '../lib/routes';
import { siteConfig } from '../lib/build/site-config';
import { writeAdmin } from '../features/editor/admin.build';
import { adminDirectory } from '../features/editor/admin-path';
import { adminHeaders } from '../features/editor/cms-config.build';

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The site's pages: every HTML file but the editors' interface, which has its own policy. */
async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.startsWith(join(directory, adminDirectory)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Headers of the readers' pages that the editors' interface must not get: static hosts apply every
 * matching rule (Cloudflare Pages joins two values of one header, so both policies would apply),
 * so they go on rules that cover the site's documents and not `/admin/`.
 */
const siteDocumentHeaders = ['content-security-policy', 'cross-origin-opener-policy', 'cross-origin-embedder-policy'];

/**
 * The rules that cover the site's documents: the start page, the service worker, every HTML file
 * at the top and every folder with pages (each language, /status/) — everything but `/admin/`.
 */
async function siteDocumentPatterns(output: string): Promise<string[]> {
  const patterns = ['/', '/sw.js'];
  for (const entry of await readdir(output, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) patterns.push(`/${entry.name}`);
    if (!entry.isDirectory() || entry.name === adminDirectory) continue;
    const inside = await readdir(join(output, entry.name), { recursive: true });
    if (inside.some((name) => name.endsWith('.html'))) patterns.push(`/${entry.name}/*`);
  }
  return patterns;
}

/** `_redirects` rules (Netlify / Cloudflare Pages) that answer unknown URLs in a language with that language's 404 page. */
function notFoundRedirects(): string {
  return localeCodes.map((code) => `${localePath(code)}* ${localePath(code, '404')} 404`).join('\n') + '\n';
}

/**
 * React's island runtime (`_astro/client.*.js`, about 220 kB): Astro emits it because the React
 * integration is on (React is kept for the editors' interface), but it is dead weight on a host
 * while no page has a React island. It is deleted when no built file names it, and kept as soon
 * as one does.
 */
async function removeUnusedReactRuntime(output: string): Promise<string[]> {
  const assets = join(output, '_astro');
  const runtimes = (await readdir(assets)).filter((name) => /^client\.[\w-]+\.js$/.test(name));
  if (runtimes.length === 0) return [];
  const entries = await readdir(output, { recursive: true, withFileTypes: true });
  const texts = entries.filter((entry) => entry.isFile() && /\.(html|js|css|json|webmanifest)$/.test(entry.name) && !runtimes.includes(entry.name));
  const named = new Set<string>();
  for (const entry of texts) {
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
    for (const runtime of runtimes) if (text.includes(runtime)) named.add(runtime);
  }
  const unused = runtimes.filter((runtime) => !named.has(runtime));
  for (const runtime of unused) await rm(join(assets, runtime));
  return unused;
}

/**
 * Files static hosts read, written after the build, and the editors' interface (`/admin/`).
 * Each page's CSP `<meta>` keeps only the hashes of its own inline scripts (trimPagePolicy).
 * `_redirects`: a 404 page per language. `_headers`: `public/_headers` holds the fixed headers;
 * the Content-Security-Policy, built from the hashes Astro put in the pages, and the isolation
 * headers go on rules for the site's documents, and `/admin/` gets its own.
 * A page without a CSP `<meta>` fails the build: it would run unprotected where `_headers` is not used.
 */
export default function staticHost(): AstroIntegration {
  return {
    name: 'wegwijs:static-host',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const output = fileURLToPath(dir);
        const config = siteConfig();
        const admin = await writeAdmin(output, config.editor, config.site);
        logger.info(`/${adminDirectory}/: the editors' interface (${admin.files.length} files)`);
        const policies: string[] = [];
        for (const file of await htmlFiles(output)) {
          const html = trimPagePolicy(await readFile(file, 'utf8'), file);
          await writeFile(file, html);
          const match = metaPattern.exec(html);
          if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>.`);
          policies.push(match[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'"));
        }
        const headersPath = join(output, '_headers');
        const rules = parseHeadersFile(await readFile(headersPath, 'utf8'));
        const everyPage = rules.find((rule) => rule.pattern === '/*');
        if (!everyPage) throw new Error('public/_headers needs a "/*" rule with the headers of every page.');
        const documentHeaders: [string, string][] = [
          ...everyPage.headers.filter(([name]) => siteDocumentHeaders.includes(name.toLowerCase()) && name.toLowerCase() !== 'content-security-policy'),
          ['Content-Security-Policy', mergePagePolicies(policies)],
        ];
        everyPage.headers = everyPage.headers.filter(([name]) => !siteDocumentHeaders.includes(name.toLowerCase()));
        rules.splice(rules.indexOf(everyPage) + 1, 0, ...(await siteDocumentPatterns(output)).map((pattern) => ({ pattern, headers: documentHeaders })), {
          pattern: `/${adminDirectory}/*`,
          headers: adminHeaders(config.editor, [admin.scriptHash]),
        });
        await writeFile(headersPath, serializeHeadersFile(rules));
        checkHostLimits(rules);
        await writeFile(join(output, '_redirects'), notFoundRedirects());
        // Cloudflare Pages reads no 404 rules from _redirects: it serves the nearest 404.html up
        // the directory tree, so each language folder gets one.
        for (const code of localeCodes) await copyFile(join(output, code, '404', 'index.html'), join(output, code, '404.html'));
        logger.info(`_headers: Content-Security-Policy from ${policies.length} pages; _redirects and <lang>/404.html: 404 page per language`);
        // nginx and Caddy get the same rules, outside the site (a server must not serve its own configuration).
        const serverDirectory = fileURLToPath(new URL('../dist-server/', dir));
        const entries = await readdir(output, { recursive: true, withFileTypes: true });
        const extensions = [...new Set(entries.filter((entry) => entry.isFile()).map((entry) => extname(entry.name).slice(1)).filter(Boolean))];
        const options = { rules, locales: localeCodes, extensions };
        await mkdir(serverDirectory, { recursive: true });
        await writeFile(join(serverDirectory, 'nginx.conf'), nginxConfig(options));
        await writeFile(join(serverDirectory, 'Caddyfile'), caddyConfig(options));
        logger.info(`dist-server/nginx.conf and dist-server/Caddyfile: the same headers for nginx and Caddy`);
        const removed = await removeUnusedReactRuntime(output);
        if (removed.length > 0) logger.info(`removed ${removed.join(', ')}: no page loads React's island runtime`);
      },
    },
  };
}
