import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseInUseError, lockDataDir } from './data-dir-lock';
import { openDatabase } from './open-database';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('refuses a folder that another running process holds, naming it and what to do', async () => {
    // The parent process (vitest's) is running and is not this one.
    await writeFile(join(dir, 'pgdata.lock'), String(process.ppid));
    const error = await lockDataDir(join(dir, 'pgdata')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseInUseError);
    expect((error as Error).message).toContain(`in use by another Loket process (pid ${process.ppid})`);
    expect((error as Error).message).toContain('Stop that process first');
  });

  it('takes over a lock left by a process that no longer runs, and releases it', async () => {
    await writeFile(join(dir, 'pgdata.lock'), '2147483646');
    const release = await lockDataDir(join(dir, 'pgdata'));
    expect(await readFile(join(dir, 'pgdata.lock'), 'utf8')).toBe(String(process.pid));
    await release();
    expect(existsSync(join(dir, 'pgdata.lock'))).toBe(false);
  });

  it('is taken by the embedded database while it is open and given back when it closes', async () => {
    const db = await openDatabase({ dataDir: dir });
    expect(await readFile(join(dir, 'pgdata.lock'), 'utf8')).toBe(String(process.pid));
    await db.close();
    expect(existsSync(join(dir, 'pgdata.lock'))).toBe(false);
  });
});
