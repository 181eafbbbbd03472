/**
 * The web servers an organisation may run itself, nginx and Caddy from Debian, started on the
 * built site with the configurations the build wrote (dist-server/), answer like `npm start`
 * (scripts/serve.mjs), the reference the browser tests use: the same security headers, content
 * types, 404 pages (in the address's language) and compression, on every page type.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHandler } from '../../scripts/serve.mjs';
import { freePort } from '../free-port';
import { precompress } from '../../scripts/precompress.mjs';
import { forPlainHttp, parseHeadersFile } from '../../src/lib/build/security-headers';
import { compressibleExtensions } from '../../src/lib/build/server-config';

const dist = resolve('dist');
const configs = resolve('dist-server');


/** Waits until something answers HTTP on the port, or fails with what the server said. */
async function answering(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode}):\n${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`Nothing answered at ${origin}:\n${log()}`);
}

function started(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; log: () => string } {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, log: () => output };
}

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

async function ask(origin: string, path: string, encoding: string): Promise<Answer> {
  const response = await fetch(origin + path, { redirect: 'manual', headers: { 'accept-encoding': encoding } });
  // The body as a short fingerprint and its first words: a failure names the page, not 20 kB of it.
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: `${createHash('sha256').update(text).digest('hex').slice(0, 16)} ${text.slice(0, 60)}` };
}

/** "text/html;charset=UTF-8" and "text/html; charset=utf-8" are the same type. */
const contentType = (answer: Answer) => (answer.headers.get('content-type') ?? '').toLowerCase().replace(/\s+/g, '');

let reference: Server;
let referenceOrigin = '';
const servers: { name: string; origin: string; child: ChildProcess; log: () => string }[] = [];
let work = '';
let paths: { label: string; path: string }[] = [];
let headerNames: string[] = [];

beforeAll(async () => {
  const assets = await readdir(join(dist, '_astro'));
  const icons = await readdir(join(dist, 'icons'));
  paths = [
    { label: 'start page', path: '/' },
    { label: 'home (nl)', path: '/nl/' },
    { label: 'home (ar)', path: '/ar/' },
    { label: 'topic (th)', path: '/th/rights/police-checks/' },
    { label: 'search', path: '/en/search/' },
    { label: 'help finder', path: '/en/help/' },
    { label: 'directory', path: '/en/directory/' },
    { label: '"forget everything"', path: '/en/forget/' },
    { label: 'search index', path: '/en/search-index.json' },
    { label: 'language pack list', path: '/ro/pack.json' },
    { label: 'service worker', path: '/sw.js' },
    { label: 'stylesheet', path: `/_astro/${assets.find((name) => name.endsWith('.css'))}` },
    { label: 'script', path: `/_astro/${assets.find((name) => name.endsWith('.js'))}` },
    { label: 'icon sprite', path: `/_astro/${assets.find((name) => name.endsWith('.svg'))}` },
    { label: 'manifest', path: '/manifest-en.webmanifest' },
    { label: 'app icon', path: `/icons/${icons.find((name) => name.endsWith('.png'))}` },
    { label: 'unknown page in a language', path: '/en/no-such-page/' },
    { label: 'unknown page in Thai', path: '/th/no-such-page' },
    { label: 'unknown language', path: '/xx/no-such-page/' },
    { label: 'host file _headers', path: '/_headers' },
    { label: 'language without slash', path: '/ro' },
    { label: 'page without slash', path: '/en/help' },
    { label: 'address with a query', path: '/en/forget/?from=exit' },
    { label: 'status page', path: '/status/' },
    { label: 'editors\' interface', path: '/admin/' },
    { label: 'editors\' configuration', path: '/admin/config.yml' },
    { label: 'editors\' interface without slash', path: '/admin' },
  ];
  headerNames = [...new Set(parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8')).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())))];

  reference = createServer(siteHandler(dist));
  await new Promise<void>((done) => reference.listen(0, '127.0.0.1', done));
  referenceOrigin = `http://127.0.0.1:${(reference.address() as AddressInfo).port}`;

  // A copy of the site, with brotli and gzip copies of the sampled files (npm run precompress),
  // as an organisation deploys it to its server.
  work = await mkdtemp(join(tmpdir(), 'wegwijs-servers-'));
  const site = join(work, 'site');
  await cp(dist, site, { recursive: true });
  const sampled = paths.map(({ path }) => join(site, path.split('?')[0]!, path.endsWith('/') ? 'index.html' : '')).filter((file) => compressibleExtensions.some((extension) => file.endsWith(`.${extension}`)));
  const notFoundPages = ['404.html', 'en/404/index.html', 'th/404/index.html'].map((file) => join(site, file));
  await precompress([...new Set([...sampled.filter((file) => !file.includes('no-such')), ...notFoundPages])]);
  // A temporary folder is private to its owner; nginx's workers read the site as another user.
  await chmod(work, 0o755);

  // nginx: the generated file inside a minimal main configuration, with only the lines an
  // administrator changes (listen, root) changed.
  const nginxPort = await freePort();
  const generated = (await readFile(join(configs, 'nginx.conf'), 'utf8'))
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${nginxPort};`)
    .replace(/root \/var\/www\/wegwijs;/, `root ${site};`);
  expect(generated).toContain(`root ${site};`);
  await writeFile(join(work, 'wegwijs.conf'), generated);
  await writeFile(
    join(work, 'nginx-main.conf'),
    [
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;',
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      'daemon off;',
      'worker_processes 1;',
      `pid ${work}/nginx.pid;`,
      `error_log ${work}/nginx-error.log;`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${work}/${kind};`),
      `  include ${work}/wegwijs.conf;`,
      '}',
    ].join('\n'),
  );
  const nginx = started('/usr/sbin/nginx', ['-p', work, '-c', join(work, 'nginx-main.conf')]);
  servers.push({ name: 'nginx', origin: `http://127.0.0.1:${nginxPort}`, ...nginx });

  const caddyPort = await freePort();
  const caddy = started('/usr/bin/caddy', ['run', '--config', join(configs, 'Caddyfile'), '--adapter', 'caddyfile'], {
    WEGWIJS_ADDRESS: `:${caddyPort}`,
    WEGWIJS_ROOT: site,
    XDG_DATA_HOME: join(work, 'caddy-data'),
    XDG_CONFIG_HOME: join(work, 'caddy-config'),
  });
  servers.push({ name: 'Caddy', origin: `http://127.0.0.1:${caddyPort}`, ...caddy });
  for (const server of servers) await answering(server.origin, server.child, server.log);
});

