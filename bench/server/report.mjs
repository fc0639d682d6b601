import { cpus } from 'node:os';

// The table `npm run bench:server` prints, and the budgets of issue 7 beside the figures.

/** Issue 7's targets on 2 cores, for filing cases. */
const BUDGET = {
  postgres: { perSecond: 2000, p99: 50, ofBare: 0.5 },
  pglite: { perSecond: 500 },
};

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const perSecond = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => `${value} ms`;
const mark = (ok) => (ok ? '✓' : '✗');

const cpuMs = (value) => value.toFixed(2);
/** CPU time per request: the server's, and PostgreSQL's when it could be read. */
const cpuCell = ({ cpu }) => (cpu.database === undefined ? `${cpuMs(cpu.server)} ms` : `${cpuMs(cpu.server)} + ${cpuMs(cpu.database)} ms`);

function columns(...cells) {
  const widths = [11, 26, 8, 8, 8, 8, 10, 18];
  return cells.map((cell, index) => (index < 2 ? String(cell).padEnd(widths[index]) : String(cell).padStart(widths[index]))).join(' | ');
}

/** The budget lines for one database's case filings, each with ✓ or ✗. */
function checkBudgets(result) {
  const filing = result.rows.find((row) => row.what === 'file a case');
  const bare = result.rows.find((row) => row.bare);
  // The median of the rounds' ratios, each filing measured beside a bare INSERT (bench/server.mjs).
  const { ratio } = filing;
  const lines = [`${result.name}: filing a case runs at ${Math.round(ratio * 100)}% of the bare INSERT rate (median round: ${perSecond(filing.perSecond)} and ${perSecond(bare.perSecond)} per second; median ratio ${ratio.toFixed(2)}).`];
  lines.push(`  Rounds, filing/s (ratio to the bare INSERT right after): ${filing.rounds.map((round) => `${perSecond(round.perSecond)} (${round.ratio.toFixed(2)})`).join(', ')}.`);
  lines.push(`  ${describeCpu(filing, 'case filed')}`, `  ${describeCpu(bare, 'bare INSERT')}`);
  // A rate with failed requests in it does not count.
  const errors = filing.errors === 0 ? '' : ` with ${filing.errors} errors`;
  const rateMet = (budget) => filing.perSecond >= budget && filing.errors === 0;
  if (result.name === 'PostgreSQL') {
    const budget = BUDGET.postgres;
    lines.push(
      `  ${mark(rateMet(budget.perSecond))} ${perSecond(filing.perSecond)} case filings/s${errors}, budget ≥ ${perSecond(budget.perSecond)}/s`,
      `  ${mark(filing.p99 < budget.p99)} p99 ${ms(filing.p99)}, budget < ${ms(budget.p99)}`,
      `  ${mark(ratio >= budget.ofBare)} ${ratio.toFixed(2)} × the bare INSERT rate, budget ≥ ${budget.ofBare}`,
    );
  } else {
    lines.push(`  ${mark(rateMet(BUDGET.pglite.perSecond))} ${perSecond(filing.perSecond)} case filings/s${errors}, budget ≥ ${perSecond(BUDGET.pglite.perSecond)}/s`);
  }
  return lines;
}

/**
 * Where the CPU time of a request went, and the most the machine's cores could do at that cost,
 * busy all the time: the load client, the server and PostgreSQL share them.
 */
function describeCpu(row, what) {
  const parts = [['server', row.cpu.server], ['PostgreSQL', row.cpu.database], ['load client', row.cpu.client]].filter(([, value]) => value !== undefined);
  const total = parts.reduce((sum, [, value]) => sum + value, 0);
  const ceiling = (cpus().length * 1000) / total;
  return `CPU per ${what}: ${parts.map(([who, value]) => `${who} ${cpuMs(value)} ms`).join(' + ')} = ${cpuMs(total)} ms, at most ~${perSecond(ceiling)}/s on ${cpus().length} cores.`;
}

/** Prints every measurement, then the budgets. */
export function printResults(results, skipped) {
  console.log(columns('database', 'what', 'req/s', 'p50', 'p99', 'errors', 'peak RSS', 'CPU/request'));
  for (const result of results) {
    for (const row of result.rows) {
      console.log(columns(result.name, row.what, perSecond(row.perSecond), ms(row.p50), ms(row.p99), row.errors, mb(row.peakMemory), cpuCell(row)));
    }
  }
  console.log('\nPeak RSS: VmHWM of the server process during the measurement (PostgreSQL\'s own processes not included).');
  console.log('CPU/request: the server process (with PGlite in it), + the PostgreSQL cluster\'s processes when the benchmark started it.');
  for (const result of results) console.log(`${result.name}: ${result.description}.`);
  for (const line of skipped) console.log(line);
  console.log('Rate limits: every request is counted, as in production; the demo site is served with limits of 100,000,000 requests a minute, as all come from one address.\n');
  const lines = results.flatMap(checkBudgets);
  for (const line of lines) console.log(line);
  const failed = lines.filter((line) => line.includes('✗')).length;
  console.log(`\nServer: ${failed === 0 ? 'within budget' : `${failed} budget${failed === 1 ? '' : 's'} missed`}.`);
}
