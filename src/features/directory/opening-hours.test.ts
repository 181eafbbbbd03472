import { describe, expect, it } from 'vitest';
import {
  amsterdamWallClock,
  formatClock,
  isOpenNow,
  openingStatus,
  weeklySchedule,
  type WeeklySchedule,
} from './opening-hours.build.ts';

// Instants are written in UTC so the tests mean the same on any machine; the comments give the
// Amsterdam wall clock (CET = UTC+1 in winter, CEST = UTC+2 in summer).
const utc = (y: number, m: number, d: number, h: number, min = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, min));

function schedule(value: string): WeeklySchedule {
  const result = weeklySchedule(value);
  if (!result) throw new Error(`expected a weekly schedule for "${value}"`);
  return result;
}

const DAY = 1440;
const officeHours = schedule('Mo-Fr 09:00-17:00');

describe('weeklySchedule', () => {
  it('marks 24/7 as always open', () => {
    expect(weeklySchedule('24/7')).toEqual({ alwaysOpen: true, intervals: [[0, 7 * DAY]] });
    expect(weeklySchedule('Mo-Su 00:00-24:00')?.alwaysOpen).toBe(true);
  });

  it('gives wall-clock minutes of the week from Monday 00:00', () => {
    expect(weeklySchedule('Mo,We 13:00-17:00')).toEqual({
      alwaysOpen: false,
      intervals: [
        [13 * 60, 17 * 60],
        [2 * DAY + 13 * 60, 2 * DAY + 17 * 60],
      ],
    });
  });

  it('merges adjacent ranges', () => {
    expect(weeklySchedule('Mo 08:00-12:00,12:00-17:00')?.intervals).toEqual([[8 * 60, 17 * 60]]);
  });

  it('splits opening past Sunday midnight into Monday morning and Sunday night', () => {
    expect(weeklySchedule('Su 22:00-02:00')?.intervals).toEqual([
      [0, 120],
      [6 * DAY + 22 * 60, 7 * DAY],
    ]);
  });

  it('gives an empty week for places that are never open', () => {
    expect(weeklySchedule('off')).toEqual({ alwaysOpen: false, intervals: [] });
  });

  it('gives undefined when one week cannot describe the hours', () => {
    expect(weeklySchedule('Mo-Fr 09:00-17:00; PH off')).toBeUndefined();
    expect(weeklySchedule('Jan-Mar Mo 10:00-12:00')).toBeUndefined();
    expect(weeklySchedule('week 1-53/2 Mo 10:00-12:00')).toBeUndefined();
    expect(weeklySchedule('sunrise-sunset')).toBeUndefined();
  });

  it('gives undefined when open times are unknown or only by appointment', () => {
    expect(weeklySchedule('Mo 10:00-12:00 unknown')).toBeUndefined();
    expect(weeklySchedule('Mo-Fr 09:00-17:00 "by appointment"')).toBeUndefined();
  });

  it('throws on invalid syntax, which content validation should have caught', () => {
    expect(() => weeklySchedule('Mo-Fx 9')).toThrow(/Invalid opening_hours "Mo-Fx 9"/);
  });
});

describe('amsterdamWallClock', () => {
  it('reads the Amsterdam clock whatever the device time zone', () => {
    expect(amsterdamWallClock(utc(2026, 1, 5, 9))).toEqual({ weekday: 0, minutes: 10 * 60 });
    expect(amsterdamWallClock(utc(2026, 1, 11, 23, 30))).toEqual({ weekday: 0, minutes: 30 });
    expect(amsterdamWallClock(utc(2026, 7, 5, 12))).toEqual({ weekday: 6, minutes: 14 * 60 });
  });
});

