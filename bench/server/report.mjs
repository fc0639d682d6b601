import { cpus } from 'node:os';

// The table `npm run bench:server` prints, and the budgets of issue 7 beside the figures.

/** Issue 7's targets on 2 cores, for filing cases. */
const BUDGET = {
  postgres: { perSecond: 2000, p99: 50, ofBare: 0.5 },
  pglite: { perSecond: 500 },
};

/** The p99 a filing rate must stay within to count, in ms, for the database named; undefined for none. */
export function p99Budget(name) {
  return name === 'PostgreSQL' ? BUDGET.postgres.p99 : undefined;
}

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const perSecond = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => `${value} ms`;
const mark = (ok) => (ok ? '✓' : '✗');

const cpuMs = (value) => value.toFixed(2);
/** CPU time per request: the server's, and PostgreSQL's when it could be read. */
const cpuCell = ({ cpu }) => (cpu.database === undefined ? `${cpuMs(cpu.server)} ms` : `${cpuMs(cpu.server)} + ${cpuMs(cpu.database)} ms`);

function columns(...cells) {
  const widths = [11, 32, 8, 8, 8, 8, 10, 18];
  return cells.map((cell, index) => (index < 2 ? String(cell).padEnd(widths[index]) : String(cell).padStart(widths[index]))).join(' | ');
}

/** The budget lines for one database's case filings, each with ✓ or ✗: its capacity, then each load's figures. */
function checkBudgets(result) {
  const { filing, bare, ratio, rounds, loads, notCounted } = result.capacity;
  const lines = [];
  const many = loads.length > 1;
  const where = (row) => (many ? ` at ${row.connections} connections` : '');
  const filingText = filing ? `filing ${perSecond(filing.perSecond)}/s${where(filing)} (p99 ${ms(filing.p99)})` : 'no filing rate counted in the median round';
  const bareText = bare ? `bare INSERT ${perSecond(bare.perSecond)}/s${where(bare)}` : 'no bare INSERT rate without errors';
  lines.push(`${result.name}: capacity${many ? `, each server's best over ${loads.map((load) => load.filing.connections).join(' and ')} connections, median round` : ', median round'}: ${filingText}, ${bareText}.`);
  lines.push(`  Rounds, best filing/s to best bare INSERT/s: ${rounds.map((round) => `${perSecond(round.filing)}/${perSecond(round.bare)} (${round.ratio.toFixed(2)})`).join(', ')}; median ${ratio.toFixed(2)}.`);
  if (notCounted.length > 0) {
    lines.push(`  Not counted: ${notCounted.map(({ round, row, why }) => `${perSecond(row.perSecond)}/s at ${row.connections} connections in round ${round} (${why})`).join('; ')}.`);
  }
  for (const load of loads) {
    lines.push(`  At ${load.filing.connections} connections: filing ${perSecond(load.filing.perSecond)}/s, p99 ${ms(load.filing.p99)}, ${load.filing.ratio.toFixed(2)} × the bare INSERT (median ratio; rounds ${load.filing.rounds.map((round) => `${perSecond(round.perSecond)} (${round.ratio.toFixed(2)})`).join(', ')}).`);
    lines.push(`    ${describeCpu(load.filing, 'case filed')}`, `    ${describeCpu(load.bare, 'bare INSERT')}`);
  }
  const rate = filing?.perSecond ?? 0;
  const at = filing && many ? ` (${filing.connections} connections)` : '';
  if (result.name === 'PostgreSQL') {
    const budget = BUDGET.postgres;
    // A rate counts only within the p99 budget, so the p99 line says at which load and p99 it was reached.
    lines.push(
      `  ${mark(rate >= budget.perSecond)} ${perSecond(rate)} case filings/s${at}, budget ≥ ${perSecond(budget.perSecond)}/s`,
      `  ${mark(filing !== undefined)} p99 ${filing ? ms(filing.p99) : '–'}${at}, budget < ${ms(budget.p99)}${filing ? '' : ' (see above: no rate counted)'}`,
      `  ${mark(ratio >= budget.ofBare)} ${ratio.toFixed(2)} × the bare INSERT rate (capacities, median round), budget ≥ ${budget.ofBare}`,
    );
  } else {
    lines.push(`  ${mark(rate >= BUDGET.pglite.perSecond)} ${perSecond(rate)} case filings/s${at}, budget ≥ ${perSecond(BUDGET.pglite.perSecond)}/s`);
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
