import { uiStrings } from '../../src/lib/build/i18n';
import type { Locale } from '../../src/lib/locales';
import { fillTemplate } from '../../src/lib/text';

/*
 * Fixtures for DOM tests (happy-dom) of browser scripts: a component's markup is built in
 * `document.body`, with its UI strings from locales/, as the page would have it.
 */

/**
 * Puts `html` in the body the way a page has it when its scripts run: parsed first, so a custom
 * element is connected with its children in place (innerHTML on a live node may connect it
 * before its children are parsed).
 */
export function renderInBody(html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.replaceChildren(template.content);
}

/**
 * The `<script data-strings>` block that
 * src/components/BrowserStrings.astro renders for `keys` (with every plural form), from
 * locales/<locale>.json, so tests read the real strings instead of hard-coding them.
 */
export function browserStringsMarkup(locale: Locale, keys: string[]): string {
  const strings = uiStrings[locale];
  const picked = Object.fromEntries(Object.entries(strings).filter(([name]) => keys.some((key) => name === key || name.startsWith(`${key}_`))));
  return `<script type="application/json" data-strings>${JSON.stringify(picked).replace(/</g, '\\u003c')}</script>`;
}

/** A UI string of `locale`, filled like the browser does (`{{name}}` placeholders). */
export function uiString(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  return fillTemplate(uiStrings[locale][key] ?? key, values);
}

/** Puts the page back as a fresh one between tests: no markup, classes or attributes on <html>, storage and timers. */
export function resetDocument(): void {
  document.body.innerHTML = '';
  document.documentElement.className = '';
  for (const name of document.documentElement.getAttributeNames()) if (name !== 'lang' && name !== 'dir') document.documentElement.removeAttribute(name);
  sessionStorage.clear();
}
