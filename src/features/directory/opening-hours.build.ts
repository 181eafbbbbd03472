// Build-time half of opening hours. It uses the `opening_hours` library (1.2 MB), so it must only be
// imported from build-time code; pages embed its output and use ./opening-status.ts in the browser.
import opening_hours from 'opening_hours';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeeklySchedule } from './opening-status.ts';

export type {   WeeklySchedule } from './opening-status.ts';
export { amsterdamWallClock, formatClock, isOpenNow, openingStatus } from './opening-status.ts';

// Monday 6 to Monday 13 January 2025: no time zone changes its UTC offset in this week, so local
// wall-clock minutes map one-to-one onto the week.
const REFERENCE_YEAR = 2025;
const REFERENCE_MONTH = 0;
const REFERENCE_MONDAY = 6;

/*
 * Why the process's TZ does not matter: the library builds and reads Dates with local-time
 * constructors and getters, so a rule "09:00" is 09:00 on the local clock whatever TZ is. Reading
 * the intervals back with local getters therefore recovers the wall-clock times written in the
 * expression, as long as the reference week has no DST change (an hour would be skipped or doubled).
 * This is not unit-tested: the time zone is process-wide state shared with everything else running
 * in the test worker, so instead the whole test file is meant to pass under any TZ (checked by hand
 * with TZ=UTC, Europe/Amsterdam, America/Los_Angeles, Australia/Sydney, Asia/Kolkata).
 */
function minuteOfWeek(date: Date): number {
  const day = date.getDate() - REFERENCE_MONDAY;
  return day * MINUTES_PER_DAY + date.getHours() * 60 + date.getMinutes();
}

/**
 * The open times of an `opening_hours` expression over a typical week, or undefined when no single
 * week describes them: rules that depend on dates, public holidays, week numbers or sunrise (the
 * build knows no holidays or location), or open times the source marks as unknown or with a comment
 * such as "by appointment". The page then tells readers to check before they go.
 *
 * Throws on an invalid expression: content is validated against the schema first, so reaching here
 * with one is a bug that should fail the build, not be shown as "check before you go".
 */
export function weeklySchedule(value: string): WeeklySchedule | undefined {
  // Every page that shows an organisation asks again, in 14 languages: work each value out once.
  if (!schedules.has(value)) schedules.set(value, evaluateWeek(value));
  return schedules.get(value);
}

const schedules = new Map<string, WeeklySchedule | undefined>();

function evaluateWeek(value: string): WeeklySchedule | undefined {
  let oh: opening_hours;
  try {
    oh = new opening_hours(value, null);
  } catch (error) {
    // The library throws strings, which lose the stack and read badly in a build log.
    throw new Error(`Invalid opening_hours "${value}": ${String(error)}`);
  }
  if (!oh.isWeekStable()) return undefined;

  const from = new Date(REFERENCE_YEAR, REFERENCE_MONTH, REFERENCE_MONDAY);
  const to = new Date(REFERENCE_YEAR, REFERENCE_MONTH, REFERENCE_MONDAY + 7);
  const open = oh.getOpenIntervals(from, to);
  if (open.some(([, , unknown]) => unknown)) return undefined;

  // Opening that runs past Sunday midnight shows up as an interval from Monday 00:00, because the
  // library includes the previous Sunday's spill-over; so the split representation comes for free.
  const intervals: [number, number][] = [];
  for (const [start, end] of open) {
    const span: [number, number] = [minuteOfWeek(start), minuteOfWeek(end)];
    const last = intervals.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else intervals.push(span);
  }
  const [first] = intervals;
  const alwaysOpen = intervals.length === 1 && first?.[0] === 0 && first[1] === MINUTES_PER_WEEK;
  return { alwaysOpen, intervals };
}
