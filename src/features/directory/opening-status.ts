// Runtime half of opening hours: plain arithmetic on a precomputed WeeklySchedule.
// It must never import `opening_hours` (1.2 MB), because this file is shipped to the browser.

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * Open times over one week in Amsterdam wall-clock minutes (Monday 00:00 = 0, end exclusive, up to
 * 10080), sorted and merged. Opening that runs past Sunday 24:00 is split: the part after midnight
 * is an interval starting at 0. Plain JSON, so it can be embedded in a page.
 */
export interface WeeklySchedule {
  alwaysOpen: boolean;
  intervals: [start: number, end: number][];
}

/** A wall-clock moment relative to now. `weekday` 0 = Monday … 6 = Sunday; `daysAhead` 0 = today. */
export interface WallClockMoment {
  weekday: number;
  minutes: number;
  daysAhead: number;
}

export type OpeningStatus =
  | { kind: 'always' }
  | { kind: 'open'; closes: WallClockMoment }
  | { kind: 'closed'; opens: WallClockMoment }
  | { kind: 'never' };

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// Created once: constructing DateTimeFormat is slow, and this runs on every status refresh.
const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The Amsterdam wall clock at an instant. The opening hours are Dutch local times, so a reader's
 * device time zone (a traveller, a phone set to home time) must not shift them.
 */
export function amsterdamWallClock(now: Date): { weekday: number; minutes: number } {
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    amsterdamParts.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return {
    weekday: WEEKDAYS.indexOf(part('weekday')),
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

function momentAt(minuteOfWeek: number, today: number): WallClockMoment {
  const day = Math.floor(minuteOfWeek / MINUTES_PER_DAY);
  return {
    weekday: day % 7,
    minutes: minuteOfWeek % MINUTES_PER_DAY,
    daysAhead: day - today,
  };
}

/** Whether a place is open at `now`, and when that changes, in Amsterdam wall-clock time. */
export function openingStatus(schedule: WeeklySchedule, now: Date): OpeningStatus {
  if (schedule.alwaysOpen) return { kind: 'always' };
  const { intervals } = schedule;
  const first = intervals[0];
  if (!first) return { kind: 'never' };

  const { weekday, minutes } = amsterdamWallClock(now);
  const current = weekday * MINUTES_PER_DAY + minutes;

  const open = intervals.find(([start, end]) => start <= current && current < end);
  if (open) {
    // Opening into Sunday midnight continues in the interval that starts Monday 00:00.
    const wraps = open[1] === MINUTES_PER_WEEK && first[0] === 0 && open !== first;
    const closes = wraps ? MINUTES_PER_WEEK + first[1] : open[1];
    return { kind: 'open', closes: momentAt(closes, weekday) };
  }
  const next = intervals.find(([start]) => start > current);
  const opens = next ? next[0] : MINUTES_PER_WEEK + first[0];
  return { kind: 'closed', opens: momentAt(opens, weekday) };
}

export function isOpenNow(schedule: WeeklySchedule, now: Date): boolean {
  const { kind } = openingStatus(schedule, now);
  return kind === 'always' || kind === 'open';
}

/** Minutes since midnight as a 24-hour clock, e.g. 570 → "09:30". */
export function formatClock(minutes: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

// 5 January 2026 is a Monday: weekday names come from Intl, in the reader's language.
const mondayUtc = Date.UTC(2026, 0, 5, 12);

/** A weekday's name in a language (0 = Monday), e.g. "Wednesday", "miercuri", "星期三". */
function weekdayName(weekday: number, languageTag: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(languageTag, { weekday: width, timeZone: 'UTC' }).format(new Date(mondayUtc + weekday * 86_400_000));
}

/** "today", "tomorrow" or the weekday's name, for "opens …". */
export function dayLabel(moment: WallClockMoment, languageTag: string): string {
  if (moment.daysAhead <= 1) return new Intl.RelativeTimeFormat(languageTag, { numeric: 'auto' }).format(moment.daysAhead, 'day');
  return weekdayName(moment.weekday, languageTag);
}

/**
 * The week's hours as lines a reader can scan, days with the same hours grouped:
 * "Mon – Fri: 09:00–17:00". Times past midnight stay with the day they started on.
 */
export function describeSchedule(schedule: WeeklySchedule, languageTag: string): string[] {
  if (schedule.alwaysOpen) return [];
  // Join Sunday-night opening that was split at the week's end back onto Sunday.
  const intervals = schedule.intervals.map(([start, end]) => [start, end] as [number, number]);
  const first = intervals[0];
  const last = intervals[intervals.length - 1];
  if (first && last && first !== last && first[0] === 0 && last[1] === MINUTES_PER_WEEK) {
    last[1] = MINUTES_PER_WEEK + first[1];
    intervals.shift();
  }
  const perDay: string[] = Array.from({ length: 7 }, () => '');
  for (const [start, end] of intervals) {
    const day = Math.floor(start / MINUTES_PER_DAY);
    const text = `${formatClock(start % MINUTES_PER_DAY)}–${formatClock(end % MINUTES_PER_DAY === 0 && end > start ? 1440 : end % MINUTES_PER_DAY)}`;
    perDay[day] = perDay[day] ? `${perDay[day]}, ${text}` : text;
  }
  const lines: string[] = [];
  for (let day = 0; day < 7; ) {
    let until = day;
    while (until + 1 < 7 && perDay[until + 1] === perDay[day]) until += 1;
    if (perDay[day]) {
      const days = until === day ? weekdayName(day, languageTag, 'short') : `${weekdayName(day, languageTag, 'short')} – ${weekdayName(until, languageTag, 'short')}`;
      lines.push(`${days}: ${perDay[day]}`);
    }
    day = until + 1;
  }
  return lines;
}
