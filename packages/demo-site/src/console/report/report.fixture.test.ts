import { DocsReportSchema } from '@loket/sdk';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { REPORT_FIXTURE, reportFixtureFor } from './report.fixture';

describe('the report fixture', () => {
  it('is a report the SDK accepts, for every period', () => {
    for (const report of [REPORT_FIXTURE, reportFixtureFor('7d'), reportFixtureFor('90d'), reportFixtureFor('all', 'nl')]) {
      expect(v.safeParse(DocsReportSchema, report).issues).toBeUndefined();
    }
  });

  it('ranks its items by customers affected and covers every day of the period', () => {
    expect(REPORT_FIXTURE.items.map((item) => item.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const affected = REPORT_FIXTURE.items.map((item) => item.affected);
    expect(affected).toEqual([...affected].sort((a, b) => b - a));
    expect(reportFixtureFor('90d').days).toHaveLength(90);
    expect(REPORT_FIXTURE.days[0]?.date).toBe(REPORT_FIXTURE.since?.slice(0, 10));
  });
});
