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

/**
 * Amsterdam's offsets from UTC over a span of time, worked out at build time from Node's time zone
 * data (amsterdam-offsets.build.ts): `changes` holds [instant in UTC ms, offset in minutes from
 * then on], the first at the table's start; `until` is where the table ends (exclusive).
 */
export interface AmsterdamOffsets {
  until: number;
  changes: [at: number, offsetMinutes: number][];
}

export const DAY_MS = 86_400_000;

/** The Amsterdam wall clock from the table, or undefined outside it. */
export function wallClockFromTable(offsets: AmsterdamOffsets, now: Date): { weekday: number; minutes: number } | undefined {
  const instant = now.getTime();
  const { changes, until } = offsets;
  if (!changes[0] || instant < changes[0][0] || instant >= until) return undefined;
  let offset = changes[0][1];
  for (const [at, minutes] of changes) {
    if (at > instant) break;
    offset = minutes;
  }
  const local = instant + offset * 60_000;
  const day = Math.floor(local / DAY_MS);
  // 1 January 1970 was a Thursday (3, counting from Monday = 0).
  return { weekday: (((day + 3) % 7) + 7) % 7, minutes: Math.floor((local - day * DAY_MS) / 60_000) };
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// Made only when needed (outside the table), and then once: constructing it is slow.
let amsterdamParts: Intl.DateTimeFormat | undefined;

/** The Amsterdam wall clock from the device's own time zone data (Intl). */
export function wallClockFromIntl(now: Date): { weekday: number; minutes: number } {
  amsterdamParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = amsterdamParts.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: WEEKDAYS.indexOf(part('weekday')),
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

// Written in by the build (Vite `define`, amsterdam-offsets.build.ts); absent, Intl does the work.
declare const __WEGWIJS_AMSTERDAM_OFFSETS__: AmsterdamOffsets | undefined;
const builtOffsets: AmsterdamOffsets | undefined =
  typeof __WEGWIJS_AMSTERDAM_OFFSETS__ === 'object' ? __WEGWIJS_AMSTERDAM_OFFSETS__ : undefined;

/**
 * The Amsterdam wall clock at an instant. The opening hours are Dutch local times, so a reader's
 * device time zone (a traveller, a phone set to home time) must not shift them. The build's table
 * answers without Intl; past its end (a site not rebuilt for years) the device's data does.
 */
export function amsterdamWallClock(now: Date, offsets: AmsterdamOffsets | undefined = builtOffsets): { weekday: number; minutes: number } {
  return (offsets && wallClockFromTable(offsets, now)) ?? wallClockFromIntl(now);
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
  return new Intl.DateTimeFormat(languageTag, { weekday: width, timeZone: 'UTC' }).format(new Date(mondayUtc + weekday * DAY_MS));
}

/**
 * The names "open now" needs, worked out at build time in the page's language (OpeningHours.astro)
 * so the phone needs no Intl for them: `day.today`, `day.tomorrow` and `day.0` (Monday) … `day.6`.
 */
export function dayNames(languageTag: string): Record<string, string> {
  const relative = new Intl.RelativeTimeFormat(languageTag, { numeric: 'auto' });
  const names: Record<string, string> = { 'day.today': relative.format(0, 'day'), 'day.tomorrow': relative.format(1, 'day') };
  for (let weekday = 0; weekday < 7; weekday++) names[`day.${weekday}`] = weekdayName(weekday, languageTag);
  return names;
}

/** "today", "tomorrow" or the weekday's name, for "opens …": from `names` (dayNames), else from Intl. */
export function dayLabel(moment: WallClockMoment, languageTag: string, names: Readonly<Record<string, string>> = {}): string {
  const key = moment.daysAhead === 0 ? 'day.today' : moment.daysAhead === 1 ? 'day.tomorrow' : `day.${moment.weekday}`;
  const name = names[key];
  if (name) return name;
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
