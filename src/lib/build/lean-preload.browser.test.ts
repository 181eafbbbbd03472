// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { leanPreloadHelper, unsupportedPreloads } from './lean-preload';

/** The helper as the browser runs it: its module code, evaluated. */
async function helperFor(base: string): Promise<(load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>> {
  const url = `data:text/javascript,${encodeURIComponent(leanPreloadHelper(base))}`;
  const module = (await import(/* @vite-ignore */ url)) as { __vitePreload: (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown> };
  return module.__vitePreload;
}

afterEach(() => {
  for (const link of document.head.querySelectorAll('link')) link.remove();
});

describe('the lean preload helper', () => {
  it('asks for each script the import needs, once, beside the import itself', async () => {
    const preload = await helperFor('/');
    const loaded = await preload(() => Promise.resolve('the module'), ['_astro/search-ui.js', '_astro/text.js']);
    expect(loaded).toBe('the module');
    await preload(() => Promise.resolve('again'), ['_astro/text.js']);
    const links = [...document.head.querySelectorAll('link')];
    expect(links.map((link) => [link.rel, link.getAttribute('href')])).toEqual([
      ['modulepreload', '/_astro/search-ui.js'],
      ['modulepreload', '/_astro/text.js'],
    ]);
  });

  it('puts the site\'s base path in front (a site published under /wegwijs/)', async () => {
    const preload = await helperFor('/wegwijs/');
    await preload(() => Promise.resolve(undefined), ['_astro/a.js']);
    expect(document.head.querySelector('link')?.getAttribute('href')).toBe('/wegwijs/_astro/a.js');
  });

  it('imports at once when there is nothing to preload, and passes a failed import on', async () => {
    const preload = await helperFor('/');
    await expect(preload(() => Promise.resolve(1))).resolves.toBe(1);
    await expect(preload(() => Promise.reject(new Error('offline')), [])).rejects.toThrow('offline');
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});

describe('stylesheets a script would import', () => {
  it('are named, so the build can refuse them', () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.css"])))=>i.map(i=>d[i]);\nimport"x";';
    expect(unsupportedPreloads(code)).toEqual(['_astro/b.css']);
  });

  it('are none in a chunk with only scripts, or with no dynamic imports', () => {
    expect(unsupportedPreloads('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js"])))=>i.map(i=>d[i]);')).toEqual([]);
    expect(unsupportedPreloads('export const x = 1;')).toEqual([]);
  });
});
