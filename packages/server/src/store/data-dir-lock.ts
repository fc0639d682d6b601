import { createHash, randomBytes } from 'node:crypto';
import { link, open, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds an embedded database folder, as its lock file tells. */
export interface LockHolder {
  pid: number;
  /** The host (machine or container) the holder runs on; absent in locks of older Loket versions. */
  host?: string;
}

/** The embedded database is open in another running process (or already in this one). */
export class DatabaseInUseError extends Error {
  readonly pid: number;
  readonly host: string | undefined;

  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    holder: LockHolder,
    readonly inThisProcess = false,
  ) {
    super(
      inThisProcess
        ? `The embedded database in ${dataDir} is already open in this Loket process (pid ${holder.pid}). ` +
            'Close it before opening it again, or point both at PostgreSQL with LOKET_DATABASE_URL.'
        : `The embedded database in ${dataDir} is in use by another Loket process (pid ${holder.pid}` +
            `${holder.host !== undefined && holder.host !== hostname() ? ` on host ${holder.host}` : ''}), such as \`npm start\`. ` +
            'Stop that process first (Ctrl-C), or point both at PostgreSQL with LOKET_DATABASE_URL. ' +
            `If no Loket process uses that folder any more (a pid can be reused after a reboot or in another container), ` +
            `the lock is left over: delete ${lockFile} and try again.`,
    );
    this.name = 'DatabaseInUseError';
    this.pid = holder.pid;
    this.host = holder.host;
  }
}

interface Claimant extends LockHolder {
  host: string;
  token: string;
}

interface LockRead {
  /** Tells this lock apart from any other that was or will be at the same path. */
  key: string;
  /** Undefined when the file holds nothing readable (empty, cut short, not a lock). */
  holder: (LockHolder & { token?: string }) | undefined;
}

/** The lock files (resolved) this process holds, with the token of each. */
const lockedHere = new Map<string, string>();

/** How long an empty or unreadable lock counts as being written, before it counts as left over. */
const SETTLE_MS = 200;
const STEP_MS = 20;
/** How long to wait for another process that is taking over the same left-over lock. */
const BUSY_MS = 5_000;
/** Errors of `link` on file systems without hard links; the lock is then created in place. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Whether a lock (or takeover claim) that is not this process's own still belongs to a live
 * process. See {@link lockDataDir} for the rule.
 */
function isHeld(holder: LockHolder, me: Claimant): boolean {
  if (holder.host !== undefined && holder.host !== me.host) return true;
  if (holder.pid === me.pid) return false;
  return isRunning(holder.pid);
}

function parseHolder(text: string): LockRead['holder'] {
  const trimmed = text.trim();
  // Older Loket versions wrote just the pid.
  if (/^\d+$/.test(trimmed)) {
    const pid = Number(trimmed);
    return Number.isSafeInteger(pid) && pid > 0 ? { pid } : undefined;
  }
  try {
    const { pid, host, token } = JSON.parse(trimmed) as Partial<Claimant>;
    if (Number.isSafeInteger(pid) && pid! > 0 && typeof host === 'string' && typeof token === 'string' && token !== '') return { pid: pid!, host, token };
  } catch {
    // Not a lock: handled as unreadable.
  }
  return undefined;
}

/** Reads a lock file; undefined when there is none. */
async function readLock(file: string): Promise<LockRead | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    // Identity and content from one open file, so both describe the same lock.
    const stat = await handle.stat();
    const text = await handle.readFile('utf8');
    const holder = parseHolder(text);
    const key = holder?.token ?? `x${createHash('sha256').update(`${stat.dev}:${stat.ino}:${stat.mtimeMs}:${text}`).digest('hex').slice(0, 16)}`;
    return { key, holder };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a lock file, giving an empty or unreadable one {@link SETTLE_MS} to become readable: it
 * may be in the middle of being written (by an older Loket version, or where hard links are not
 * available).
 */
async function readSettledLock(file: string): Promise<LockRead | undefined> {
  for (let waited = 0; ; waited += STEP_MS) {
    const lock = await readLock(file);
    if (!lock || lock.holder || waited >= SETTLE_MS) return lock;
    await sleep(STEP_MS);
  }
}

