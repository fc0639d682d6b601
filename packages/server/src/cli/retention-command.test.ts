import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { insertCase } from '../notify/test-fixtures';
import { openDatabase } from '../store/open-database';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { runRetentionCommand } from './retention-command';

let folder: TempFolder;
const NOW = new Date('2026-12-01T12:00:00.000Z');
const DAY = 24 * 60 * 60_000;
let kept: string[];

beforeAll(async () => {
  folder = await writeTempFiles({
    'sites/acme/site.yaml': `${SITE_YAML}retention: { cases: 30d }\n`,
    'sites/acme/flows/orders.yaml': ORDERS_FLOW,
    'sites/beta/site.yaml': SITE_YAML,
    'sites/beta/flows/orders.yaml': ORDERS_FLOW,
    'plain/beta/site.yaml': SITE_YAML,
    'plain/beta/flows/orders.yaml': ORDERS_FLOW,
  });
  const db = await openDatabase({ dataDir: join(folder.dir, 'data') });
  const age = async (site: string, status: string, days: number) => {
    const { id, reference } = await insertCase(db, { site });
    await db.query('UPDATE cases SET status = $2, updated_at = $3 WHERE id = $1', [id, status, new Date(NOW.getTime() - days * DAY)]);
    return reference;
  };
  await age('acme', 'closed', 40);
  await age('acme', 'solved', 31);
  kept = [await age('acme', 'closed', 29), await age('acme', 'in_progress', 400), await age('beta', 'closed', 400)];
  await db.close();
}, 60_000);
afterAll(() => folder.remove());

describe('loket retention run', () => {
  it('erases the cases past their site\'s retention period once and says what it erased per site', async () => {
    const args = ['run', '--sites', join(folder.dir, 'sites'), '--data-dir', join(folder.dir, 'data')];
    const first = await runRetentionCommand(args, {}, () => NOW);
    expect(first).toEqual({
      exitCode: 0,
      output: [expect.stringMatching(/^acme: erased 2 cases unchanged for 30d \(2 timeline events, 0 deliveries; 0 self-help attempts kept anonymised\)$/), 'beta: no retention period'],
    });
    expect((await runRetentionCommand(args, {}, () => NOW)).output[0]).toBe('acme: no solved or closed case unchanged for 30d');
    const db = await openDatabase({ dataDir: join(folder.dir, 'data') });
    try {
      const { rows } = await db.query<{ reference: string }>('SELECT reference FROM cases ORDER BY reference');
      expect(rows.map((row) => row.reference)).toEqual([...kept].sort());
    } finally {
      await db.close();
    }
  });

  it('says how to set a retention period when no site has one, without opening the database', async () => {
    const result = await runRetentionCommand(['run', '--sites', join(folder.dir, 'plain'), '--data-dir', join(folder.dir, 'nothing-here')], {});
    expect(result.exitCode).toBe(0);
    expect(result.output[0]).toMatch(/No site in .*plain has a retention period, so nothing was erased\. Set retention\.cases in a site\.yaml/);
  });
});
