import { dayLabel, formatClock, openingStatus, type WeeklySchedule } from './opening-status';
import { fillTemplate } from '../../lib/text';

/**
 * Fills in "open now" lines. The page is built once, so only the phone knows the time; the week
 * was worked out at build time and is checked here against Dutch time, every minute.
 */
function update(): void {
  const lang = document.documentElement.lang;
  const now = new Date();
  for (const line of document.querySelectorAll<HTMLElement>('[data-opening-status]')) {
    let schedule: WeeklySchedule;
    try {
      schedule = JSON.parse(line.dataset.schedule ?? '') as WeeklySchedule;
    } catch {
      continue;
    }
    const status = openingStatus(schedule, now);
    if (status.kind === 'always') line.textContent = line.dataset.always ?? '';
    else if (status.kind === 'never') line.textContent = line.dataset.never ?? '';
    else if (status.kind === 'open') {
      const time = formatClock(status.closes.minutes);
      line.textContent = status.closes.daysAhead === 0 ? fillTemplate(line.dataset.open, { time }) : fillTemplate(line.dataset.openDay, { time, day: dayLabel(status.closes, lang) });
    } else {
      line.textContent = fillTemplate(line.dataset.closed, { time: formatClock(status.opens.minutes), day: dayLabel(status.opens, lang) });
    }
  }
}

let started = false;
export function startOpeningStatus(): void {
  if (started) return;
  started = true;
  update();
  window.setInterval(update, 60_000);
}
