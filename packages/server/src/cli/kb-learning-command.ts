import { parseArgs } from 'node:util';
import { LOCALES } from '@loket/sdk';
import { openDatabase } from '../store/open-database';
import { forgetEvidence, loadLearning } from '../store/evidence-store';
import type { CommandResult } from './flows-command';
import { readDatabaseOptions } from './serve-command';
import { UsageError } from './usage-error';

const DATABASE_OPTIONS = { site: { type: 'string' }, article: { type: 'string' }, term: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } } as const;

function readOptions(args: string[], env: NodeJS.ProcessEnv) {
  const { values } = parseArgs({ args, options: DATABASE_OPTIONS });
  if (!values.site) throw new UsageError('Name the site with --site <key>, e.g. --site demo.');
  return {
    ...values,
    site: values.site,
    database: readDatabaseOptions(values, env),
  };
}

/**
 * `loket kb learned --site <key> [--article <id>]`: what the ranking learned from customers'
 * outcomes, per article and language: the derived terms and their weights, strongest first.
 * With the embedded database, stop the server first (one process at a time may open it).
 */
export async function showLearned(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandResult> {
  const options = readOptions(args, env);
  const db = await openDatabase(options.database);
  try {
    const learned = await loadLearning(db, options.site);
    const output: string[] = [];
    for (const locale of LOCALES) {
      for (const [article, terms] of Object.entries(learned[locale]).sort(([a], [b]) => a.localeCompare(b))) {
        if (options.article && article !== options.article) continue;
        const listed = Object.entries(terms).filter(([, weight]) => weight !== 0).sort(([, a], [, b]) => b - a);
        if (listed.length > 0) output.push(`${article} (${locale}): ${listed.map(([term, weight]) => `${term} ${weight > 0 ? '+' : ''}${weight}`).join(', ')}`);
      }
    }
    return { output: output.length > 0 ? output : [`Nothing learned yet for ${options.article ? `'${options.article}' on ` : ''}site '${options.site}'.`], exitCode: 0 };
  } finally {
    await db.close();
  }
}

/**
 * `loket kb forget --site <key> --article <id> [--term <term>]`: removes what the ranking learned
 * for an article (or one term of it) from then on; the attempts stay for the reports.
 */
export async function forgetLearned(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandResult> {
  const options = readOptions(args, env);
  if (!options.article) throw new UsageError('Name the article with --article <id>; add --term <term> to forget one term only.');
  const db = await openDatabase(options.database);
  try {
    await forgetEvidence(db, options.site, options.article, options.term);
    const what = options.term ? `the term '${options.term}' of '${options.article}'` : `everything learned for '${options.article}'`;
    return { output: [`Forgot ${what} on site '${options.site}'. Running servers pick this up with their next request.`], exitCode: 0 };
  } finally {
    await db.close();
  }
}
