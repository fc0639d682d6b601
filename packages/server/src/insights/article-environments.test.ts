import { describe, expect, it } from 'vitest';
import type { Environment } from '@loket/sdk';
import { worstEnvironments } from './article-environments';
import type { Verdict } from './verdicts';

let reports = 0;
const verdict = (outcome: Verdict['outcome'], environment: Environment): Verdict => ({ article: 'a', report: `r${(reports += 1)}`, outcome, environment, day: '2026-11-20' });
const times = (count: number, make: () => Verdict) => Array.from({ length: count }, make);

describe('worstEnvironments', () => {
  it('names groups with at least 3 verdicts, half of them failed and failing more than elsewhere; surest first, at most 3', () => {
    const windows7 = { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '109.0' }, device: { type: 'desktop' as const } };
    const mac = { os: { name: 'macOS', version: '10.13.6' }, browser: { name: 'Safari', version: '16.2' }, device: { type: 'desktop' as const } };
    const iphone = { os: { name: 'iOS', version: '17.1' }, browser: { name: 'Safari', version: '17.1' }, device: { type: 'mobile' as const } };
    const windows11 = { os: { name: 'Windows', version: '11' }, browser: { name: 'Edge', version: '142' }, device: { type: 'desktop' as const } };
    const found = worstEnvironments([
      ...times(8, () => verdict('not_solved', windows7)),
      verdict('solved', windows7),
      ...times(5, () => verdict('not_solved', mac)),
      verdict('solved', mac),
      // Two verdicts only: never named, however bad.
      ...times(2, () => verdict('not_solved', iphone)),
      ...times(12, () => verdict('solved', windows11)),
    ]);
    // desktop (13 of 27) fails for fewer than half; 8 of 9 is surer than 5 of 6; ties by label.
    expect(found.map(({ environment, judged, failed, failureRate }) => [environment.label, judged, failed, failureRate])).toEqual([
      ['Chrome 109', 9, 8, 8 / 9],
      ['Windows 7', 9, 8, 8 / 9],
      ['Safari 16', 6, 5, 5 / 6],
    ]);
  });

  it('does not name a group on a handful of verdicts: three failures of three are not sure', () => {
    const windows10 = { os: { name: 'Windows', version: '10' } };
    const windows11 = { os: { name: 'Windows', version: '11' } };
    const found = worstEnvironments([...times(3, () => verdict('not_solved', windows10)), ...times(3, () => verdict('not_solved', windows11)), ...times(3, () => verdict('solved', windows11))]);
    expect(found).toEqual([]);
  });

  it('leaves out a group that fails no more often than the verdicts outside it, or that holds them all', () => {
    const windows10 = { os: { name: 'Windows', version: '10' } };
    const windows11 = { os: { name: 'Windows', version: '11' } };
    const sameEverywhere = [...times(3, () => verdict('not_solved', windows10)), verdict('solved', windows10), ...times(3, () => verdict('not_solved', windows11)), verdict('solved', windows11)];
    expect(worstEnvironments(sameEverywhere)).toEqual([]);
    expect(worstEnvironments(times(4, () => verdict('not_solved', windows10)))).toEqual([]);
  });

  it('leaves out groups where the article mostly helps, and environments the customer removed', () => {
    const linux = { os: { name: 'Linux' } };
    expect(worstEnvironments([verdict('not_solved', linux), verdict('solved', linux), verdict('solved', linux), verdict('not_solved', {})])).toEqual([]);
  });
});
