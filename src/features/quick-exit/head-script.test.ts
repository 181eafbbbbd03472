import { describe, expect, it } from 'vitest';
import { headScript } from './head-script.build';
import { exitFlagKey, quickExitDestination } from './quick-exit';

/** Runs the inline head script against a stand-in of the page's globals. */
function run(options: { flag?: boolean; navigation?: string | undefined; storageThrows?: boolean }) {
  const store = new Map<string, string>(options.flag ? [[exitFlagKey, '1']] : []);
  const classes = new Set<string>();
  const listeners = new Map<string, ((event: { persisted?: boolean }) => void)[]>();
  const page = {
    html: { hidden: false, classList: { add: (name: string) => classes.add(name) } },
    title: 'Wegwijs',
    replacedWith: undefined as string | undefined,
    classes,
    store,
    fire: (type: string, event: { persisted?: boolean } = {}) => listeners.get(type)?.forEach((listener) => listener(event)),
  };
  const sessionStorage = {
    getItem: (key: string) => {
      if (options.storageThrows) throw new Error('SecurityError');
      return store.get(key) ?? null;
    },
    removeItem: (key: string) => store.delete(key),
  };
  const document = {
    documentElement: page.html,
    set title(value: string) {
      page.title = value;
    },
  };
  const location = { replace: (url: string) => (page.replacedWith = url) };
  const performance = { getEntriesByType: () => (options.navigation === undefined ? [] : [{ type: options.navigation }]), navigation: undefined };
  const addEventListener = (type: string, listener: (event: { persisted?: boolean }) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  new Function('document', 'location', 'performance', 'sessionStorage', 'addEventListener', headScript)(document, location, performance, sessionStorage, addEventListener);
  return page;
}

describe('the head script that keeps a quick exit in force', () => {
  it('marks that scripts run and shows the page when there was no exit', () => {
    const page = run({ navigation: 'back_forward' });
    expect(page.classes.has('js')).toBe(true);
    expect(page.html.hidden).toBe(false);
    expect(page.replacedWith).toBeUndefined();
  });

  it.each(['back_forward', 'reload'])('after an exit, a page brought back by %s hides, blanks its title and leaves for the cover site', (navigation) => {
    const page = run({ flag: true, navigation });
    expect(page.html.hidden).toBe(true);
    expect(page.title).toBe('');
    expect(page.replacedWith).toBe(quickExitDestination);
  });

  it('after an exit, a page opened on purpose (a link, a typed address) shows and clears the mark', () => {
    const page = run({ flag: true, navigation: 'navigate' });
    expect(page.html.hidden).toBe(false);
    expect(page.replacedWith).toBeUndefined();
    expect(page.store.has(exitFlagKey)).toBe(false);
  });

  it('leaves when the browser cannot say how the page was reached', () => {
    expect(run({ flag: true, navigation: undefined }).replacedWith).toBe(quickExitDestination);
  });

  it('blanks every page as it is left, so the back/forward cache keeps nothing to show', () => {
    const page = run({});
    page.fire('pagehide');
    expect(page.html.hidden).toBe(true);
    page.fire('pageshow', { persisted: true });
    expect(page.html.hidden).toBe(false);
  });

  it('a page restored from the back/forward cache after an exit stays blank and leaves', () => {
    const page = run({ navigation: 'navigate' });
    page.fire('pagehide');
    page.store.set(exitFlagKey, '1'); // the exit happened on a later page of the tab
    page.fire('pageshow', { persisted: true });
    expect(page.html.hidden).toBe(true);
    expect(page.replacedWith).toBe(quickExitDestination);
  });

  it('shows the page when storage is blocked, rather than failing', () => {
    const page = run({ storageThrows: true, navigation: 'back_forward' });
    expect(page.html.hidden).toBe(false);
    expect(page.replacedWith).toBeUndefined();
  });
});
