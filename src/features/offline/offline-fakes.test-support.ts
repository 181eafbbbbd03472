import { vi } from 'vitest';

/**
 * A phone's offline machinery for happy-dom tests, which has none: Cache Storage, the service
 * worker container and the worker itself, as far as the offline scripts use them. Each records
 * what the scripts did, so a test can say "nothing was registered, no cache was opened".
 */

export class FakeCaches {
  readonly stores = new Map<string, Map<string, string>>();
  /** Every call the scripts made, e.g. `keys`, `match /__pack__.json`, `delete x`. */
  readonly calls: string[] = [];

  /** A cache with these entries (URL → body), as the worker would have filled it. */
  put(name: string, entries: Record<string, string>): void {
    this.stores.set(name, new Map(Object.entries(entries)));
  }

  async keys(): Promise<string[]> {
    this.calls.push('keys');
    return [...this.stores.keys()];
  }

  async match(url: string, options: { cacheName?: string } = {}): Promise<Response | undefined> {
    this.calls.push(`match ${url}`);
    const stores = options.cacheName ? [this.stores.get(options.cacheName)] : [...this.stores.values()];
    const body = stores.find((store) => store?.has(url))?.get(url);
    return body === undefined ? undefined : new Response(body);
  }

  async delete(name: string): Promise<boolean> {
    this.calls.push(`delete ${name}`);
    return this.stores.delete(name);
  }

  async open(name: string): Promise<never> {
    this.calls.push(`open ${name}`);
    throw new Error('the page scripts never open a cache');
  }
}

export class FakeRegistration {
  unregistered = false;
  readonly active = { posted: [] as unknown[], postMessage: (message: unknown) => this.active.posted.push(message) };
  constructor(private readonly container: FakeServiceWorkerContainer) {}

  async unregister(): Promise<boolean> {
    this.unregistered = true;
    this.container.registrations = this.container.registrations.filter((registration) => registration !== this);
    return true;
  }
}

export class FakeServiceWorkerContainer extends EventTarget {
  registrations: FakeRegistration[] = [];
  controller: object | null = null;
  private registered?: (registration: FakeRegistration) => void;
  readonly ready = new Promise<FakeRegistration>((resolve) => (this.registered = resolve));

  /** What `register()` does in a browser: a registration for the whole site. */
  register(): FakeRegistration {
    const registration = new FakeRegistration(this);
    this.registrations.push(registration);
    this.registered?.(registration);
    return registration;
  }

  async getRegistration(): Promise<FakeRegistration | undefined> {
    return this.registrations[0];
  }

  async getRegistrations(): Promise<FakeRegistration[]> {
    return [...this.registrations];
  }

  /** Everything the page posted to the worker. */
  get posted(): unknown[] {
    return this.registrations.flatMap((registration) => registration.active.posted);
  }

  /** A message from the worker (PACK_PROGRESS, PACK_SAVED…) to this page. */
  send(data: object): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

/** Puts the fakes on `navigator` and `window`; `remove` takes them off again. */
export function installOfflineFakes(options: { serviceWorker?: boolean; caches?: boolean } = {}) {
  const container = new FakeServiceWorkerContainer();
  const cacheStorage = new FakeCaches();
  if (options.serviceWorker !== false) Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  if (options.caches !== false) Object.defineProperty(window, 'caches', { value: cacheStorage, configurable: true });
  return {
    container,
    caches: cacheStorage,
    remove(): void {
      Reflect.deleteProperty(navigator, 'serviceWorker');
      Reflect.deleteProperty(window, 'caches');
    },
  };
}

/** What a test sees of each Workbox the offline script made. */
export interface FakeWorkbox extends EventTarget {
  url: string;
  options: { scope: string };
  skipWaiting: ReturnType<typeof vi.fn>;
}

/**
 * workbox-window, as the offline script uses it: `register()` registers with the fake container,
 * and each Workbox made is recorded in `made`. For `vi.mock('workbox-window', …)`; `made` comes
 * from `vi.hoisted`, so it survives `vi.resetModules()`.
 */
export function fakeWorkboxModule(made: FakeWorkbox[]) {
  class Workbox extends EventTarget implements FakeWorkbox {
    readonly skipWaiting = vi.fn();
    constructor(
      readonly url: string,
      readonly options: { scope: string },
    ) {
      super();
      made.push(this);
    }

    async register(): Promise<void> {
      (navigator as unknown as { serviceWorker: FakeServiceWorkerContainer }).serviceWorker.register();
    }

    messageSkipWaiting(): void {
      this.skipWaiting();
    }
  }
  return { Workbox };
}

/** Lets pending promise callbacks (Cache Storage reads, fetches) run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 10; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}
