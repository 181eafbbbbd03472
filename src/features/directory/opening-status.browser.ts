import { dayLabel, formatClock, openingStatus, type WeeklySchedule } from './opening-status';
import { stringsIn, text, type BrowserStrings } from '../../lib/browser/strings';

/** The "open now" line for a week of hours at `now`, in Dutch time, in the page's language (day names from `strings`, see dayNames). */
export function statusText(schedule: WeeklySchedule, now: Date, strings: BrowserStrings, languageTag: string): string {
  const status = openingStatus(schedule, now);
  switch (status.kind) {
    case 'always':
      return text(strings, 'hours.alwaysOpen');
    case 'never':
      return text(strings, 'hours.neverOpen');
    case 'open': {
      const time = formatClock(status.closes.minutes);
      if (status.closes.daysAhead === 0) return text(strings, 'hours.openNow', { time });
      return text(strings, 'hours.openNowUntilDay', { time, day: dayLabel(status.closes, languageTag, strings) });
    }
    case 'closed':
      return text(strings, 'hours.closedNow', { time: formatClock(status.opens.minutes), day: dayLabel(status.opens, languageTag, strings) });
  }
}

/**
 * `<wegwijs-opening-hours>` (OpeningHours.astro): fills in its "open now" line. The page is built
 * once, so only the phone knows the time; the week was worked out at build time and is checked
 * here against Dutch time, every minute.
 */
export class OpeningHoursElement extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const line = this.querySelector<HTMLElement>('[data-opening-status]');
    let schedule: WeeklySchedule;
    try {
      schedule = JSON.parse(line?.dataset.schedule ?? '') as WeeklySchedule;
    } catch {
      return;
    }
    const strings = stringsIn(this);
    const update = () => (line!.textContent = statusText(schedule, new Date(), strings, document.documentElement.lang));
    update();
    window.clearInterval(this.#timer);
    this.#timer = window.setInterval(update, 60_000);
  }

  disconnectedCallback(): void {
    window.clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
