import { describe, expect, it } from 'vitest';
import { findHotspots, noCounts } from './hotspots';
import type { CaseGroupRow } from './hotspots';

function row(topic: string, affected: number, environment: Partial<CaseGroupRow> = {}, cases = affected + 1): CaseGroupRow {
  return {
    ...noCounts(), cases, repeated: affected, repeatContacts: affected, affected, topic,
    os_name: null, os_version: null, browser_name: null, browser_version: null, ...environment,
  };
}

describe('findHotspots', () => {
  it('names at most 5 topics and 5 environments with at least 2 cases repeated or escalated, most affected first', () => {
    const rows = [
      // Topics with many cases, so the environments below stand out against all cases.
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((topic, index) => row(topic, index + 2, {}, (index + 2) * 10)),
      row('g', 1),
      ...['7', '8', '8.1', '10', '11', 'XP'].map((version, index) => row('z', 2 + index, { os_name: 'Windows', os_version: version })),
    ];
    const found = findHotspots(rows);
    expect(found.filter((item) => item.topic !== null).map((item) => [item.topic, item.affected])).toEqual([
      ['z', 27], ['f', 7], ['e', 6], ['d', 5], ['c', 4],
    ]);
    expect(found.filter((item) => item.environment !== null).map((item) => [item.environment!.label, item.affected])).toEqual([
      ['Windows XP', 7], ['Windows 11', 6], ['Windows 10', 5], ['Windows 8.1', 4], ['Windows 8', 3],
    ]);
  });

  it('adds up the combinations that fall in one group of environments', () => {
    const chrome = (version: string) => row('internet', 1, { browser_name: 'Chrome', browser_version: version });
    expect(findHotspots([chrome('131.0.1'), chrome('131.2'), row('internet', 0, {}, 20)])).toEqual([
      { kind: 'hotspot', topic: 'internet', environment: null, cases: 24, repeated: 2, repeatContacts: 2, escalated: 0, affected: 2, reasons: noCounts().reasons },
      {
        kind: 'hotspot', topic: null, environment: { field: 'browser', name: 'Chrome', version: '131', label: 'Chrome 131' },
        cases: 4, repeated: 2, repeatContacts: 2, escalated: 0, affected: 2, reasons: noCounts().reasons,
      },
    ]);
  });

  it('names an environment only when its cases come back or are escalated more often than all cases', () => {
    const rows = [
      row('internet', 8, { browser_name: 'Chrome', browser_version: '131' }, 40),
      row('internet', 6, { browser_name: 'Firefox', browser_version: '120' }, 10),
    ];
    // 14 of 50 cases overall (28%): Chrome's 20% is below that, Firefox's 60% stands out.
    expect(findHotspots(rows).filter((item) => item.environment !== null).map((item) => item.environment!.label)).toEqual(['Firefox 120']);
  });
});
