// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en.json';
import { InstallButton } from './install-button.browser';

const strings = en as Record<string, string>;
let tags = 0;

function mount(): HTMLButtonElement {
  const tag = `test-install-button-${(tags += 1)}`;
  document.body.innerHTML = `<p><${tag}><button type="button" hidden>${strings['app.installButton']}</button></${tag}></p>`;
  customElements.define(tag, class extends InstallButton {});
  return document.querySelector('button')!;
}

/** What Chromium fires when it would offer to install the app. */
function offerToInstall(): { event: Event; prompt: ReturnType<typeof vi.fn> } {
  const prompt = vi.fn(async () => undefined);
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt });
  window.dispatchEvent(event);
  return { event, prompt };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the install button', () => {
  it('stays hidden where the browser offers no install dialog', () => {
    expect(mount().hidden).toBe(true);
  });

  it('appears when the browser offers its dialog, opens it on a tap, and hides again', () => {
    const button = mount();
    const { event, prompt } = offerToInstall();
    expect(event.defaultPrevented).toBe(true);
    expect(button.hidden).toBe(false);
    button.click();
    expect(prompt).toHaveBeenCalledOnce();
    expect(button.hidden).toBe(true);
  });
});
