import { describe, expect, it } from 'vitest';
import { budgetVerdict, kilobytes, percentile, ratio, resourceKind, benchQueries, spreadOf } from './stats';

describe('bench statistics', () => {
  it('computes percentiles by interpolation', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBeCloseTo(50.5);
    expect(percentile(values, 95)).toBeCloseTo(95.05);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('formats bytes and ratios the way budgets are stated', () => {
    expect(kilobytes(14_000)).toBe('14.0 kB');
    expect(ratio(9, 45)).toBe('0.20');
    expect(ratio(undefined, 45)).toBe('n/a');
    expect(ratio(9, 0)).toBe('n/a');
  });

  it('judges a value against its budget', () => {
    expect(budgetVerdict(13_999, 14_000)).toBe('ok');
    expect(budgetVerdict(14_001, 14_000)).toBe('over');
    expect(budgetVerdict(undefined, 14_000)).toBe('n/a');
  });

  it('sorts responses into HTML, CSS and JS', () => {
    expect(resourceKind('Document', 'text/html')).toBe('html');
    expect(resourceKind('Stylesheet', 'text/css')).toBe('css');
    expect(resourceKind('Script', 'text/javascript')).toBe('js');
    expect(resourceKind('Fetch', 'application/json')).toBe('other');
  });
});

describe('bench queries', () => {
  it('makes the requested number of queries, with the Dutch terms, the same every run', () => {
    const titles = ['Free and anonymous STI tests', 'Registering with the KvK', 'Help if someone forces you'];
    const first = benchQueries(titles, 200);
    expect(first).toHaveLength(200);
    expect(first).toContain('Meld Misdaad Anoniem');
    expect(benchQueries(titles, 200)).toEqual(first);
  });
  it('works on Thai and Chinese titles', () => {
    expect(benchQueries(['ตรวจโรคติดต่อทางเพศสัมพันธ์ฟรี', '免费匿名的性病检测'], 50)).toHaveLength(50);
  });

  it('gives the median of the runs with the fastest and slowest, leaving a run that found nothing out of both', async () => {
    const runs = [310, Number.NaN, 250, 420, 290];
    let run = 0;
    const spread = await spreadOf(5, async () => runs[run++]!);
    expect(run).toBe(5);
    expect(spread.min).toBe(250);
    expect(spread.max).toBe(420);
    expect(await spreadOf(3, async () => [300, 200, 400][run++ % 3]!)).toEqual({ median: 300, min: 200, max: 400 });
  });
});
