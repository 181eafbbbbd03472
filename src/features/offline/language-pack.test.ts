import { describe, expect, it } from 'vitest';
import { formatMegabytes, packCacheName, pageKey, parsePackCacheName, parsePackManifest, planPackUpdate } from './language-pack';
import { appManifest } from '../../lib/build/web-manifest';

const entry = (url: string, revision: string) => ({ url, revision, transferBytes: 1000 });

describe('language packs', () => {
  it('names a pack cache by language and build, and reads the name back', () => {
    expect(packCacheName('ro', 'abc123')).toBe('wegwijs-pack-ro-abc123');
    expect(parsePackCacheName('wegwijs-pack-ro-abc123')).toEqual({ locale: 'ro', build: 'abc123' });
    expect(parsePackCacheName('workbox-precache-v2-http://localhost/')).toBeUndefined();
  });

  it('accepts a pack list only when every entry is well formed', () => {
    const good = { version: 1, build: 'b1', locale: 'ro', entries: [entry('/ro/', 'r1')], transferBytes: 5 };
    expect(parsePackManifest(good)?.transferBytes).toBe(1000);
    expect(parsePackManifest({ ...good, entries: [{ url: 'https://evil.example/', revision: 'x', transferBytes: 1 }] })).toBeUndefined();
    expect(parsePackManifest('<!doctype html>')).toBeUndefined();
    expect(parsePackManifest({ ...good, version: 2 })).toBeUndefined();
  });

  it('on an update copies unchanged files and downloads only changed or new ones', () => {
    const before = { entries: [entry('/ro/', 'a'), entry('/ro/health/', 'b'), entry('/ro/gone/', 'c')] };
    const after = { entries: [entry('/ro/', 'a'), entry('/ro/health/', 'B'), entry('/ro/new/', 'n')] };
    const plan = planPackUpdate(before, after);
    expect(plan.copy.map((item) => item.url)).toEqual(['/ro/']);
    expect(plan.download.map((item) => item.url)).toEqual(['/ro/health/', '/ro/new/']);
    expect(planPackUpdate(undefined, after).download).toHaveLength(3);
  });

  it('shows sizes in MB in the reader\'s language, never as zero', () => {
    expect(formatMegabytes(312_000, 'en')).toBe('0.3 MB');
    expect(formatMegabytes(312_000, 'de')).toBe('0,3 MB');
    expect(formatMegabytes(10, 'en')).toBe('0.1 MB');
  });

  it('stores pages under their path, whatever query a link carried', () => {
    expect(pageKey('https://x.example/ro/health/?q=secret#top')).toBe('/ro/health/');
    expect(pageKey('/ro/health/index.html')).toBe('/ro/health/');
  });
});

describe('app manifests', () => {
  it('start in the reader\'s language; the discreet one is a separate app with a neutral name and icon', () => {
    const normal = appManifest({ kind: 'wegwijs', locale: 'ar', tag: 'ar', dir: 'rtl', name: 'Wegwijs', description: 'd', themeColor: '#123456' });
    const discreet = appManifest({ kind: 'notes', locale: 'ar', tag: 'ar', dir: 'rtl', name: 'الملاحظات', description: 'الملاحظات', themeColor: '#123456' });
    expect(normal).toMatchObject({ start_url: '/ar/', lang: 'ar', dir: 'rtl', scope: '/' });
    expect(discreet.id).not.toBe(normal.id);
    expect(normal.theme_color).toBe('#123456');
    expect(discreet.theme_color).not.toBe('#123456');
    expect(discreet.icons.every((icon) => icon.src.includes('notes'))).toBe(true);
    expect(normal.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});
