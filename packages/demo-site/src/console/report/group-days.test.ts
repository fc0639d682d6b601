import type { InsightDay } from '@loket/sdk';
import { describe, expect, it } from 'vitest';
import { groupDays, mondayOf } from './group-days';

function days(from: string, count: number, counts: Partial<InsightDay> = {}): InsightDay[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => ({
    date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
    solved: 1,
    failed: 2,
    unanswered: 3,
    cases: 4,
    ...counts,
  }));
}

describe('groupDays', () => {
  it('keeps a bar a day for a period of up to 60 days', () => {
    const { unit, buckets } = groupDays(days('2026-10-01', 60));
    expect(unit).toBe('day');
    expect(buckets).toHaveLength(60);
    expect(buckets[0]).toEqual({ start: '2026-10-01', end: '2026-10-01', dayCount: 1, solved: 1, failed: 2, unanswered: 3, cases: 4 });
  });

  it('adds up a longer period by week, Monday to Sunday, with shorter weeks at the edges', () => {
    // 2026-08-23 is a Sunday; 90 days end on Friday 2026-11-20.
    const { unit, buckets } = groupDays(days('2026-08-23', 90));
    expect(unit).toBe('week');
    expect(buckets[0]).toEqual({ start: '2026-08-23', end: '2026-08-23', dayCount: 1, solved: 1, failed: 2, unanswered: 3, cases: 4 });
    expect(buckets[1]).toEqual({ start: '2026-08-24', end: '2026-08-30', dayCount: 7, solved: 7, failed: 14, unanswered: 21, cases: 28 });
    expect(buckets.at(-1)).toMatchObject({ start: '2026-11-16', end: '2026-11-20', dayCount: 5 });
    expect(buckets.reduce((total, bucket) => total + bucket.dayCount, 0)).toBe(90);
    expect(buckets).toHaveLength(14);
  });

  it('gives no bars for a report without days', () => {
    expect(groupDays([])).toEqual({ unit: 'day', buckets: [] });
  });
});

describe('mondayOf', () => {
  it('finds the Monday of a week, also from a Sunday', () => {
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});
