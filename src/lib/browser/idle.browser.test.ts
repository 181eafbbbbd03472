// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenLoadedAndIdle, whenLoadedIdleOrUsed } from './idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('work that waits for the page to load and the phone to be idle', () => {
  it('waits for an idle moment, with a time limit', () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    const start = vi.fn();
    whenLoadedAndIdle(start, 3000, 1000);
    // happy-dom's document has loaded: only the idle moment is awaited.
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 3000 });
    expect(start).not.toHaveBeenCalled();
    (idle.mock.calls[0]![0] as () => void)();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits a fixed time where there are no idle callbacks (Safari)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const start = vi.fn();
    whenLoadedAndIdle(start, 3000, 1000);
    vi.advanceTimersByTime(999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once when she uses the feature before that, and only once', () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    document.body.innerHTML = '<form><select><option>a</option><option>b</option></select></form>';
    const form = document.querySelector('form')!;
    const start = vi.fn();
    whenLoadedIdleOrUsed(form, start, 3000, 1000);
    expect(start).not.toHaveBeenCalled();
    form.querySelector('select')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
    form.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    (idle.mock.calls[0]![0] as () => void)();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts when the phone is idle if she does not use it', () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    document.body.innerHTML = '<form></form>';
    const start = vi.fn();
    whenLoadedIdleOrUsed(document.querySelector('form')!, start, 3000, 1000);
    (idle.mock.calls[0]![0] as () => void)();
    expect(start).toHaveBeenCalledTimes(1);
  });
});
