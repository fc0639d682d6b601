import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import * as v from 'valibot';
import { DocsReportSchema, formatDocsReport } from '@loket/sdk';
import { FIXTURE_NOW, seedDocsReportFixture } from '../insights/docs-report-fixture';
import { openDatabase } from '../store/open-database';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { DEMO_SITES_DIR } from '../test-support';
import { main } from './main';
import { runReportCommand } from './report-command';

let folder: TempFolder;

beforeAll(async () => {
  folder = await writeTempFiles({ 'sites/acme/site.yaml': SITE_YAML, 'sites/acme/flows/orders.yaml': ORDERS_FLOW, 'sites/beta/site.yaml': SITE_YAML, 'sites/beta/flows/orders.yaml': ORDERS_FLOW });
  const db = await openDatabase({ dataDir: join(folder.dir, 'data') });
  await seedDocsReportFixture(db, 'demo');
  await db.close();
}, 60_000);
afterAll(() => folder.remove());

const report = (...args: string[]) => runReportCommand(['docs', '--sites', DEMO_SITES_DIR, '--data-dir', join(folder.dir, 'data'), ...args], {}, () => FIXTURE_NOW);

describe('loket report docs', () => {
  it('prints the report of the only site as JSON, with the numbers of the database', async () => {
    const { output, exitCode } = await report('--format', 'json', '--locale', 'en');
    expect(exitCode).toBe(0);
    const printed = v.parse(DocsReportSchema, JSON.parse(output[0]!));
    expect(printed).toMatchObject({ site: 'demo', locale: 'en', since: '2026-10-24T12:00:00.000Z', totals: { reports: 25, failed: 11, unanswered: 7, cases: 10 } });
    expect(printed.items[0]).toMatchObject({ rank: 1, kind: 'failing_article', article: 'installer-old-windows', failed: 4 });
  });

  it('prints Markdown by default and CSV when asked, as the SDK formats them', async () => {
    const json = v.parse(DocsReportSchema, JSON.parse((await report('--format', 'json', '--since', 'all')).output[0]!));
    expect((await report('--since', 'all')).output).toEqual([formatDocsReport(json, 'markdown')]);
    expect((await report('--since', 'all', '--format', 'csv')).output).toEqual([formatDocsReport(json, 'csv')]);
  });

  it('says how to write a wrong period, format or language', async () => {
    await expect(report('--since', 'last-week', '--format', 'pdf')).rejects.toThrow(
      '--format: A format is one of: json, markdown, csv.\n--since: Write since as a number of days (30d), a date (2026-10-01) or all.',
    );
    await expect(report('--since', '2027-01-01')).rejects.toThrow('--since: The period starts after now');
    await expect(report('--colour')).rejects.toThrow("Unknown option '--colour'");
  });

  it('asks for --site when there are several sites, and names them', async () => {
    const sites = join(folder.dir, 'sites');
    await expect(runReportCommand(['docs', '--sites', sites, '--data-dir', join(folder.dir, 'data')], {})).rejects.toThrow(`${sites} has several sites: name one with --site <key> (acme, beta).`);
    await expect(runReportCommand(['docs', '--sites', sites, '--site', 'gamma', '--data-dir', join(folder.dir, 'data')], {})).rejects.toThrow("There is no site 'gamma'");
  });

  it('refuses a data folder without a database instead of reporting on an empty one', async () => {
    await expect(runReportCommand(['docs', '--sites', DEMO_SITES_DIR, '--data-dir', join(folder.dir, 'nothing-here')], {})).rejects.toThrow(
      `There is no Loket database in ${join(folder.dir, 'nothing-here')}. Name the folder the server uses with --data-dir`,
    );
  });

  it('runs from the loket command and exits with 2 on a usage mistake', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await main(['report', 'docs', '--sites', DEMO_SITES_DIR, '--data-dir', join(folder.dir, 'data'), '--format', 'json', '--since', 'all']);
      expect(process.exitCode).toBe(0);
      expect(v.parse(DocsReportSchema, JSON.parse(log.mock.calls[0]![0] as string)).totals.cases).toBe(11);
      await main(['report', 'docs', '--sites', DEMO_SITES_DIR, '--data-dir', join(folder.dir, 'data'), '--since', 'soon']);
      expect(process.exitCode).toBe(2);
      expect(error.mock.calls[0]![0]).toBe('loket: --since: Write since as a number of days (30d), a date (2026-10-01) or all.');
    } finally {
      process.exitCode = 0;
      log.mockRestore();
      error.mockRestore();
    }
  });
});
