/**
 * Small statistics for `npm run bench`, kept pure so the numbers it prints can be trusted.
 */

/** The p-th percentile (0–100) of a list, by linear interpolation between closest ranks. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  return low + (high - low) * (rank - lower);
}

/** Bytes as kB with one decimal (1 kB = 1000 bytes, as budgets are stated). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** "ours / theirs" as a ratio with two decimals; "n/a" when either side is missing. */
export function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return 'n/a';
  return (ours / theirs).toFixed(2);
}

/** Whether a measured value is within its budget, for the report: "ok", "over", or "n/a". */
export function budgetVerdict(value: number | undefined, limit: number): 'ok' | 'over' | 'n/a' {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  return value <= limit ? 'ok' : 'over';
}

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

/** Which budget a response counts towards, from its resource type and MIME type. */
export function resourceKind(type: string, mimeType: string): ResourceKind {
  if (type === 'Document' || mimeType.includes('html')) return 'html';
  if (type === 'Stylesheet' || mimeType.includes('css')) return 'css';
  if (type === 'Script' || mimeType.includes('javascript')) return 'js';
  return 'other';
}

/** Dutch names readers type in every language. */
const dutchTerms = ['KvK', 'GGD', 'BSN', 'APV', 'Meld Misdaad Anoniem', 'Belastingdienst', 'politie', 'Veilig Thuis'];

/**
 * Queries for timing search in one language, made from its own index: whole words, beginnings
 * of words, words with two letters swapped (a typo), two-word queries and the Dutch terms.
 * Deterministic, so runs compare.
 */
export function benchQueries(titles: string[], count = 240): string[] {
  const words = [...new Set(titles.flatMap((title) => title.split(/[\s,.;:()"“”«»„!?¿¡—–-]+/u)).filter((word) => Array.from(word).length >= 3))];
  const queries: string[] = [...dutchTerms];
  let seed = 17;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; queries.length < count && words.length > 0; i++) {
    const word = words[next() % words.length]!;
    const letters = Array.from(word);
    switch (i % 4) {
      case 0:
        queries.push(word);
        break;
      case 1:
        queries.push(letters.slice(0, Math.max(2, Math.ceil(letters.length / 2))).join(''));
        break;
      case 2: {
        const at = 1 + (next() % Math.max(1, letters.length - 2));
        [letters[at], letters[at - 1]] = [letters[at - 1]!, letters[at]!];
        queries.push(letters.join(''));
        break;
      }
      default:
        queries.push(`${word} ${words[next() % words.length]}`);
    }
  }
  return queries;
}

/** The median of some runs, with the fastest and slowest, so a reader sees how much one run can be off. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export async function spreadOf(runs: number, measure: () => Promise<number>): Promise<Spread> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await measure());
  // A run that found nothing is NaN: it shows as such in the median, not as the fastest or slowest.
  const found = times.filter((time) => Number.isFinite(time));
  return { median: percentile(times, 50), min: found.length > 0 ? Math.min(...found) : Number.NaN, max: found.length > 0 ? Math.max(...found) : Number.NaN };
}
