import { describe, expect, it } from 'vitest';
import {
  advanceShiftCounter,
  initialShiftCounter,
  shiftCountExpired,
  shiftEventFrom,
  shiftFeedback,
  type ShiftCounterResult,
  type ShiftEvent,
} from './quick-exit';

function run(events: ShiftEvent[]): ShiftCounterResult[] {
  let state = initialShiftCounter();
  return events.map((event) => {
    const result = advanceShiftCounter(state, event);
    state = result.state;
    return result;
  });
}
const press = (at: number): ShiftEvent[] => [
  { type: 'keydown', key: 'Shift', at, otherModifier: false },
  { type: 'keyup', key: 'Shift', at: at + 50 },
];

describe('Shift pressed three times', () => {
  it('exits on the third press within the time window', () => {
    const results = run([...press(0), ...press(1000), ...press(2000)]);
    expect(results.filter((result) => result.exit)).toHaveLength(1);
    expect(results.at(-1)?.exit).toBe(true);
  });

  it('counts each press so progress can be announced', () => {
    const counts = run([...press(0), ...press(1000)])
      .filter((result) => result.changed)
      .map((result) => result.state.count);
    expect(counts).toEqual([1, 2]);
  });

  it('starts again when a press comes more than 5 seconds after the last', () => {
    const results = run([...press(0), ...press(1000), ...press(7000)]);
    expect(results.some((result) => result.exit)).toBe(false);
    expect(results.at(-1)?.state.count).toBe(1);
  });

  it('allows up to 5 seconds between presses', () => {
    const results = run([...press(0), ...press(4900), ...press(9800)]);
    expect(results.at(-1)?.exit).toBe(true);
  });

  it('does not count Shift used to type capitals', () => {
    const typing: ShiftEvent[] = [];
    for (const at of [0, 500, 1000, 1500]) {
      typing.push(
        { type: 'keydown', key: 'Shift', at, otherModifier: false },
        { type: 'keydown', key: 'A', at: at + 10, otherModifier: false },
        { type: 'keyup', key: 'A', at: at + 20 },
        { type: 'keyup', key: 'Shift', at: at + 30 },
      );
    }
    expect(run(typing).some((result) => result.exit || result.state.count > 0)).toBe(false);
  });

  it('does not count Shift held with Ctrl, Alt or Meta', () => {
    const results = run([
      { type: 'keydown', key: 'Shift', at: 0, otherModifier: true },
      { type: 'keyup', key: 'Shift', at: 10 },
    ]);
    expect(results.at(-1)?.state.count).toBe(0);
  });

  it('resets the count when another key is typed in between', () => {
    const results = run([...press(0), ...press(500), { type: 'keydown', key: 'x', at: 700, otherModifier: false }, ...press(900)]);
    expect(results.some((result) => result.exit)).toBe(false);
  });

  it('ignores key repeat while Shift is held down', () => {
    const results = run([
      { type: 'keydown', key: 'Shift', at: 0, otherModifier: false },
      { type: 'keydown', key: 'Shift', at: 30, otherModifier: false },
      { type: 'keydown', key: 'Shift', at: 60, otherModifier: false },
      { type: 'keyup', key: 'Shift', at: 90 },
    ]);
    expect(results.at(-1)?.state.count).toBe(1);
  });

  it('knows when a partial count has expired', () => {
    const [, up] = run(press(0));
    expect(shiftCountExpired(up!.state, 4000)).toBe(false);
    expect(shiftCountExpired(up!.state, 6000)).toBe(true);
  });
});

describe('a key event as the reader notices it', () => {
  it('reads Shift held with Ctrl, Alt or Meta as a modifier', () => {
    const keys = { key: 'Shift', timeStamp: 12, ctrlKey: false, altKey: false, metaKey: false };
    expect(shiftEventFrom({ ...keys, type: 'keydown' })).toEqual({ type: 'keydown', key: 'Shift', at: 12, otherModifier: false });
    expect(shiftEventFrom({ ...keys, type: 'keydown', altKey: true })).toMatchObject({ otherModifier: true });
    expect(shiftEventFrom({ ...keys, type: 'keyup', metaKey: true })).toEqual({ type: 'keyup', key: 'Shift', at: 12 });
  });

  it('is the count so far, the count gone back to zero, the exit, or nothing', () => {
    const feedback = run([...press(0), { type: 'keydown', key: 'x', at: 100, otherModifier: false }, ...press(200), ...press(300), ...press(400)]).map(shiftFeedback);
    expect(feedback).toEqual([
      { kind: 'unchanged' },
      { kind: 'progress', count: 1 },
      { kind: 'cleared' },
      { kind: 'unchanged' },
      { kind: 'progress', count: 1 },
      { kind: 'unchanged' },
      { kind: 'progress', count: 2 },
      { kind: 'unchanged' },
      { kind: 'exit' },
    ]);
  });
});
