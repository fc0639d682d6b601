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
      ...times(4, () => verdict('not_solved', windows7)),
      verdict('solved', windows7),
      ...times(2, () => verdict('not_solved', mac)),
      verdict('solved', mac),
      // Two verdicts only: never named, however bad.
      ...times(2, () => verdict('not_solved', iphone)),
      ...times(5, () => verdict('solved', windows11)),
    ]);
    // desktop (6 of 13) fails for fewer than half; 4 of 5 is surer than 2 of 3; ties by label.
    expect(found.map(({ environment, judged, failed, failureRate }) => [environment.label, judged, failed, failureRate])).toEqual([
      ['Chrome 109', 5, 4, 0.8],
      ['Windows 7', 5, 4, 0.8],
      ['Safari 16', 3, 2, 2 / 3],
    ]);
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
