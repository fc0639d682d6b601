import { parseArgs } from 'node:util';
import { formatDocsReport, isValidationError } from '@loket/sdk';
import type { ValidationError } from '@loket/sdk';
import { buildDocsReport } from '../insights/docs-report';
import { readDocsReportRequest } from '../insights/docs-report-request';
import type { DocsReportRequest } from '../insights/docs-report-request';
import { resolvePeriod } from '../insights/report-period';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import type { CommandResult } from './flows-command';
import { openCommandDatabase } from './open-command-database';
import { readDatabaseOptions } from './serve-command';
import { UsageError } from './usage-error';

export const REPORT_HELP = `Usage: loket report docs [options]

The documentation fix report: articles customers tried that did not help, questions no article
answers, and topics and environments with many repeat contacts and escalations, most customers
affected first. docs/insights.md says what every number means.

Options (the last three also settable by the environment variable in brackets):
  --since <when>      start of the period: 7d, 30d (default), 90d…, a date (2026-10-01) or all
  --format <f>        markdown (default), csv or json
  --site <key>        the site to report on; may be left out when there is one
  --locale <nl|en>    language of titles, topics and questions (default: the site's)
  --sites <dir>       folder with one folder per site (LOKET_SITES, default ./sites)
  --data-dir <dir>    folder of the embedded database (LOKET_DATA_DIR, default ./.loket)
  --database-url <u>  read PostgreSQL instead of the embedded database (LOKET_DATABASE_URL)

The embedded database can be open in one process at a time: stop the server first, or use the
server's PostgreSQL with --database-url.
`;

const OPTIONS = {
  since: { type: 'string' },
  format: { type: 'string' },
  site: { type: 'string' },
  locale: { type: 'string' },
  sites: { type: 'string' },
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
} as const;

function readOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${REPORT_HELP}`);
  }
}

function chooseSite(sites: ReadonlyMap<string, Site>, key: string | undefined, sitesDir: string): Site {
  const keys = [...sites.keys()].join(', ');
  if (key === undefined) {
    if (sites.size === 1) return [...sites.values()][0]!;
    throw new UsageError(`${sitesDir} has several sites: name one with --site <key> (${keys}).`);
  }
  const site = sites.get(key);
  if (!site) throw new UsageError(`There is no site '${key}' in ${sitesDir}. Use one of: ${keys}.`);
  return site;
}

/** A refused option, as the command line names it: `--since: …`. */
function toUsageError(error: ValidationError): UsageError {
  return new UsageError(error.fields.map((field) => `--${field.path}: ${field.message}`).join('\n'));
}

function readRequest(values: ReturnType<typeof readOptions>, site: Site): DocsReportRequest {
  try {
    return readDocsReportRequest({ since: values.since, locale: values.locale, format: values.format }, { locale: site.defaultLocale, format: 'markdown' });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw toUsageError(error);
  }
}

/**
 * `loket report docs`: prints the documentation fix report of a site as Markdown (the default),
 * CSV or JSON, formatted by the SDK's `formatDocsReport`.
 *
 * @throws {UsageError} for a wrong option, site, period or database, saying what to do instead.
 * @example
 * const { output } = await runReportCommand(['docs', '--since', '7d', '--format', 'csv'], process.env);
 */
export async function runReportCommand(args: string[], env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Promise<CommandResult> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand === '--help' || rest.includes('--help')) return { output: [REPORT_HELP], exitCode: 0 };
  if (subcommand !== 'docs') throw new UsageError(`Unknown report "${subcommand}".\n\n${REPORT_HELP}`);
  const values = readOptions(rest);
  const sitesDir = values.sites ?? env.LOKET_SITES ?? 'sites';
  const site = chooseSite(await loadSites(sitesDir, { env }), values.site, sitesDir);
  const request = readRequest(values, site);
  const db = await openCommandDatabase(readDatabaseOptions(values, env));
  try {
    const period = await resolvePeriod(db, request.since, { now: now(), timeZone: site.timeZone });
    const report = await buildDocsReport(db, site, { ...period, locale: request.locale });
    return { output: [formatDocsReport(report, request.format)], exitCode: 0 };
  } catch (error) {
    if (isValidationError(error)) throw toUsageError(error);
    throw error;
  } finally {
    await db.close();
  }
}
