import { describe, expect, it } from 'vitest';
// @ts-expect-error: a benchmark module in plain JavaScript, without declarations.
import { capacity, medianRound } from '../bench/server/rounds.mjs';

// How bench:server turns its rounds into the figures that are held against issue 7's budgets.

type Row = { perSecond: number; p99: number; errors: number; connections: number };
type Capacity = {
  filing?: Row;
  bare?: Row;
  ratio: number;
  rounds: { filing: number; bare: number; ratio: number }[];
  loads: { filing: Row & { ratio: number }; bare: Row }[];
  notCounted: { round: number; row: Row; why: string }[];
};

const row = (connections: number, perSecond: number, p99 = 10, errors = 0): Row => ({ connections, perSecond, p99, errors });
const measure = capacity as (filings: Row[][], bares: Row[][], p99Budget?: number) => Capacity;

describe('bench:server rounds', () => {
  it('takes the median round and the median of the paired ratios at one load', () => {
    const median = medianRound([row(10, 1000), row(10, 2000), row(10, 1500)], [row(10, 4000), row(10, 3000), row(10, 5000)]);
    expect(median.filing.perSecond).toBe(1500);
    expect(median.bare.perSecond).toBe(4000);
    // Ratios 0.25, 0.67 and 0.30: the middle one, not 1,500 / 4,000.
    expect(median.filing.ratio).toBeCloseTo(0.3);
    expect(median.filing.what).toBe('file a case, 10 conn.');
  });

  it("compares each server's best load, round by round", () => {
    const filings = [
      [row(10, 1800), row(32, 2800)],
      [row(10, 1700), row(32, 2600)],
      [row(10, 1900), row(32, 3000)],
    ];
    const bares = [
      [row(10, 4200), row(32, 4000)],
      [row(10, 4400), row(32, 4600)],
      [row(10, 4000), row(32, 3900)],
    ];
    const result = measure(filings, bares, 50);
    expect(result.filing).toMatchObject({ connections: 32, perSecond: 2800 });
    expect(result.bare).toMatchObject({ connections: 10, perSecond: 4200 });
    expect(result.rounds.map((round) => round.ratio)).toEqual([2800 / 4200, 2600 / 4600, 3000 / 4000]);
    expect(result.ratio).toBeCloseTo(2800 / 4200);
    expect(result.loads.map((load) => load.filing.ratio)).toEqual([1800 / 4200, 2800 / 4000]);
  });

  it('does not count a filing rate whose p99 is over the budget, or that had errors', () => {
    const filings = [
      [row(10, 1800), row(32, 2800, 60)],
      [row(10, 1700), row(32, 2600, 70)],
      [row(10, 1900, 12, 3), row(32, 3000, 40)],
    ];
    const bares = [[row(10, 4000), row(32, 4000)], [row(10, 4000), row(32, 4000)], [row(10, 4000), row(32, 4000)]];
    const result = measure(filings, bares, 50);
    expect(result.filing).toMatchObject({ connections: 10, perSecond: 1800 });
    // Round 3: 1,900 had errors, 3,000 is within the budget.
    expect(result.rounds.map((round) => round.filing)).toEqual([1800, 1700, 3000]);
    expect(result.ratio).toBeCloseTo(0.45);
    expect(result.notCounted.map(({ round, why }) => `${round}: ${why}`)).toEqual(['1: p99 60 ms, over 50 ms', '2: p99 70 ms, over 50 ms', '3: 3 errors']);
  });

  it('judges every round, not only the one with the median rate', () => {
    // At 32 connections the median round is within the budget, the two others are not.
    const filings = [[row(10, 1800), row(32, 2900, 60)], [row(10, 1700), row(32, 2800, 45)], [row(10, 1900), row(32, 3000, 70)]];
    const bares = [[row(10, 4000), row(32, 4000)], [row(10, 4000), row(32, 4000)], [row(10, 4000), row(32, 4000)]];
    const result = measure(filings, bares, 50);
    expect(result.rounds.map((round) => round.filing)).toEqual([1800, 2800, 1900]);
    expect(result.filing).toMatchObject({ connections: 10, perSecond: 1900 });
    expect(result.ratio).toBeCloseTo(1900 / 4000);
  });

  it('does not count a bare INSERT rate with errors, and fails the ratio without one', () => {
    const filings = [[row(10, 2000)], [row(10, 2000)], [row(10, 2000)]];
    const withErrors = measure(filings, [[row(10, 9000, 5, 100)], [row(10, 4000)], [row(10, 4000)]], 50);
    expect(withErrors.rounds.map((round) => round.bare)).toEqual([0, 4000, 4000]);
    // Round 1 has no ratio (0): the median is still 0.5, from rounds 2 and 3.
    expect(withErrors.ratio).toBeCloseTo(0.5);
    const none = measure(filings, [[row(10, 0)], [row(10, 9000, 5, 1)], [row(10, 4000, 5, 2)]], 50);
    expect(none.bare).toBeUndefined();
    expect(none.ratio).toBe(0);
  });

  it('has no filing capacity when no load stays within the budget', () => {
    const result = measure([[row(10, 1800, 80)]], [[row(10, 4000)]], 50);
    expect(result.filing).toBeUndefined();
    expect(result.ratio).toBe(0);
    // Without a latency budget (PGlite's) the same rate counts.
    expect(measure([[row(10, 1800, 80)]], [[row(10, 4000)]]).filing?.perSecond).toBe(1800);
  });
});