afterAll(async () => {
  for (const server of servers) server.child.kill();
  await new Promise((done) => reference?.close(done));
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(['nginx', 'Caddy'])('%s with the shipped configuration answers as npm start does', (name) => {
  const server = () => servers.find((candidate) => candidate.name === name)!;

  it('on every page type: status, security headers, content type and brotli', async () => {
    for (const { label, path } of paths) {
      const [theirs, ours] = [await ask(server().origin, path, 'br, gzip'), await ask(referenceOrigin, path, 'br, gzip')];
      const where = `${name} ${label} (${path})`;
      if (ours.status >= 300 && ours.status < 400) {
        expect(theirs.status, where).toBeGreaterThanOrEqual(300);
        expect(theirs.status, where).toBeLessThan(400);
        expect(theirs.headers.get('location'), where).toBe(ours.headers.get('location'));
        continue;
      }
      expect(theirs.status, where).toBe(ours.status);
      // Where npm start sends a policy (the site's documents, /admin/), they send it for https, with
      // upgrade-insecure-requests; npm start speaks plain http without it (forPlainHttp). The
      // static pass checks which paths get which policy.
      if (ours.headers.has('content-security-policy') && !path.startsWith('/admin')) expect(theirs.headers.get('content-security-policy'), where).toContain('upgrade-insecure-requests');
      const sent = (answer: Answer, header: string) => (header === 'content-security-policy' ? forPlainHttp([[header, answer.headers.get(header) ?? '']])[0]![1] : answer.headers.get(header));
      for (const header of headerNames) expect(sent(theirs, header), `${where}: ${header}`).toBe(sent(ours, header));
      expect(contentType(theirs), where).toBe(contentType(ours));
      expect(theirs.headers.get('content-encoding') ?? 'none', where).toBe(ours.headers.get('content-encoding') ?? 'none');
      if (ours.status === 404) expect(theirs.body, `${where}: the 404 page`).toBe(ours.body);
    }
  });

  it('gzip where the browser takes no brotli', async () => {
    for (const { label, path } of paths.filter((sample) => /^(home|topic|search index|stylesheet)/.test(sample.label))) {
      const [theirs, ours] = [await ask(server().origin, path, 'gzip'), await ask(referenceOrigin, path, 'gzip')];
      expect(theirs.headers.get('content-encoding'), `${name} ${label}`).toBe('gzip');
      expect(ours.headers.get('content-encoding'), `npm start ${label}`).toBe('gzip');
      expect(theirs.body, `${name} ${label}`).toBe(ours.body);
    }
  });
});
