import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * What every built page must be, read from its HTML alone. The static pass
 * (tests/static/built-pages.test.ts) runs these over every page in `dist/`, so a page that
 * breaks a rule is named even when no browser test visits it. Kept pure so unit tests can show
 * that each rule fails on a page that breaks it.
 */

export interface PageExpectation {
  /** BCP 47 tag the page must carry in `<html lang>`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The browser title every page has: the site name alone, which names no topic. */
  title: string;
  /** Where the quick exit leads. */
  exitHref: string;
  /** The site's own origin (hreflang and canonical links point there; nothing is loaded from it). */
  siteOrigin: string;
  /** Script and style hashes the host sends in its Content-Security-Policy header (`_headers`). */
  headerPolicy?: { scriptHashes: Set<string>; styleHashes: Set<string> };
  /** True when a root-relative path names a file in the build. */
  fileExists?: (path: string) => boolean;
  /** The built file's text, to find an icon's `<symbol id>` in the sprite a `<use>` names. */
  fileText?: (path: string) => string | undefined;
}

const absoluteUrl = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** Hashes in a policy's directive, as `sha256-…` strings. */
export function policyHashes(policy: string, directive: 'script-src' | 'style-src'): Set<string> {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return new Set((found ?? []).slice(1).filter((token) => /^'sha256-/.test(token)).map((token) => token.slice(1, -1)));
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function hiddenByMarkup(element: HTMLElement | null): boolean {
  for (let node = element; node; node = node.parentNode) {
    if (node.hasAttribute?.('hidden') || node.getAttribute?.('aria-hidden') === 'true') return true;
  }
  return false;
}

/** Every way the page breaks the rules, as readable sentences; empty when it keeps them all. */
export function checkBuiltPage(html: string, expected: PageExpectation): string[] {
  const problems: string[] = [];
  const root = parse(html, { comment: false });
  const htmlElement = root.querySelector('html');
  if (htmlElement?.getAttribute('lang') !== expected.lang) problems.push(`<html lang> is "${htmlElement?.getAttribute('lang')}", expected "${expected.lang}"`);
  if (htmlElement?.getAttribute('dir') !== expected.dir) problems.push(`<html dir> is "${htmlElement?.getAttribute('dir')}", expected "${expected.dir}"`);
  const title = root.querySelector('title')?.text.trim();
  if (title !== expected.title) problems.push(`<title> is "${title ?? ''}", expected only "${expected.title}" (History and the tab switcher keep titles)`);

  // The quick exit: a plain link that works without scripts, on every page, never hidden.
  const exits = root.querySelectorAll('a[data-quick-exit-link]');
  if (exits.length !== 1) problems.push(`${exits.length} quick-exit links, expected 1`);
  for (const exit of exits) {
    if (exit.getAttribute('href') !== expected.exitHref) problems.push(`quick-exit link goes to "${exit.getAttribute('href')}"`);
    if (hiddenByMarkup(exit)) problems.push('quick-exit link is hidden in the markup');
    if (!exit.text.trim()) problems.push('quick-exit link has no text');
  }

  // Content-Security-Policy: the page's own <meta>, and every inline script and style hashed in
  // it and in the header a host sends.
  const meta = root.querySelectorAll('meta').find((element) => element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const metaPolicy = meta?.getAttribute('content') ?? '';
  if (!meta) problems.push('no Content-Security-Policy <meta>');
  const inline = [
    ...root.querySelectorAll('script:not([src])').filter((script) => !/json/.test(script.getAttribute('type') ?? '')).map((script) => ({ kind: 'script-src' as const, text: script.rawText })),
    ...root.querySelectorAll('style').map((style) => ({ kind: 'style-src' as const, text: style.rawText })),
  ];
  for (const { kind, text } of inline) {
    const hash = sha256(text);
    if (!policyHashes(metaPolicy, kind).has(hash)) problems.push(`inline ${kind === 'script-src' ? 'script' : 'style'} ${hash} is not allowed by the page's CSP <meta>`);
    const header = expected.headerPolicy?.[kind === 'script-src' ? 'scriptHashes' : 'styleHashes'];
    if (header && !header.has(hash)) problems.push(`inline ${kind === 'script-src' ? 'script' : 'style'} ${hash} is not allowed by the CSP in _headers`);
  }
  if (root.querySelector('[style]')) problems.push('a style="" attribute, which the CSP blocks');

  // Nothing is loaded from another host; local resources exist.
  const loaded: { element: HTMLElement; attribute: string }[] = [];
  for (const element of root.querySelectorAll('script[src], img[src], source[src], iframe, embed, video, audio, track, object, input[src]')) {
    loaded.push({ element, attribute: element.tagName === 'OBJECT' ? 'data' : 'src' });
  }
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) loaded.push({ element, attribute: 'srcset' });
  for (const element of root.querySelectorAll('link[href]')) {
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = element.getAttribute('href') ?? '';
    if (rel.includes('alternate') || rel.includes('canonical')) {
      if (absoluteUrl.test(href) && !href.startsWith(`${expected.siteOrigin}/`)) problems.push(`<link rel="${rel.join(' ')}"> points to another site: ${href}`);
      continue;
    }
    loaded.push({ element, attribute: 'href' });
  }
  for (const { element, attribute } of loaded) {
    const value = element.getAttribute(attribute);
    if (value === undefined) {
      problems.push(`<${element.tagName.toLowerCase()}> without ${attribute} (an embed of another page)`);
      continue;
    }
    for (const url of attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value]) {
      if (absoluteUrl.test(url)) problems.push(`<${element.tagName.toLowerCase()}> loads from another host: ${url}`);
      else if (url.startsWith('/') && expected.fileExists && !expected.fileExists(url.split(/[?#]/)[0] ?? url)) {
        problems.push(`<${element.tagName.toLowerCase()}> loads ${url}, which the build does not have`);
      }
    }
  }
  // Icons drawn from the sprite: the file and the symbol exist, or the icon would be blank.
  for (const use of root.querySelectorAll('use')) {
    const href = use.getAttribute('href') ?? '';
    const [path = '', id = ''] = href.split('#');
    if (!path.startsWith('/') || !id) problems.push(`<use href="${href}"> is not a local file with a #symbol`);
    else if (expected.fileText && !expected.fileText(path)?.includes(`<symbol id="${id}"`)) problems.push(`<use href="${href}">: the build has no such icon`);
  }
  for (const form of root.querySelectorAll('form[action]')) {
    if (absoluteUrl.test(form.getAttribute('action') ?? '')) problems.push(`a form sends to another host: ${form.getAttribute('action')}`);
  }
  // Nothing she types or chooses may reach an address: a form with named fields is hidden until
  // its script has taken charge of it.
  for (const form of root.querySelectorAll('form')) {
    if (form.getAttribute('method')?.toLowerCase() === 'dialog') continue;
    const named = form.querySelectorAll('input[name], select[name], textarea[name]').map((field) => field.getAttribute('name'));
    if (named.length > 0 && !form.hasAttribute('hidden')) problems.push(`a visible form would put ${[...new Set(named)].join(', ')} into an address`);
  }
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if ((href.startsWith('/') || href.startsWith(`${expected.siteOrigin}/`)) && href.includes('?')) problems.push(`a link with a query: ${href}`);
  }
  if (root.querySelectorAll('meta').some((element) => element.getAttribute('http-equiv')?.toLowerCase() === 'refresh')) problems.push('a <meta http-equiv="refresh">');

  // Links to other sites do not tell them where the reader came from.
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href) || href.startsWith(`${expected.siteOrigin}/`)) continue;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('noreferrer')) problems.push(`link to ${href} without rel="noreferrer"`);
  }

  // Markdown the parser did not turn into markup shows to the reader as stray signs, e.g. bold
  // that ends in Chinese punctuation right before more text (`**注意：**然后`) is not closed.
  const main = root.querySelector('main');
  if (main) {
    for (const element of main.querySelectorAll('script, style, template')) element.remove();
    const text = main.text;
    for (const [pattern, what] of [[/\*\*/, 'bold (**)'], [/\]\(\//, 'a link ](/…)']] as const) {
      const at = text.search(pattern);
      if (at >= 0) problems.push(`unrendered Markdown ${what}: "…${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}…"`);
    }
  }
  // A comment in a component's template is sent to every reader with every page: bytes on
  // prepaid data, and a developer's note in the page source she (or someone) may read.
  const comment = /<!--(?!\[if)([\s\S]*?)-->/.exec(html);
  if (comment) problems.push(`an HTML comment is sent with the page: "${comment[1]!.trim().slice(0, 60)}" (write {/* … */} in .astro)`);
  return problems;
}
