import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from './dates';

describe('dates', () => {
  const date = new Date('2020-03-24T12:00:00Z');
  it('are written the way readers of each language write them', () => {
    expect(formatDate(date, 'en')).toBe('24 March 2020');
    expect(formatDate(date, 'nl')).toBe('24 maart 2020');
    expect(formatDate(date, 'zh')).toBe('2020年3月24日');
  });
  it('give an ISO day for <time datetime>', () => {
    expect(isoDay(date)).toBe('2020-03-24');
  });
});
