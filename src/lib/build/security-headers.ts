/**
 * Security headers, in one place. Pages carry a CSP `<meta>` that Astro fills with the hashes of
 * its scripts and styles; `dist/_headers` (for static hosts) carries the full policy, including
 * the directives a `<meta>` cannot give (`frame-ancestors`), with the union of those hashes.
 */

import { createHash } from 'node:crypto';

/** Directives for every page; Astro adds `script-src` and `style-src` with hashes itself. */
export const cspDirectives = [
  "default-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "media-src 'self'",
  // Trusted Types: no script may write HTML strings into the page.
  "require-trusted-types-for 'script'",
  'trusted-types wegwijs',
] as const;

/** Directives only an HTTP header can carry (a `<meta>` CSP ignores them). */
const headerOnlyCspDirectives = ["frame-ancestors 'none'", 'upgrade-insecure-requests'] as const;

/** Finds the directive values of a CSP string: `script-src 'self' 'sha256-…'` → map entry. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

const cspMetaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A page's CSP `<meta>` with only the hashes that page needs. Astro lists the hashes of every
 * script and style of the whole site in every page (about 0.4 kB after compression, on every
 * page, inside the first round trip); scripts loaded from a file need none, since 'self' allows
 * them. Kept: 'self' and the hash of each inline script and style the page has, each of which
 * must be one Astro allowed, or the build fails rather than loosening the policy.
 */
export function trimPagePolicy(html: string, file: string): string {
  const meta = cspMetaPattern.exec(html);
  if (!meta) return html;
  const policy = (meta[2] ?? '').replaceAll('&#39;', "'").replaceAll('&apos;', "'");
  const allowed = parseCsp(policy);
  const needed: Record<'script-src' | 'style-src', string[]> = { 'script-src': [], 'style-src': [] };
  // Executable inline scripts (not JSON data blocks, which never run) and inline styles.
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes)) continue;
    needed['script-src'].push(sha256Source(match[2] ?? ''));
  }
  for (const match of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)) needed['style-src'].push(sha256Source(match[2] ?? ''));
  const trimmed = [...allowed].map(([name, values]) => {
    if (name !== 'script-src' && name !== 'style-src') return [name, ...values].join(' ');
    for (const hash of needed[name]) {
      if (!values.includes(hash)) throw new Error(`${file}: an inline ${name === 'script-src' ? 'script' : 'style'} (${hash}) that the page's CSP does not allow`);
    }
    return [name, ...values.filter((value) => !value.startsWith("'sha"))].concat([...new Set(needed[name])]).join(' ');
  });
  return html.replace(cspMetaPattern, (_, start: string, _content: string, end: string) => `${start}${trimmed.join(';')}${end}`);
}

/**
 * One policy for every page: the shared directives, the header-only ones, and for scripts and
 * styles the union of the sources each page's `<meta>` allows.
 */
export function mergePagePolicies(pagePolicies: string[]): string {
  const merged = new Map<string, Set<string>>([
    ['script-src', new Set(["'self'"])],
    ['style-src', new Set(["'self'"])],
  ]);
  for (const policy of pagePolicies) {
    for (const name of ['script-src', 'style-src']) {
      for (const value of parseCsp(policy).get(name) ?? []) merged.get(name)?.add(value);
    }
  }
  return [
    ...cspDirectives,
    ...headerOnlyCspDirectives,
    ...[...merged].map(([name, values]) => [name, ...[...values].sort()].join(' ')),
  ].join('; ');
}

export interface HeaderRule {
  /** A URL pattern as static hosts read it: `/*`, `/_astro/*`. */
  pattern: string;
  headers: [string, string][];
}

/** Reads a `_headers` file (Netlify / Cloudflare Pages format). Comments and blanks are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const current = rules.at(-1);
    const separator = line.indexOf(':');
    if (!current || separator === -1) throw new Error(`_headers: cannot read line "${line.trim()}"`);
    current.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** Writes rules back in `_headers` format. */
export function serializeHeadersFile(rules: HeaderRule[]): string {
  return rules.map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n') + '\n';
}

/** A `_headers` pattern (`*` matches anything, slashes included) as an anchored regular expression: also what nginx and Caddy get. */
export function patternRegex(pattern: string): string {
  return `^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`;
}

/** True when a `_headers` pattern (with `*` wildcards) matches a URL path. */
export function headerPatternMatches(pattern: string, pathname: string): boolean {
  return new RegExp(patternRegex(pattern)).test(pathname);
}

/** The headers for a path: every matching rule, in file order. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((rule) => headerPatternMatches(rule.pattern, pathname)).flatMap((rule) => rule.headers);
}

/**
 * Cloudflare Pages reads at most 100 rules from `_headers`, and no line longer than 2,000
 * characters (developers.cloudflare.com/pages/configuration/headers/, read 2026-12-05): past
 * that, headers are silently missing on that host, so the build fails instead.
 */
export function checkHostLimits(rules: readonly HeaderRule[]): void {
  if (rules.length > 100) throw new Error(`_headers has ${rules.length} rules; Cloudflare Pages reads at most 100.`);
  for (const rule of rules) {
    for (const [name, value] of rule.headers) {
      const length = `  ${name}: ${value}`.length;
      if (length > 2000) throw new Error(`_headers: ${name} for ${rule.pattern} is ${length} characters long; Cloudflare Pages reads at most 2,000 per line.`);
    }
  }
}

/**
 * The headers as a server speaking plain http sends them (`npm start`, the tests): without the
 * CSP's `upgrade-insecure-requests`. Over http on localhost, WebKit (every iPhone browser)
 * applies it to module scripts, asks for them over https and fails, so no script would run;
 * Chromium and Firefox exempt localhost. A real host serves https, where it belongs.
 */
export function forPlainHttp(headers: [string, string][]): [string, string][] {
  return headers.map(([name, value]) =>
    name.toLowerCase() === 'content-security-policy'
      ? [name, value.split(';').map((part) => part.trim()).filter((part) => part && part !== 'upgrade-insecure-requests').join('; ')]
      : [name, value],
  );
}
