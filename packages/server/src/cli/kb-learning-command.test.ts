import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAttempt } from '../store/attempt-store';
import { openDatabase } from '../store/open-database';
import { writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { forgetLearned, showLearned } from './kb-learning-command';

let folder: TempFolder;

beforeAll(async () => {
  folder = await writeTempFiles({});
  const db = await openDatabase({ dataDir: folder.dir });
  const attempt = { site: 'acme', locale: 'en' as const, answers: {}, environment: {} };
  await recordAttempt(db, { ...attempt, article: 'installer', outcome: 'solved', text: 'wizard freezes' });
  await recordAttempt(db, { ...attempt, article: 'installer', outcome: 'solved', text: 'wizard freezes overnight' });
  await recordAttempt(db, { ...attempt, article: 'modem', outcome: 'not_solved', text: 'lights blink' });
  await db.close();
}, 60_000);
afterAll(() => folder.remove());

const dataDir = () => ['--site', 'acme', '--data-dir', folder.dir];

describe('loket kb learned and forget', () => {
  it('shows the learned terms per article, strongest first', async () => {
    const { output, exitCode } = await showLearned(dataDir(), {});
    expect(exitCode).toBe(0);
    expect(output).toHaveLength(2);
    expect(output[0]).toMatch(/^installer \(en\): wizard \+2, freez\w* \+2, overnight \+1$/);
    expect(output[1]).toMatch(/^modem \(en\): light\w* -1, blink\w* -1$/);
  });

  it('forgets one term, then a whole article', async () => {
    await forgetLearned([...dataDir(), '--article', 'installer', '--term', 'overnight'], {});
    expect((await showLearned([...dataDir(), '--article', 'installer'], {})).output[0]).not.toContain('overnight');
    const forgotten = await forgetLearned([...dataDir(), '--article', 'installer'], {});
    expect(forgotten.output[0]).toBe("Forgot everything learned for 'installer' on site 'acme'. Running servers pick this up with their next request.");
    expect((await showLearned([...dataDir(), '--article', 'installer'], {})).output).toEqual(["Nothing learned yet for 'installer' on site 'acme'."]);
  });

  it('asks for the site', async () => {
    await expect(showLearned(['--data-dir', folder.dir], {})).rejects.toThrow('Name the site with --site <key>');
  });
});
