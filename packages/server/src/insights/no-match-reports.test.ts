import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import { recordAttempt } from '../store/attempt-store';
import type { Database } from '../store/database';
import { fileCase } from '../store/file-case';
import type { NewReport } from '../store/file-case';
import { openTestDatabase } from '../test-support';
import { loadNoMatchReports } from './no-match-reports';

let db: Database;
let site: Site;
beforeAll(async () => {
  db = await openTestDatabase();
  site = (await loadSite(fileURLToPath(new URL('../../../demo-site/sites/demo', import.meta.url)))).site!;
});
afterAll(() => db.close());

const now = new Date('2026-11-20T10:00:00Z');
const report = (description: string, id: string): NewReport => ({
  topic: 'internet', answers: {}, description, environment: {}, articlesTried: [], locale: 'nl', contact: { browser: 'browser-id-12345678' }, report: id,
});

describe('loadNoMatchReports', () => {
  it('counts a report that joined an open case as a repeat contact as filed, told by that contact', async () => {
    await fileCase(db, site, report('Geen internet sinds vanochtend.', 'report-first-1'), { now });
    await recordAttempt(db, { site: site.key, locale: 'nl', outcome: 'no_match', topic: 'internet', answers: {}, text: 'glasvezelkastje knippert oranje', environment: {}, report: 'report-again-1' }, now);
    const joined = await fileCase(db, site, report('Het glasvezelkastje knippert nog steeds oranje.', 'report-again-1'), { now: new Date(now.getTime() + 60_000) });
    expect(joined.kind === 'created' && joined.created.linked).toBe(true);

    const reports = await loadNoMatchReports(db, site.key, { since: null, until: new Date(now.getTime() + 3_600_000) }, site.timeZone);
    expect(reports).toEqual([expect.objectContaining({ report: 'report-again-1', filed: true, topic: 'internet', text: 'Het glasvezelkastje knippert nog steeds oranje.' })]);
  });
});
