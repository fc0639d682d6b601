// Soak test of the case service under faults: `npm run bench:soak [-- --seconds 300]`.
// Customers (the SDK's client and outbox, one per simulated browser) file cases, read them, add
// messages and ask for suggestions for a set time against a real `loket serve` process, run from
// the sources, while faults are injected on the way:
//   customers ─ TCP proxy (resets connections at random) ─ HTTP proxy (503 before forwarding,
//   502 after the server answered) ─ loket serve (killed with SIGKILL and started again)
// Then the faults stop, the outboxes send what they still keep, and everything stored is read
// back straight from the server and reconciled with what the customers were told. Exits 1 when a
// case or message was lost (acknowledged, not stored) or duplicated (stored twice for one key).
//   --seconds <n>        how long the traffic runs (default 120)
//   --customers <n>      simulated browsers at once (default 8)
//   --restarts <n>       SIGKILL restarts of the server, evenly spread (default one per 40 s, at least 1)
//   --database-url <u>   PostgreSQL (or LOKET_DATABASE_URL); default: PGlite in a fresh folder
//   --json               also print the reconciliation as one JSON line
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { onExit } from './server/on-exit.mjs';
import { createLedger, startCustomers } from './soak/traffic.mjs';
import { reconcile } from './soak/reconcile.mjs';

// The server, the proxies and the SDK run from their TypeScript sources: no build needed.
register(new URL('../packages/server/src/test-processes/source-hooks.mjs', import.meta.url));
const { startServerProcess } = await import('../packages/server/src/test-processes/start-server-process.ts');
const { startTcpProxy } = await import('../packages/server/src/test-processes/tcp-proxy.ts');
const { startHttpFaultProxy } = await import('../packages/server/src/test-processes/http-fault-proxy.ts');
const sdk = await import('@loket/sdk');

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    customers: { type: 'string', default: '8' },
    restarts: { type: 'string' },
    'database-url': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const customers = Number(values.customers);
const restarts = Number(values.restarts ?? Math.max(1, Math.round(seconds / 40)));
for (const [name, value] of [['--seconds', seconds], ['--customers', customers], ['--restarts', restarts]]) {
  if (!Number.isInteger(value) || value < (name === '--restarts' ? 0 : 1)) throw new Error(`${name} takes a whole number${name === '--restarts' ? '' : ' above 0'}, e.g. ${name} 10.`);
}
const databaseUrl = values['database-url'] ?? process.env.LOKET_DATABASE_URL;

/** Faults on the way; the customers' pause between two requests keeps the machine usable. */
const FAULTS = { resetChance: 0.01, failBeforeChance: 0.03, failAfterChance: 0.03 };
const PAUSE_MS = 25;
/** A fresh embedded database is created at the first start; on a busy machine that takes a while. */
const START_TIMEOUT_MS = 90_000;
const DRAIN_TIMEOUT_MS = 60_000;
const SECRET_KEY = 'demo-secret-key-not-for-production';

const run = randomBytes(4).toString('hex');
// A site of its own per run (the demo's configuration), so a reused PostgreSQL database holds
// nothing else under its key.
const site = `soak-${run}`;
const dir = await mkdtemp(join(tmpdir(), 'loket-soak-'));
await cp(new URL('../packages/demo-site/sites/demo/', import.meta.url), join(dir, 'sites', site), { recursive: true });
// Every customer of the soak sends from 127.0.0.1, many times a second: rate limits it never meets.
await appendFile(join(dir, 'sites', site, 'site.yaml'), '\nrateLimits: { cases: 100000000, selfHelp: 100000000, caseAccess: 100000000 }\n');
const serveArgs = ['--sites', join(dir, 'sites'), ...(databaseUrl ? ['--database-url', databaseUrl] : ['--data-dir', join(dir, 'data')])];
const where = databaseUrl ? `PostgreSQL (${new URL(databaseUrl).host})` : 'PGlite (a fresh folder)';

let server;
const forgetServer = onExit(() => server?.kill());
const addressOf = (url) => ({ host: '127.0.0.1', port: Number(new URL(url).port) });

