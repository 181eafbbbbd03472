#!/usr/bin/env node
/**
 * Serves the built site (`dist/`) the way a static host would: the headers from `dist/_headers`,
 * brotli at the highest quality (as a CDN serves static files), a real 404 status with the
 * 404 page of the language in the URL, and `/ro` redirected to `/ro/`.
 * Usage: node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
 * `--port 0` lets the system pick a free port; the line it prints names the port (tests read it).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import compression from 'compression';
import { forPlainHttp, headersFor, parseHeadersFile } from '../src/lib/build/security-headers.ts';
import { compressibleExtensions, contentTypes } from '../src/lib/build/server-config.ts';
import { localeOfPath } from '../src/lib/routes.ts';

/**
 * @param {string} root
 * @param {string} pathname
 */
function notFoundPage(root, pathname) {
  const language = localeOfPath(pathname);
  const localized = language && join(root, language, '404', 'index.html');
  return localized && existsSync(localized) ? localized : join(root, '404.html');
}

/**
 * @param {string} root
 * @param {string} pathname
 */
function directoryRedirect(root, pathname) {
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return undefined;
  const candidate = join(root, pathname, 'index.html');
  return candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile() ? `${pathname}/` : undefined;
}

/** Text files, compressed once per version (as a CDN serves a static file), with their types (the table nginx and Caddy also get). */
const textTypes = Object.fromEntries(compressibleExtensions.map((extension) => [`.${extension}`, contentTypes[extension]]));
/** @type {Map<string, { etag: string, body: Buffer }>} */
const compressedBodies = new Map();

/**
 * Serves a text file compressed, from a cache kept per file version. Compressing a 600 kB search
 * index with brotli's highest quality takes the server about a second; a host does that once,
 * so a measurement (or a test) must not wait for it on every request. Returns false for anything
 * else (other files, no compression asked, not found), which the rest of the handler answers.
 * @param {string} root
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function serveCompressed(root, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  if (!encoding) return false;
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return false;
  }
  const file = join(root, pathname, pathname.endsWith('/') ? 'index.html' : '');
  const type = textTypes[/** @type {keyof typeof textTypes} */ (extname(file))];
  if (!type || !file.startsWith(root + sep) || !existsSync(file)) return false;
  const stats = statSync(file);
  if (!stats.isFile()) return false;
  const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
  const key = `${encoding} ${file}`;
  let cached = compressedBodies.get(key);
  if (cached?.etag !== etag) {
    const raw = readFileSync(file);
    cached = { etag, body: encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 }) };
    compressedBodies.set(key, cached);
  }
  response.setHeader('Content-Type', type);
  response.setHeader('Last-Modified', stats.mtime.toUTCString());
  response.setHeader('ETag', etag);
  response.setHeader('Vary', 'Accept-Encoding');
  if (request.headers['if-none-match'] === etag) {
    response.statusCode = 304;
    response.end();
    return true;
  }
  response.setHeader('Content-Encoding', encoding);
  response.setHeader('Content-Length', cached.body.length);
  response.statusCode = 200;
  response.end(request.method === 'HEAD' ? undefined : cached.body);
  return true;
}

/**
 * Answers requests for the built site in `dir`. The browser tests also use it in-process
 * (tests/e2e/site-server.ts), to switch one server from one version of the site to the next.
 * @param {string} dir
 * @returns {import('node:http').RequestListener}
 */
export function siteHandler(dir) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No built site in ${root}. Run "npm run build" first.`);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const compress = compression({ threshold: 0, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } } });
  const files = sirv(root, { etag: true, dotfiles: false });
  const hostFiles = new Set(['/_headers', '/_redirects']);

  return (request, response) => {
    /** @param {string} pathname */
    const notFound = (pathname) => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(readFileSync(notFoundPage(root, pathname)));
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    // This server speaks plain http only: see forPlainHttp.
    for (const [name, value] of forPlainHttp(headersFor(rules, url.pathname))) response.setHeader(name, value);
    // "/ro" → "/ro/" before anything answers "/ro" with the page itself (sirv would), as hosts do.
    const target = directoryRedirect(root, url.pathname);
    if (target) {
      response.writeHead(301, { Location: target + url.search });
      response.end();
      return;
    }
    if (serveCompressed(root, request, response)) return;
    compress(request, response, () => {
      // The files the build writes for static hosts are for the host, not for readers.
      if (hostFiles.has(url.pathname)) {
        notFound(url.pathname);
        return;
      }
      files(request, response, () => notFound(url.pathname));
    });
  };
}

// Started as a script (`node scripts/serve.mjs`), not imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
    },
  });
  let handler;
  try {
    handler = siteHandler(values.dir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const server = createServer(handler);
  server.listen(Number(values.port), values.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : values.port;
    console.log(`Wegwijs is served at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}/ (Ctrl+C stops it)`);
  });
}
