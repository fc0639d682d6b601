import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseInUseError, lockDataDir } from './data-dir-lock';
import { openDatabase } from './open-database';

/** A pid that no process has (above Linux's largest pid_max). */
const DEAD_PID = 2147483646;

let dir: string;
let lockFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-lock-'));
  lockFile = join(dir, 'pgdata.lock');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function holderOf(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

async function lockError(dataDir: string): Promise<DatabaseInUseError> {
  const error = await lockDataDir(dataDir).then(
    (release) => release().then(() => new Error('the lock was taken')),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatabaseInUseError);
  return error as DatabaseInUseError;
}

describe('lockDataDir', () => {
  it('refuses a folder that another running process holds, naming it, the lock file and what to do', async () => {
    // The parent process (vitest's) is running and is not this one.
    await writeFile(lockFile, JSON.stringify({ pid: process.ppid, host: hostname(), token: 'parent' }));
    const error = await lockError(join(dir, 'pgdata'));
    expect(error.message).toContain(`The embedded database in ${join(dir, 'pgdata')}`);
    expect(error.message).toContain(`in use by another Loket process (pid ${process.ppid})`);
    expect(error.message).toContain('Stop that process first');
    expect(error.message).toContain(`If no Loket process uses that folder any more`);
    expect(error.message).toContain(`delete ${lockFile} and try again`);
    expect(error.pid).toBe(process.ppid);
    expect(error.lockFile).toBe(lockFile);
    expect(await holderOf(lockFile)).toEqual({ pid: process.ppid, host: hostname(), token: 'parent' });
  });

  it('refuses a folder held by a running process according to a pid-only lock of an older version', async () => {
    await writeFile(lockFile, String(process.ppid));
    expect((await lockError(join(dir, 'pgdata'))).pid).toBe(process.ppid);
  });

  it('takes over a lock left by a process that no longer runs, and releases it', async () => {
    await writeFile(lockFile, JSON.stringify({ pid: DEAD_PID, host: hostname(), token: 'gone' }));
    const release = await lockDataDir(join(dir, 'pgdata'));
    expect(await holderOf(lockFile)).toMatchObject({ pid: process.pid, host: hostname() });
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a pid-only lock of an older version whose process no longer runs', async () => {
    await writeFile(lockFile, String(DEAD_PID));
    const release = await lockDataDir(join(dir, 'pgdata'));
    expect(await holderOf(lockFile)).toMatchObject({ pid: process.pid });
    await release();
  });

  it("takes over a lock with this process's pid that this process does not hold (a restarted container, both pid 1)", async () => {
    await writeFile(lockFile, JSON.stringify({ pid: process.pid, host: hostname(), token: 'before-restart' }));
    const release = await lockDataDir(join(dir, 'pgdata'));
    expect(await holderOf(lockFile)).not.toMatchObject({ token: 'before-restart' });
    await release();
  });

  it('refuses a lock taken on another host, whose processes it cannot see, naming the host', async () => {
    await writeFile(lockFile, JSON.stringify({ pid: DEAD_PID, host: 'another-container', token: 'elsewhere' }));
    const error = await lockError(join(dir, 'pgdata'));
    expect(error.message).toContain(`(pid ${DEAD_PID} on host another-container)`);
    expect(error.message).toContain(`delete ${lockFile}`);
    expect(existsSync(lockFile)).toBe(true);
  });

  it('treats an empty lock as held while it may still be being written', async () => {
    await writeFile(lockFile, '');
    const locking = lockDataDir(join(dir, 'pgdata')).catch((caught: unknown) => caught);
    // The writer finishes after the reader saw the file empty, well within the waiting time.
    setTimeout(() => writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, host: hostname(), token: 'slow-writer' })), 20);
    const error = await locking;
    expect(error).toBeInstanceOf(DatabaseInUseError);
    expect((error as DatabaseInUseError).pid).toBe(process.ppid);
  });

  it('takes over a lock that stays empty (its writer died before writing it)', async () => {
    await writeFile(lockFile, '');
    const release = await lockDataDir(join(dir, 'pgdata'));
    expect(await holderOf(lockFile)).toMatchObject({ pid: process.pid });
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock that holds something unreadable', async () => {
    await writeFile(lockFile, '{"pid": 12');
    const release = await lockDataDir(join(dir, 'pgdata'));
    expect(await holderOf(lockFile)).toMatchObject({ pid: process.pid });
    await release();
  });

  it('takes over a left-over lock whose previous takeover was cut short by the death of its claimant', async () => {
    await writeFile(lockFile, JSON.stringify({ pid: DEAD_PID, host: hostname(), token: 'gone' }));
    await writeFile(`${lockFile}.takeover-gone`, JSON.stringify({ pid: DEAD_PID - 1, host: hostname(), token: 'died-too' }));
    const release = await lockDataDir(join(dir, 'pgdata'));
    expect(await holderOf(lockFile)).toMatchObject({ pid: process.pid });
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second lock of the same folder in the same process until the first is released', async () => {
    const release = await lockDataDir(join(dir, 'pgdata'));
    const error = await lockError(join(dir, 'pgdata'));
    expect(error.inThisProcess).toBe(true);
    expect(error.message).toContain('is already open in this Loket process');
    expect(existsSync(lockFile)).toBe(true);
    await release();
    await release();
    expect(existsSync(lockFile)).toBe(false);
    await (await lockDataDir(join(dir, 'pgdata')))();
  });

  it('gives one of two simultaneous locks of a folder in the same process', async () => {
    const results = await Promise.allSettled([lockDataDir(join(dir, 'pgdata')), lockDataDir(join(dir, 'pgdata'))]);
    expect(results.filter(({ status }) => status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')?.reason).toBeInstanceOf(DatabaseInUseError);
    for (const result of results) if (result.status === 'fulfilled') await result.value();
  });

  it('does not remove a lock that is no longer its own when released', async () => {
    const release = await lockDataDir(join(dir, 'pgdata'));
    await writeFile(lockFile, JSON.stringify({ pid: process.ppid, host: hostname(), token: 'replaced' }));
    await release();
    expect(await holderOf(lockFile)).toMatchObject({ token: 'replaced' });
  });

  it('is taken by the embedded database while it is open and given back when it closes', async () => {
    const db = await openDatabase({ dataDir: dir });
    expect(await holderOf(lockFile)).toMatchObject({ pid: process.pid, host: hostname() });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DatabaseInUseError);
    await db.close();
    expect(existsSync(lockFile)).toBe(false);
  });
});

