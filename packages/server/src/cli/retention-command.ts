import { parseArgs } from 'node:util';
import { eraseExpiredCases } from '../privacy/retention-sweeper';
import { loadSites } from '../sites/load-sites';
import type { CommandResult } from './flows-command';
import { openCommandDatabase } from './open-command-database';
import { readDatabaseOptions } from './serve-command';
import { UsageError } from './usage-error';

export const RETENTION_HELP = `Usage: loket retention run [options]

Erases, once, the solved and closed cases of every site that have not changed for the site's
retention period (retention.cases in site.yaml), as the server does every hour; see
docs/sites.md. Prints what was erased per site.

Options (also settable by the environment variable in brackets):
  --sites <dir>       folder with one folder per site (LOKET_SITES, default ./sites)
  --data-dir <dir>    folder of the embedded database (LOKET_DATA_DIR, default ./.loket)
  --database-url <u>  use PostgreSQL instead of the embedded database (LOKET_DATABASE_URL)

The embedded database can be open in one process at a time: stop the server first, or use the
server's PostgreSQL with --database-url (safe while servers run).
`;

const OPTIONS = { sites: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } } as const;

/**
 * `loket retention run`: erases the cases past their site's retention period once.
 *
 * @throws {UsageError} for a wrong option or a database that cannot be opened, saying what to do.
 * @example
 * const { output } = await runRetentionCommand(['run', '--sites', 'sites'], process.env);
 */
export async function runRetentionCommand(args: string[], env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Promise<CommandResult> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand === '--help' || rest.includes('--help')) return { output: [RETENTION_HELP], exitCode: 0 };
  if (subcommand !== 'run') throw new UsageError(`Unknown retention command "${subcommand}".\n\n${RETENTION_HELP}`);
  let values;
  try {
    values = parseArgs({ args: rest, options: OPTIONS }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${RETENTION_HELP}`);
  }
  const sitesDir = values.sites ?? env.LOKET_SITES ?? 'sites';
  const sites = await loadSites(sitesDir, { env });
  if (![...sites.values()].some((site) => site.retention)) {
    return { output: [`No site in ${sitesDir} has a retention period, so nothing was erased. Set retention.cases in a site.yaml, e.g. "retention: { cases: 730d }".`], exitCode: 0 };
  }
  const db = await openCommandDatabase(readDatabaseOptions(values, env));
  try {
    const erased = await eraseExpiredCases(db, sites, now());
    const output = [...sites.values()].map((site) => {
      if (!site.retention) return `${site.key}: no retention period`;
      const counts = erased.get(site.key);
      if (!counts) return `${site.key}: no solved or closed case unchanged for ${site.retention.cases}`;
      return `${site.key}: erased ${counts.cases} cases unchanged for ${site.retention.cases} (${counts.events} timeline events, ${counts.deliveries} deliveries; ${counts.attemptsAnonymized} self-help attempts kept anonymised)`;
    });
    return { output, exitCode: 0 };
  } finally {
    await db.close();
  }
}