/**
 * Creates `file` with `content` unless it exists. The content is written to a file of its own
 * first and then hard-linked into place, so the file is never seen empty or half written.
 *
 * @returns whether this call created it.
 */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const draft = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  await writeFile(draft, content, { flag: 'wx' });
  try {
    await link(draft, file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(errorCode(error)!)) throw error;
  } finally {
    await rm(draft, { force: true });
  }
  try {
    await writeFile(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes a left-over lock, unless another process removed it first. A process only removes a
 * lock while it holds a claim file named after that very lock (`<lock>.takeover-<key>`, created
 * exclusively) and after reading that the lock is still there; so no process can remove a lock
 * that another one just created in place of the left-over one. A claim whose claimant died
 * (within the few milliseconds of a takeover) is passed over by claiming one level deeper
 * (`<claim>-<key>`).
 *
 * @returns the live process that is taking the lock over right now, or undefined when the lock
 * is gone (to try again).
 */
async function removeLeftOver(lockFile: string, leftOver: LockRead, me: Claimant): Promise<LockHolder | undefined> {
  const claims: string[] = [];
  let claim = `${lockFile}.takeover-${leftOver.key}`;
  for (let depth = 0; depth < 4; depth++) {
    claims.push(claim);
    if (await createExclusive(claim, JSON.stringify(me))) {
      try {
        if ((await readLock(lockFile))?.key === leftOver.key) await rm(lockFile, { force: true });
      } finally {
        // The lock is gone now, so claims on it are moot: those of dead claimants go too.
        await Promise.all(claims.map((name) => rm(name, { force: true })));
      }
      return undefined;
    }
    const claimant = await readSettledLock(claim);
    if (!claimant) return undefined;
    if (claimant.holder && isHeld(claimant.holder, me)) return claimant.holder;
    claim = `${claim}-${claimant.key}`;
  }
  throw new Error(`Could not take over the left-over lock ${lockFile}. If no Loket process is running, delete it and the ${lockFile}.takeover-* files next to it.`);
}

/**
 * Claims an embedded database folder for this process with a `<folder>.lock` file. PGlite itself
 * does not notice a second process, which would see stale data and could damage the files; so the
 * server, `loket report` and `npm run demo:seed` take this lock first.
 *
 * The lock file holds `{"pid", "host", "token"}` (the token is random per lock) and is created
 * atomically with its content, so it is never seen empty. A lock that exists counts as held:
 * - by this process, when this process has already locked the folder (an in-process registry;
 *   close the database before opening it again);
 * - by another process, when it names another host: its processes cannot be seen from here, so
 *   it is never taken over automatically (the error says which file to delete);
 * - on this host (or in a pid-only lock of an older Loket version): while its pid runs and is not
 *   this process's pid. A lock with this process's pid but another token was left by an earlier
 *   process with the same pid (in a restarted container both are pid 1), so it is left over.
 *   Two containers that share a data folder therefore need different host names (Docker's
 *   default).
 *
 * A lock that is empty or unreadable counts as held while it may still be being written
 * ({@link SETTLE_MS}), then as left over. Left-over locks are taken over, one process at a time
 * (see {@link removeLeftOver}).
 *
 * @returns a function that releases the lock.
 * @throws {DatabaseInUseError} when another running process, or this one, holds the folder.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  const registered = resolve(lockFile);
  const me: Claimant = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  if (lockedHere.has(registered)) throw new DatabaseInUseError(dataDir, lockFile, me, true);
  lockedHere.set(registered, me.token);
  try {
    await acquire(dataDir, lockFile, me);
  } catch (error) {
    lockedHere.delete(registered);
    throw error;
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    try {
      if ((await readLock(lockFile))?.key === me.token) await rm(lockFile, { force: true });
    } finally {
      lockedHere.delete(registered);
    }
  };
}

async function acquire(dataDir: string, lockFile: string, me: Claimant): Promise<void> {
  const content = `${JSON.stringify(me)}\n`;
  let busySince: number | undefined;
  for (;;) {
    if (await createExclusive(lockFile, content)) return;
    const found = await readSettledLock(lockFile);
    if (!found) continue;
    const holder = found.holder;
    // The same folder under another path (a symbolic link).
    if (holder?.token !== undefined && [...lockedHere.values()].includes(holder.token)) throw new DatabaseInUseError(dataDir, lockFile, holder, true);
    if (holder && isHeld(holder, me)) throw new DatabaseInUseError(dataDir, lockFile, holder);
    const takingOver = await removeLeftOver(lockFile, found, me);
    if (!takingOver) continue;
    busySince ??= Date.now();
    if (Date.now() - busySince > BUSY_MS) throw new DatabaseInUseError(dataDir, lockFile, takingOver);
    await sleep(STEP_MS);
  }
}