describe('lockDataDir in processes racing for a left-over lock', () => {
  const PROCESSES = 4;
  const ROUNDS = 12;
  let scripts: string;
  let children: ChildProcess[] = [];

  /** The next message of a child (to be awaited after what makes it answer was sent). */
  function answerOf(child: ChildProcess): Promise<string> {
    return once(child, 'message').then(([message]) => String(message));
  }

  /** Sends a command to all children at once, and collects their answers. */
  async function askAll(command: unknown[]): Promise<string[]> {
    const answers = children.map(answerOf);
    for (const child of children) child.send(command);
    return Promise.all(answers);
  }

  beforeAll(async () => {
    scripts = await mkdtemp(join(tmpdir(), 'loket-lock-race-'));
    // The children run the module itself, compiled to JavaScript.
    const source = await readFile(new URL('./data-dir-lock.ts', import.meta.url), 'utf8');
    await writeFile(join(scripts, 'data-dir-lock.mjs'), (await transform(source, { loader: 'ts', format: 'esm', target: 'node20' })).code);
    await writeFile(
      join(scripts, 'child.mjs'),
      `import { lockDataDir } from './data-dir-lock.mjs';
let release;
process.on('message', async ([command, dataDir]) => {
  if (command === 'lock') {
    try {
      release = await lockDataDir(dataDir);
      process.send('locked');
    } catch (error) {
      process.send(error.name === 'DatabaseInUseError' ? 'in use' : String(error.stack));
    }
  } else if (command === 'release') {
    await release?.();
    release = undefined;
    process.send('released');
  } else process.disconnect();
});
process.send('ready');
`,
    );
    children = Array.from({ length: PROCESSES }, () => fork(join(scripts, 'child.mjs'), { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    expect(await Promise.all(children.map(answerOf))).toEqual(Array(PROCESSES).fill('ready'));
  });

  afterAll(async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        if (child.connected) child.send(['exit']);
        else child.kill();
        await exited;
      }),
    );
    await rm(scripts, { recursive: true, force: true });
  });

  it('ends with exactly one holder, whatever was left over', async () => {
    const leftOvers = [JSON.stringify({ pid: DEAD_PID, host: hostname(), token: 'crashed' }), String(DEAD_PID), ''];
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = join(dir, `pgdata-${round}`);
      await writeFile(`${dataDir}.lock`, leftOvers[round % leftOvers.length]!);
      const answers = await askAll(['lock', dataDir]);
      expect([...answers].sort(), `round ${round}`).toEqual([...Array(PROCESSES - 1).fill('in use'), 'locked']);
      expect(await holderOf(`${dataDir}.lock`)).toMatchObject({ pid: children[answers.indexOf('locked')]!.pid });
      expect(await askAll(['release'])).toEqual(Array(PROCESSES).fill('released'));
      // Nothing is left behind: no lock, no takeover claim, no draft.
      expect(await readdir(dir)).toEqual([]);
    }
  });
});
