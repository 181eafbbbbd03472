import { describe, expect, it } from 'vitest';
import { budgetVerdict, kilobytes, percentile, ratio, resourceKind } from '../../src/lib/bench-stats';

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
