// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenLoadedAndIdle } from './idle';

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
});
