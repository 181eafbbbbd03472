// Build half of the Amsterdam clock: Node's time zone data, written into the phone's script so
// the "open now" line needs no Intl.DateTimeFormat there (the page's first one costs 100–200 ms
// at 4× CPU: the browser sets up its date formatting then).
import { DAY_MS, type AmsterdamOffsets } from './opening-status.ts';

const MINUTE_MS = 60_000;

const offsetName = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/** Amsterdam's offset from UTC in minutes at an instant, from Node's time zone data ("GMT+01:00" → 60). */
export function amsterdamOffsetAt(instant: number): number {
  const name = offsetName.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) throw new Error(`amsterdam-offsets: cannot read the offset "${name}"`);
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * Amsterdam's offsets from the start of `from`'s year for `years` years: the offset at the start,
 * then each change to the minute. Changes are found day by day (Dutch clocks change at most twice
 * a year) and then narrowed down by halving.
 */
export function amsterdamOffsets(from: Date, years: number): AmsterdamOffsets {
  const start = Date.UTC(from.getUTCFullYear(), 0, 1);
  const until = Date.UTC(from.getUTCFullYear() + years, 0, 1);
  const changes: [number, number][] = [[start, amsterdamOffsetAt(start)]];
  for (let day = start + DAY_MS; day <= until; day += DAY_MS) {
    const offset = amsterdamOffsetAt(day);
    if (offset === changes[changes.length - 1]![1]) continue;
    // The change is in (day − 1 day, day]: halve to the first minute with the new offset.
    let before = (day - DAY_MS) / MINUTE_MS;
    let after = day / MINUTE_MS;
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2);
      if (amsterdamOffsetAt(middle * MINUTE_MS) === offset) after = middle;
      else before = middle;
    }
    if (after * MINUTE_MS < until) changes.push([after * MINUTE_MS, offset]);
  }
  return { until, changes };
}

/**
 * How many years the table covers from the start of the build's year. The table holds the rules
 * Node knew at build time; a site rebuilt at least once a year (its content needs that anyway)
 * always has the current and the next year. Past the table, the phone uses its own time zone data.
 */
const yearsAhead = 3;

/** The Vite `define` that writes the table into the phone's script (astro.config.mjs, vitest.config.ts). */
export function amsterdamOffsetsDefine(now = new Date()): Record<string, string> {
  return { __WEGWIJS_AMSTERDAM_OFFSETS__: JSON.stringify(amsterdamOffsets(now, yearsAhead)) };
}
