import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic `import()` in its preload helper, which fetches the imported module's
 * own imports beside it (one round trip instead of a waterfall). Its generic version also handles
 * CSS imported from scripts, CSP nonces, relative bases and a `vite:preloadError` event, none of
 * which this site uses, and it sits in the script every page loads before `load`: about 630 of
 * its 2,960 bytes after brotli. This plugin gives Vite a helper that does only what the site
 * needs: `<link rel="modulepreload">` for each script the import will need, then the import.
 *
 * It refuses a stylesheet among the deps (the build fails, naming it) rather than dropping it
 * silently: a page's CSS is linked in its HTML, never imported by a script.
 */
const preloadHelperId = '\0vite/preload-helper.js';

/** The helper's code: `base` is where the site lives ('/' or '/sub/'), as Vite passes it. */
export function leanPreloadHelper(base: string): string {
  return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps || []) {
    const href = ${JSON.stringify(base)} + dep;
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return load();
};
`;
}

/** Deps that the lean helper cannot load: stylesheets (empty when none). */
export function unsupportedPreloads(code: string): string[] {
  const list = /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=(\[[^\]]*\])/.exec(code)?.[1];
  if (!list) return [];
  return (JSON.parse(list) as string[]).filter((dep) => dep.endsWith('.css'));
}

export function leanPreload(): Plugin {
  let base = '/';
  return {
    name: 'wegwijs:lean-preload',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === preloadHelperId ? id : undefined;
    },
    load(id) {
      return id === preloadHelperId ? leanPreloadHelper(base) : undefined;
    },
    writeBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const css = unsupportedPreloads(chunk.code);
        if (css.length > 0) this.error(`${chunk.fileName}: a script imports the stylesheet ${css.join(', ')}; the lean preload helper (src/lib/build/lean-preload.ts) does not load stylesheets. Link it from the page instead.`);
      }
    },
  };
}
