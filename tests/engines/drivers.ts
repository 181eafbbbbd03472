/**
 * The two engines besides Chromium that readers' phones run, driven through WebDriver:
 * Firefox ESR over WebDriver BiDi (puppeteer-core, which speaks BiDi to Debian's firefox-esr
 * without a driver binary; Playwright's BiDi channel needs commands ESR does not have yet), and
 * WebKitGTK through its WebDriver server, WebKitWebDriver (selenium-webdriver; WebKit is the
 * engine of every iPhone browser). Each flow uses the few things below, so one flow file runs
 * in both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../free-port';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';

export interface Session {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Runs an async function body in the page (it may `await` and `return`) and gives its result. */
  run<T>(body: string): Promise<T>;
  /** A real click, as her finger or mouse gives it. */
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: 'Shift' | 'Enter'): Promise<void>;
  back(): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  name: string;
  open(options?: { javascript?: boolean }): Promise<Session>;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls until `check` holds, or fails with `what` and the last value seen. */
export async function until<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean, timeout = 20_000): Promise<T> {
  const started = Date.now();
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      last = String(error) as T;
    }
    if (Date.now() - started > timeout) throw new Error(`${what}: not within ${timeout / 1000} s (last: ${JSON.stringify(last)})`);
    await pause(200);
  }
}

export const firefox: Engine = {
  name: 'Firefox ESR',
  async open({ javascript = true } = {}) {
    const browser: Browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      // A fresh profile per session, as a first visit; no background connections on a closed network.
      extraPrefsFirefox: { 'javascript.enabled': javascript, 'network.dns.disablePrefetch': true, 'app.update.enabled': false },
      env: { ...process.env, HOME: process.env.HOME ?? '/root' },
    });
    const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
    return {
      async goto(url) {
        await page.goto(url, { waitUntil: 'load' });
      },
      url: async () => page.url(),
      run: (body) => page.evaluate(`(async () => { ${body} })()`) as Promise<never>,
      // With the page's JavaScript off, Puppeteer's element clicks wait for page scripts that never
      // run: the element gets focus (a driver script still runs) and then a real key press.
      click: javascript ? (selector) => page.click(selector) : async (selector) => {
        await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).focus()`);
        await page.keyboard.press('Enter');
      },
      type: javascript ? (selector, text) => page.type(selector, text) : async (selector, text) => {
        await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).focus()`);
        await page.keyboard.type(text);
      },
      press: (key) => page.keyboard.press(key),
      async back() {
        // The page it reaches may leave again at once (the quick exit holds): no wait for one load.
        await page.goBack({ waitUntil: 'commit' as never, timeout: 10_000 }).catch(() => undefined);
      },
      close: () => browser.close(),
    };
  },
};


/** WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver): needs a display, so the tests run under xvfb-run. */
export const webkit: Engine = {
  name: 'WebKitGTK',
  async open({ javascript = true } = {}) {
    const port = await freePort();
    const server: ChildProcess = spawn(process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
    let driver: WebDriver | undefined;
    for (let attempt = 0; attempt < 50 && !driver; attempt++) {
      try {
        driver = await new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
              // Without JavaScript in the page (markup scripts off); the driver's own scripts still run.
              args: ['--automation', ...(javascript ? [] : ['--enable-javascript-markup=false'])],
            },
          })
          .build();
      } catch {
        await pause(200);
      }
    }
    if (!driver) throw new Error('WebKitWebDriver did not start a session (is a display available? run under xvfb-run)');
    const session = driver;
    return {
      goto: (url) => session.get(url),
      url: () => session.getCurrentUrl(),
      run: (body) => session.executeAsyncScript(`const done = arguments[arguments.length - 1]; (async () => { ${body} })().then(done, (error) => done('error: ' + error));`),
      async click(selector) {
        await session.findElement(By.css(selector)).click();
      },
      async type(selector, text) {
        await session.findElement(By.css(selector)).sendKeys(text);
      },
      async press(key) {
        const code = key === 'Shift' ? Key.SHIFT : Key.ENTER;
        await session.actions().keyDown(code).keyUp(code).perform();
      },
      async back() {
        await session.navigate().back();
      },
      async close() {
        await session.quit().catch(() => undefined);
        server.kill();
      },
    };
  },
};
