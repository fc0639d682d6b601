// Throughput of the case service against the budgets of issue 7: `npm run bench:server`.
// Runs the built server (`loket serve`, as in production: delivery worker and sweeper included) as
// a child process on loopback, once on PGlite (a fresh data folder) and once on PostgreSQL
// (LOKET_BENCH_DATABASE_URL, or a private cluster of Debian's PostgreSQL started here), and drives
// it with autocannon from this process: filing cases, reading a case, suggesting articles. Then the
// same for a bare INSERT through the same driver, so the cost of Loket's layers shows as a ratio.
// The client shares the machine's cores with the server and the database.
//
// A shared virtual machine's speed drifts by tens of percent from one minute to the next. So
// filing and the bare INSERT are measured in turns, --rounds times, each pair a few seconds apart,
// and the median round is reported: the ratio compares the two on the same machine state.
//
// Each is measured at every load of --connections, every other round in reverse order. Ten
// customers at once leave the cores partly idle while each report waits for the database; more
// fill them. The budgets compare capacities: in each round, each server's best rate over those
// loads (a filing rate only without errors and with p99 within its budget; bench/server/rounds.mjs),
// then the median round, so neither is judged at a load too light for it. Every load's figures are
// printed as well, and the measurements left out with why.
//   --duration <s>      seconds per measurement (default 5), after a warm-up of --warmup <s> (default 2)
//   --first-warmup <s>  filing on each server just started, before its first measurement (default 5):
//                       a fresh server's first seconds (compiling its code, reading its tables) are slower
//   --rounds <n>        turns of filing and bare INSERT (default 3; reading and suggesting once)
//   --connections <n,…> concurrent connections, one load or several (default 10,32; reading and
//                       suggesting at the first)
//   --only pglite|postgres
//   --no-build          run the server as built, even when its sources changed since
import { cpus, loadavg, tmpdir } from 'node:os';
import { rmSync } from 'node:fs';
import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { at, buildIfNeeded } from '../scripts/build-if-needed.mjs';
import { readCpuMs, readMemory, startChild } from './server/child-process.mjs';
import { startPostgres } from './server/postgres-cluster.mjs';
import { creatingCases, drive, fileCases, readingCases, suggesting } from './server/scenarios.mjs';
import { p99Budget, printResults } from './server/report.mjs';
import { capacity } from './server/rounds.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    'first-warmup': { type: 'string', default: '5' },
    connections: { type: 'string', default: '10,32' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: node bench/server.mjs [--duration <s>] [--warmup <s>] [--first-warmup <s>] [--rounds <n>] [--connections <n,…>] [--only pglite|postgres] [--no-build]\nSee the comment at the top of bench/server.mjs.');
  process.exit(0);
}
if (![undefined, 'pglite', 'postgres'].includes(values.only)) throw new Error(`--only takes pglite or postgres, not "${values.only}".`);
const seconds = Number(values.duration);
const warmupSeconds = Number(values.warmup);
const firstWarmupSeconds = Number(values['first-warmup']);
const loads = values.connections.split(',').map((text) => Number(text.trim()));
if (loads.some((connections) => !Number.isInteger(connections) || connections < 1)) {
  throw new Error(`--connections takes whole numbers of at least 1, separated by commas (10,32), not "${values.connections}".`);
}
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of at least 1, not "${values.rounds}".`);

if (!values['no-build']) buildIfNeeded();
const { POSTGRES_POOL_SIZE } = await import(at('packages/server/dist/index.js'));

console.log(`Case service throughput: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`);
console.log(`${loads.join(' and ')} connections, ${seconds} s per measurement after ${warmupSeconds} s of warm-up (${warmupSeconds + firstWarmupSeconds} s before a server's first), filing and bare INSERT in ${rounds} turns; server and client on this machine.\n`);

/**
 * Measures one scenario on a running server. Peak memory is the server's during the measurement;
 * CPU time per request is the server's, the database server's (`databasePid`, a private
 * PostgreSQL cluster's main process, with its backends) and this load client's.
 */
async function measure(server, what, request, databasePid, connections) {
  const load = { seconds, connections };
  if (warmupSeconds > 0) await drive(server.url, request, { ...load, seconds: warmupSeconds });
  // Writing 5 to clear_refs resets VmHWM, so the peak is this scenario's own (Linux 4.0+).
  await writeFile(`/proc/${server.pid}/clear_refs`, '5');
  const cpuBefore = { server: await readCpuMs([server.pid]), database: databasePid && (await readCpuMs([databasePid])), client: process.cpuUsage() };
  const figures = await drive(server.url, request, load);
  const client = process.cpuUsage(cpuBefore.client);
  const perRequest = (ms) => ms / Math.max(1, figures.requests);
  const cpu = {
    server: perRequest((await readCpuMs([server.pid])) - cpuBefore.server),
    database: databasePid ? perRequest((await readCpuMs([databasePid])) - cpuBefore.database) : undefined,
    client: perRequest((client.user + client.system) / 1000),
  };
  // The machine may be shared: its load says how far to trust the figures.
  console.log(`  ${what}: ${Math.round(figures.perSecond)}/s, p99 ${figures.p99} ms, ${figures.errors} errors (load average ${loadavg()[0].toFixed(1)})`);
  return { what, connections, ...figures, peakMemory: (await readMemory(server.pid)).peak, cpu };
}

/**
 * The demo site with rate limits far above the benchmark's rates: every request comes from
 * 127.0.0.1, where a real site's thousands a second would come from thousands of customers'
 * addresses, each far below the limits. The requests are still counted, as in production.
 */
async function benchmarkSites() {
  const dir = await mkdtemp(join(tmpdir(), 'loket-bench-sites-'));
  await cp(at('packages/demo-site/sites'), dir, { recursive: true });
  await appendFile(join(dir, 'demo', 'site.yaml'), `
# The benchmark sends every request from one address: limits it never meets (requests a minute).
rateLimits: { cases: 100000000, selfHelp: 100000000, caseAccess: 100000000 }
`);
  return dir;
}
const SITES = await benchmarkSites();
process.on('exit', () => rmSync(SITES, { recursive: true, force: true }));
const SERVE = [at('packages/server/bin/loket.js'), 'serve', '--port', '0', '--sites', SITES];
const URL_PRINTED = /(?:Loket|Bare insert): http:\/\/(?:localhost|127\.0\.0\.1):(\d+)/;

async function measureDatabase(name, database) {
  console.log(`${name}:`);
  const server = await startChild([...SERVE, ...database.serveArgs], { readyPattern: URL_PRINTED });
  server.url = `http://127.0.0.1:${server.url}`;
  const bare = await startChild([at('bench/server/bare-insert-server.mjs'), ...database.bareArgs], { readyPattern: URL_PRINTED });
  bare.url = `http://127.0.0.1:${bare.url}`;
  // filings[round][load], bares[round][load]
  const filings = [];
  const bares = [];
  const rows = [];
  try {
    try {
      // A fresh server's first seconds (compiling its code, reading its tables) are slower.
      if (firstWarmupSeconds > 0) {
        for (const fresh of [server, bare]) await drive(fresh.url, creatingCases(), { seconds: firstWarmupSeconds, connections: loads[0] });
      }
      for (let round = 1; round <= rounds; round += 1) {
        const turns = loads.flatMap((connections, load) => [
          { into: filings, server, what: 'file a case', connections, load },
          { into: bares, server: bare, what: 'bare INSERT, same driver', connections, load },
        ]);
        // Every other round in the opposite order, so that neither server nor load is always measured first.
        if (round % 2 === 0) turns.reverse();
        filings.push([]);
        bares.push([]);
        for (const turn of turns) {
          turn.into.at(-1)[turn.load] = await measure(turn.server, `${turn.what}, ${turn.connections} connections, round ${round}`, creatingCases(), database.pid, turn.connections);
        }
      }
    } finally {
      // Before the next measurements: its pool's connections ending then would take their CPU
      // time out of the database's count.
      await bare.stop();
    }
    rows.push(await measure(server, 'read a case', readingCases(await fileCases(server.url, 200)), database.pid, loads[0]));
    rows.push(await measure(server, 'suggest articles', await suggesting(), database.pid, loads[0]));
  } finally {
    await server.stop();
  }
  const logged = server.output().split('\n').filter((line) => line.includes('[loket]'));
  if (logged.length > 0) console.log(`${name}: the server logged ${logged.length} errors, e.g.\n  ${logged.slice(0, 3).join('\n  ')}`);
  const measured = capacity(filings, bares, p99Budget(name));
  return {
    name,
    description: database.description,
    capacity: measured,
    rows: [...measured.loads.map((load) => load.filing), ...rows.map((row) => ({ ...row, what: `${row.what}, ${row.connections} conn.` })), ...measured.loads.map((load) => load.bare)],
  };
}

const results = [];
const skipped = [];
if (values.only !== 'postgres') {
  const dir = await mkdtemp(join(tmpdir(), 'loket-bench-'));
  try {
    results.push(await measureDatabase('PGlite', {
      description: 'embedded, a fresh data folder',
      serveArgs: ['--data-dir', join(dir, 'loket')],
      bareArgs: ['pglite', join(dir, 'bare')],
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
if (values.only !== 'pglite') {
  const postgres = await startPostgres();
  if (postgres.skipped) skipped.push(`PostgreSQL rows skipped: ${postgres.skipped}.`);
  else {
    try {
      results.push(await measureDatabase('PostgreSQL', {
        description: postgres.description,
        serveArgs: ['--database-url', await postgres.createDatabase('loket_bench')],
        bareArgs: ['postgres', await postgres.createDatabase('loket_bench_bare'), String(POSTGRES_POOL_SIZE)],
        pid: postgres.postmaster,
      }));
    } finally {
      await postgres.stop();
    }
  }
}
printResults(results, skipped);