const began = Date.now();
const phases = {};
try {
  console.log(`Soak: ${seconds} s, ${customers} customers, ${where}; faults: ${restarts} restart(s) with SIGKILL, connections reset at random, 5xx from a proxy.`);
  server = await startServerProcess(serveArgs, START_TIMEOUT_MS);
  phases.start = Date.now() - began;
  const http = await startHttpFaultProxy({ target: addressOf(server.url), failBeforeChance: FAULTS.failBeforeChance, failAfterChance: FAULTS.failAfterChance });
  const tcp = await startTcpProxy({ target: { host: '127.0.0.1', port: http.port }, resetChance: FAULTS.resetChance });

  const ledger = createLedger(run);
  const startedAt = Date.now();
  const deadline = startedAt + seconds * 1000;
  const traffic = await startCustomers(sdk, { baseUrl: `http://127.0.0.1:${tcp.port}`, site, count: customers, pauseMs: PAUSE_MS, ledger, until: () => Date.now() >= deadline });

  // Restarts, evenly spread over the run: killed mid-traffic, started again on the same data.
  const downtimes = [];
  for (let restart = 1; restart <= restarts; restart += 1) {
    await sleep(Math.max(0, startedAt + (seconds * 1000 * restart) / (restarts + 1) - Date.now()));
    const killedAt = Date.now();
    await server.kill();
    server = await startServerProcess(serveArgs, START_TIMEOUT_MS);
    http.target = addressOf(server.url);
    downtimes.push(Date.now() - killedAt);
  }
  await traffic.finished;

  // No more faults: what the outboxes keep goes through now, as it would once a network heals.
  tcp.resetChance = 0;
  http.pause();
  let phaseStart = Date.now();
  await traffic.drain(DRAIN_TIMEOUT_MS);
  phases.drain = Date.now() - phaseStart;
  phaseStart = Date.now();
  const result = await reconcile(sdk, { baseUrl: server.url, site, secretKey: SECRET_KEY, ledger });
  phases.reconciliation = Date.now() - phaseStart;
  const faults = {
    restarts,
    downtimeMs: downtimes,
    connectionsReset: tcp.resets,
    failedBeforeForwarding: http.counts.failedBefore,
    failedAfterForwarding: http.counts.failedAfter,
    serverUnreachable: http.counts.unreachable,
  };
  printReconciliation(result, ledger, faults);
  if (values.json) console.log(JSON.stringify({ ...result, reads: ledger.reads, suggestions: ledger.suggestions, faults }));
  const failed = [result.cases, result.messages].some((row) => row.lost > 0 || row.duplicated > 0);
  const refused = [...ledger.cases.values(), ...ledger.messages.values()].filter((entry) => entry.refused);
  if (refused.length > 0) console.log(`Refused for good by the server (${refused.length}), e.g.: ${refused[0].refused}`);
  if (ledger.reads.notFound > 0) console.log(`${ledger.reads.notFound} reads of an acknowledged case answered 404.`);
  const took = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`Start ${took(phases.start)}, traffic ${seconds} s, drain ${took(phases.drain)}, reconciliation ${took(phases.reconciliation)}.`);
  console.log(failed ? 'FAILED: reports were lost or duplicated.' : 'OK: nothing lost, nothing duplicated.');
  process.exitCode = failed || refused.length > 0 || ledger.reads.notFound > 0 ? 1 : 0;
  await tcp.close();
  await http.close();
} finally {
  await server?.stop();
  forgetServer();
  await rm(dir, { recursive: true, force: true });
}

function printReconciliation({ cases, messages, unmatchedCases }, ledger, faults) {
  const columns = [
    ['sent', 'sent'],
    ['acknowledged', 'acknowledged'],
    ['stored', 'stored'],
    ['duplicated', 'duplicated'],
    ['lost', 'lost'],
    ['stored, never acknowledged', 'storedNotAcknowledged'],
  ];
  const rows = [['', ...columns.map(([title]) => title)], ...[['cases', cases], ['messages', messages]].map(([name, row]) => [name, ...columns.map(([, field]) => String(row[field]))])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log('\nReconciliation');
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
  console.log(
    `\nFaults: ${faults.restarts} restart(s) (down ${faults.downtimeMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ') || '-'}), ` +
      `${faults.connectionsReset} connections reset, ${faults.failedBeforeForwarding} answered 503 before and ${faults.failedAfterForwarding} 502 after forwarding, ` +
      `${faults.serverUnreachable} answered 502 while the server was down.`,
  );
  console.log(
    `Reads: ${ledger.reads.answered} answered, ${ledger.reads.notFound} not found, ${ledger.reads.failed} failed after retries. ` +
      `Suggestions: ${ledger.suggestions.answered} answered, ${ledger.suggestions.failed} failed after retries.` +
      (unmatchedCases > 0 ? ` ${unmatchedCases} stored cases not from this run.` : ''),
  );
}
