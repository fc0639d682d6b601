// The PostgreSQL the benchmark runs against: LOKET_BENCH_DATABASE_URL when set (a role that may
// create databases; the benchmark makes two and drops them), otherwise a private cluster of
// Debian's PostgreSQL in a temporary folder, on a free port, with the default settings (durable
// commits: fsync and synchronous_commit on), removed afterwards.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { onExit } from './on-exit.mjs';

const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The newest Debian PostgreSQL's programs folder, or `undefined` when none is installed. */
function findPostgresBin() {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(POSTGRES_ROOT).filter((version) => existsSync(join(POSTGRES_ROOT, version, 'bin/initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest && join(POSTGRES_ROOT, newest, 'bin');
}

function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A database to benchmark on, and a way to make fresh ones.
 *
 * @returns `{ description, postmaster, createDatabase(name), stop() }`, or `{ skipped: reason }`
 *   when there is no PostgreSQL to use.
 */
export async function startPostgres() {
  const given = process.env.LOKET_BENCH_DATABASE_URL;
  if (given) return withDatabases(given, `LOKET_BENCH_DATABASE_URL (${new URL(given).host})`, async () => {}, undefined);
  const bin = findPostgresBin();
  if (!bin) return { skipped: `PostgreSQL is not installed (no ${POSTGRES_ROOT}/*/bin/initdb): apt-get install postgresql, or set LOKET_BENCH_DATABASE_URL` };

  // PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (program, args) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-pg-'));
  if (asRoot) {
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const port = await findFreePort();
  run('initdb', ['-D', data, '-U', 'loket', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  // Enough connections for the server's pool, the bare-insert pool and the benchmark's own.
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`, 'start']);
  const stopCluster = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const forget = onExit(stopCluster);
  const stop = async () => {
    forget();
    stopCluster();
  };
  const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
  const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return withDatabases(`postgres://loket@127.0.0.1:${port}/postgres`, `private cluster, ${version}, port ${port}`, stop, postmaster);
}

async function withDatabases(serverUrl, description, stopServer, postmaster) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const settings = await admin.query("SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections') ORDER BY name");
  const created = [];
  return {
    /** The server's main process, whose children are its backends; known for a private cluster only. */
    postmaster,
    description: `${description}; ${settings.rows.map((row) => `${row.name}=${row.setting}`).join(', ')}`,
    /** Creates an empty database of its own, named `<prefix>_<random>`, and returns its URL. */
    async createDatabase(prefix) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      created.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => {});
      await admin.end();
      await stopServer();
    },
  };
}
