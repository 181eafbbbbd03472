// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en.json';
import { OpeningHoursElement, statusText } from './opening-status.browser';
import { dayLabel, dayNames, type WeeklySchedule } from './opening-status';

const strings = Object.fromEntries((['hours.alwaysOpen', 'hours.openNow', 'hours.openNowUntilDay', 'hours.closedNow', 'hours.neverOpen'] as const).map((key) => [key, en[key]]));
// Monday to Friday, 09:00–17:00, and Saturday 22:00 to Sunday 02:00.
const week: WeeklySchedule = { alwaysOpen: false, intervals: [[540, 1020], [1980, 2460], [3420, 3900], [4860, 5340], [6300, 6780], [8520, 8760]] };
// Times in Amsterdam (UTC+1 in November).
const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 10, 23 + day, hour - 1, minute));

describe('the "open now" line', () => {
  it('says until when it is open, and when it opens next', () => {
    expect(statusText(week, at(0, 10), strings, 'en')).toBe('Open now, until 17:00');
    expect(statusText(week, at(0, 18), strings, 'en')).toBe('Closed now. Opens tomorrow at 09:00');
    expect(statusText(week, at(5, 23), strings, 'en')).toBe('Open now, until tomorrow 02:00');
    expect(statusText(week, at(6, 3), strings, 'en')).toBe('Closed now. Opens tomorrow at 09:00');
    expect(statusText(week, at(4, 18), strings, 'en')).toBe('Closed now. Opens tomorrow at 22:00');
  });

  it('says when it is always open, or never', () => {
    expect(statusText({ alwaysOpen: true, intervals: [[0, 10080]] }, at(0, 3), strings, 'en')).toBe(en['hours.alwaysOpen']);
    expect(statusText({ alwaysOpen: false, intervals: [] }, at(0, 3), strings, 'en')).toBe(en['hours.neverOpen']);
  });

  it('names the day in the page language', () => {
    expect(statusText(week, at(4, 18), strings, 'nl')).toBe('Closed now. Opens morgen at 22:00');
  });

  it('takes the day names the build wrote into the page', () => {
    const withNames = { ...strings, ...dayNames('th') };
    expect(statusText(week, at(4, 18), withNames, 'th')).toBe('Closed now. Opens พรุ่งนี้ at 22:00');
    // Wednesday noon, for a place open only on Mondays.
    expect(statusText({ alwaysOpen: false, intervals: [[540, 1020]] }, at(2, 12), withNames, 'th')).toBe('Closed now. Opens วันจันทร์ at 09:00');
    expect(statusText(week, at(0, 8), withNames, 'th')).toBe('Closed now. Opens วันนี้ at 09:00');
  });

  it('needs no Intl on the phone for those names', () => {
    const names = dayNames('th');
    const relative = vi.spyOn(Intl, 'RelativeTimeFormat');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    expect([0, 1, 2].map((daysAhead) => dayLabel({ weekday: 3, minutes: 0, daysAhead }, 'th', names))).toEqual(['วันนี้', 'พรุ่งนี้', 'วันพฤหัสบดี']);
    expect(relative).not.toHaveBeenCalled();
    expect(dates).not.toHaveBeenCalled();
    // Without them (an old cached page), Intl still names the day.
    expect(dayLabel({ weekday: 3, minutes: 0, daysAhead: 2 }, 'th')).toBe('วันพฤหัสบดี');
    expect(dates).toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('<wegwijs-opening-hours>', () => {
  if (!customElements.get('wegwijs-opening-hours')) customElements.define('wegwijs-opening-hours', OpeningHoursElement);
  const render = (schedule: string) => {
    const root = document.createElement('wegwijs-opening-hours');
    root.innerHTML = `<p data-opening-status data-schedule='${schedule}'></p><script type="application/json" data-strings>${JSON.stringify(strings)}</script>`;
    document.body.append(root);
    return root.querySelector('p')!;
  };
  beforeEach(() => {
    vi.useFakeTimers({ now: at(0, 16, 59) });
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('fills in the line at once and keeps it right every minute', () => {
    const line = render(JSON.stringify(week));
    expect(line.textContent).toBe('Open now, until 17:00');
    vi.advanceTimersByTime(60_000);
    expect(line.textContent).toBe('Closed now. Opens tomorrow at 09:00');
  });

  it('stops when it leaves the page, and leaves a broken schedule alone', () => {
    const line = render(JSON.stringify(week));
    line.parentElement!.remove();
    vi.advanceTimersByTime(60_000);
    expect(line.textContent).toBe('Open now, until 17:00');
    expect(render('{broken').textContent).toBe('');
  });
});
