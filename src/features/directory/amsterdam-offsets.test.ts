import { afterEach, describe, expect, it, vi } from 'vitest';
import { amsterdamOffsetAt, amsterdamOffsets, amsterdamOffsetsDefine } from './amsterdam-offsets.build.ts';
import { amsterdamWallClock, wallClockFromIntl, wallClockFromTable, type AmsterdamOffsets } from './opening-status.ts';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const table = amsterdamOffsets(new Date(Date.UTC(2026, 5, 1)), 3);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the build's table of Amsterdam's clock changes", () => {
  it('has the Dutch summer time changes: last Sunday of March and of October, 01:00 UTC', () => {
    expect(table.until).toBe(Date.UTC(2029, 0, 1));
    expect(table.changes).toEqual([
      [Date.UTC(2026, 0, 1), 60],
      [Date.UTC(2026, 2, 29, 1), 120],
      [Date.UTC(2026, 9, 25, 1), 60],
      [Date.UTC(2027, 2, 28, 1), 120],
      [Date.UTC(2027, 9, 31, 1), 60],
      [Date.UTC(2028, 2, 26, 1), 120],
      [Date.UTC(2028, 9, 29, 1), 60],
    ]);
  });

  it('gives the same wall clock as Intl every hour of the table, and every minute around each change', () => {
    const instants: number[] = [];
    for (let instant = table.changes[0]![0]; instant < table.until; instant += HOUR_MS) instants.push(instant);
    for (const [at] of table.changes.slice(1)) for (let minute = -120; minute <= 120; minute++) instants.push(at + minute * MINUTE_MS);
    const differences = instants
      .map((instant) => new Date(instant))
      .filter((now) => JSON.stringify(wallClockFromTable(table, now)) !== JSON.stringify(wallClockFromIntl(now)))
      .map((now) => now.toISOString());
    expect(instants.length).toBeGreaterThan(26_000);
    expect(differences).toEqual([]);
  });

  it('answers nothing outside its span, so the phone asks Intl there', () => {
    expect(wallClockFromTable(table, new Date(table.changes[0]![0] - 1))).toBeUndefined();
    expect(wallClockFromTable(table, new Date(table.until))).toBeUndefined();
    expect(wallClockFromTable({ until: 0, changes: [] }, new Date(0))).toBeUndefined();
    // Sunday 2 July 2034, 12:00 UTC: 14:00 in Amsterdam, read from Intl.
    expect(amsterdamWallClock(new Date(Date.UTC(2034, 6, 2, 12)), table)).toEqual({ weekday: 6, minutes: 14 * 60 });
    expect(amsterdamWallClock(new Date(Date.UTC(2034, 6, 2, 12)), undefined)).toEqual({ weekday: 6, minutes: 14 * 60 });
  });

  it('spares the phone Intl inside its span', () => {
    const format = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    // Sunday 29 March 2026, 01:00 UTC: 03:00 summer time, the first minute after the change.
    expect(amsterdamWallClock(new Date(Date.UTC(2026, 2, 29, 1)), table)).toEqual({ weekday: 6, minutes: 3 * 60 });
    expect(format).not.toHaveBeenCalled();
  });

  it('is written into the phone script from the start of the build year, three years on', () => {
    const written = JSON.parse(amsterdamOffsetsDefine(new Date(Date.UTC(2031, 10, 5)))['__WEGWIJS_AMSTERDAM_OFFSETS__']!) as AmsterdamOffsets;
    expect(written.changes[0]).toEqual([Date.UTC(2031, 0, 1), 60]);
    expect(written.until).toBe(Date.UTC(2034, 0, 1));
    expect(written.changes).toHaveLength(7);
  });

  it('reads offsets from Node in minutes', () => {
    expect(amsterdamOffsetAt(Date.UTC(2026, 0, 15))).toBe(60);
    expect(amsterdamOffsetAt(Date.UTC(2026, 6, 15))).toBe(120);
  });
});