describe('openingStatus', () => {
  it('is always open for 24/7', () => {
    expect(openingStatus(schedule('24/7'), utc(2026, 1, 5, 3))).toEqual({ kind: 'always' });
  });

  it('is never open for an empty week', () => {
    expect(openingStatus(schedule('off'), utc(2026, 1, 5, 3))).toEqual({ kind: 'never' });
  });

  it('is open on Monday 10:00 and closes at 17:00 today', () => {
    expect(openingStatus(officeHours, utc(2026, 1, 5, 9))).toEqual({
      kind: 'open',
      closes: { weekday: 0, minutes: 17 * 60, daysAhead: 0 },
    });
  });

  it('is closed on Friday 18:00 and opens Monday 09:00', () => {
    expect(openingStatus(officeHours, utc(2026, 1, 9, 17))).toEqual({
      kind: 'closed',
      opens: { weekday: 0, minutes: 9 * 60, daysAhead: 3 },
    });
  });

  it('follows opening past midnight into the next day', () => {
    const fridayNight = schedule('Fr 22:00-02:00');
    // Saturday 01:00
    expect(openingStatus(fridayNight, utc(2026, 1, 10, 0))).toEqual({
      kind: 'open',
      closes: { weekday: 5, minutes: 120, daysAhead: 0 },
    });
    // Saturday 03:00
    expect(openingStatus(fridayNight, utc(2026, 1, 10, 2))).toEqual({
      kind: 'closed',
      opens: { weekday: 4, minutes: 22 * 60, daysAhead: 6 },
    });
  });

  it('follows opening past Sunday midnight into Monday', () => {
    const sundayNight = schedule('Su 22:00-02:00');
    // Monday 01:00
    expect(openingStatus(sundayNight, utc(2026, 1, 12, 0))).toEqual({
      kind: 'open',
      closes: { weekday: 0, minutes: 120, daysAhead: 0 },
    });
    // Sunday 23:00: closes tomorrow, not at the end of the stored week
    expect(openingStatus(sundayNight, utc(2026, 1, 11, 22))).toEqual({
      kind: 'open',
      closes: { weekday: 0, minutes: 120, daysAhead: 1 },
    });
  });

  it('closes at midnight as 00:00 tomorrow', () => {
    // Monday 21:00
    expect(openingStatus(schedule('Mo 20:00-24:00'), utc(2026, 1, 5, 20))).toEqual({
      kind: 'open',
      closes: { weekday: 1, minutes: 0, daysAhead: 1 },
    });
  });

  it('uses the Amsterdam clock in winter and summer time', () => {
    // Monday 08:30 CET
    expect(isOpenNow(officeHours, utc(2026, 1, 5, 7, 30))).toBe(false);
    // Monday 09:30 CEST, the day after the spring change
    expect(isOpenNow(officeHours, utc(2026, 3, 30, 7, 30))).toBe(true);
    // Friday 09:30 CEST, before the autumn change
    expect(isOpenNow(officeHours, utc(2026, 10, 23, 7, 30))).toBe(true);
    // Monday 08:30 CET, the day after the autumn change
    expect(isOpenNow(officeHours, utc(2026, 10, 26, 7, 30))).toBe(false);
  });

  it('reads the clock right across the spring change (02:00 CET → 03:00 CEST)', () => {
    expect(amsterdamWallClock(utc(2026, 3, 29, 0, 59))).toEqual({ weekday: 6, minutes: 119 });
    expect(amsterdamWallClock(utc(2026, 3, 29, 1))).toEqual({ weekday: 6, minutes: 180 });
    // Sunday 03:00 CEST, just after the change
    expect(openingStatus(schedule('Su 10:00-18:00'), utc(2026, 3, 29, 1))).toEqual({
      kind: 'closed',
      opens: { weekday: 6, minutes: 10 * 60, daysAhead: 0 },
    });
    // Sunday 03:00 CEST: a night that ends at 03:00 wall clock has just closed
    expect(isOpenNow(schedule('Sa 22:00-03:00'), utc(2026, 3, 29, 0, 59))).toBe(true);
    expect(isOpenNow(schedule('Sa 22:00-03:00'), utc(2026, 3, 29, 1))).toBe(false);
  });

  it('reads the clock right across the autumn change (03:00 CEST → 02:00 CET)', () => {
    // 02:30 happens twice: first in CEST, then in CET
    expect(amsterdamWallClock(utc(2026, 10, 25, 0, 30))).toEqual({ weekday: 6, minutes: 150 });
    expect(amsterdamWallClock(utc(2026, 10, 25, 1, 30))).toEqual({ weekday: 6, minutes: 150 });
    // Sunday 02:00 CET, just after the change
    expect(openingStatus(schedule('Sa 22:00-03:00'), utc(2026, 10, 25, 1))).toEqual({
      kind: 'open',
      closes: { weekday: 6, minutes: 180, daysAhead: 0 },
    });
    expect(isOpenNow(schedule('Su 10:00-18:00'), utc(2026, 10, 25, 9))).toBe(true);
  });
});

describe('formatClock', () => {
  it('writes a 24-hour clock', () => {
    expect(formatClock(9 * 60)).toBe('09:00');
    expect(formatClock(13 * 60 + 30)).toBe('13:30');
    expect(formatClock(0)).toBe('00:00');
  });
});
