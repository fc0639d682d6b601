import { readFile, rm, writeFile } from 'node:fs/promises';

/** The embedded database is open in another running process. */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Loket process (pid ${pid}), such as \`npm start\`. ` +
        'Stop that process first (Ctrl-C), or point both at PostgreSQL with LOKET_DATABASE_URL.',
    );
    this.name = 'DatabaseInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims an embedded database folder for this process with a `<folder>.lock` file holding its pid.
 * PGlite itself does not notice a second process, which would see stale data and could damage
 * the files; so the server, `loket report` and `npm run demo:seed` take this lock first. A lock
 * left by a process that no longer runs is taken over.
 *
 * @returns a function that releases the lock.
 * @throws {DatabaseInUseError} when another running process holds the folder.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  const mine = String(process.pid);
  const release = async () => {
    const holder = await readFile(lockFile, 'utf8').catch(() => '');
    if (holder.trim() === mine) await rm(lockFile, { force: true });
  };
  for (;;) {
    try {
      await writeFile(lockFile, mine, { flag: 'wx' });
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
    // This process may reopen its own folder (a restart within one process); another one may not.
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) throw new DatabaseInUseError(dataDir, pid);
    await rm(lockFile, { force: true });
  }
}
