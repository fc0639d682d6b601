import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { createArticleIndex, EnvironmentSchema, LOCALES, LocaleSchema, rankArticles } from '@loket/sdk';
import type { ArticleIndex, RankedArticle } from '@loket/sdk';
import { loadArticles } from '../kb/load-articles';
import { displayPath, findFlowFiles, loadFlows } from '../sites/load-flows';
import type { CommandResult } from './flows-command';
import { forgetLearned, showLearned } from './kb-learning-command';
import { UsageError } from './usage-error';

export const KB_HELP = `Usage:
  loket kb check <articles folder>
      Checks every article (*.md below the folder) and prints each problem as
      file:line: explanation. Topics are checked against the site's flows when the
      folder sits in a site folder beside flows/. Exits with 1 on problems.
  loket kb rank --kb <articles folder> [--limit N]
      Reads queries as JSON lines from standard input:
        { "id": "q1", "text": "wifi valt weg", "locale"?: "nl", "topic"?: "wifi", "environment"?: { … } }
      and writes one JSON line per query: { "id": "q1", "articles": ["<article id>", …] }, best first.
  loket kb learned --site <key> [--article <id>]
      Shows what the ranking learned from customers' "solved" and "did not help" outcomes:
      per article, the derived terms with their weights. (Stop the demo server first when it
      uses the embedded database; --data-dir and --database-url work as for loket serve.)
  loket kb forget --site <key> --article <id> [--term <term>]
      Makes the ranking forget what it learned for an article, or for one term of it.
`;

/** The topic ids of the site a folder of articles belongs to (`<site>/articles` beside `<site>/flows`). */
async function siteTopics(articlesDir: string): Promise<string[] | undefined> {
  const flowsDir = join(dirname(articlesDir.replace(/\/+$/, '')), 'flows');
  if (!existsSync(flowsDir)) return undefined;
  const { flows } = await loadFlows(await findFlowFiles(flowsDir));
  return flows.map((flow) => flow.id);
}

/** `loket kb check <dir>`: every problem of a knowledge base at once. */
export async function checkKnowledgeBase(dir: string): Promise<CommandResult> {
  if (!existsSync(dir)) return { output: [`${dir}: no such folder.`], exitCode: 1 };
  const topics = await siteTopics(dir);
  const { articles, problems } = await loadArticles(dir, topics ? { topics } : {});
  if (problems.length > 0) {
    return { output: [...problems, '', `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(dir)}.`], exitCode: 1 };
  }
  if (articles.length === 0) return { output: [`${displayPath(dir)}: no articles (*.md) found.`], exitCode: 1 };
  const counts = LOCALES.map((locale) => `${articles.filter((article) => article.locale === locale).length} ${locale}`).join(', ');
  return { output: [`${articles.length} articles checked (${counts}): no problems.`], exitCode: 0 };
}

const QuerySchema = v.object({
  id: v.union([v.string(), v.number()]),
  text: v.optional(v.string(), ''),
  locale: v.optional(LocaleSchema),
  topic: v.optional(v.string()),
  environment: v.optional(EnvironmentSchema, {}),
});

/** Ranks one query; without a locale, both languages are ranked and merged by score. */
function rankQuery(index: ArticleIndex, query: v.InferOutput<typeof QuerySchema>, limit: number): RankedArticle[] {
  const locales = query.locale ? [query.locale] : LOCALES;
  return locales
    .flatMap((locale) => rankArticles(index, { locale, text: query.text, environment: query.environment, limit, ...(query.topic ? { topic: query.topic } : {}) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/**
 * `loket kb rank --kb <dir>`: batch ranking for measuring quality. Reads JSON lines, writes JSON
 * lines; a line that is not a valid query gets `{ "line": n, "error": "…" }` and the rest go on.
 */
export async function rankFromLines(args: string[], input: NodeJS.ReadableStream, write: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { kb: { type: 'string' }, limit: { type: 'string' } } });
  if (!values.kb) throw new UsageError(`Name the articles folder with --kb <dir>.\n\n${KB_HELP}`);
  const limit = Number(values.limit ?? 3);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError('--limit is a whole number from 1 to 50.');
  const { articles, problems } = await loadArticles(values.kb);
  if (problems.length > 0) throw new UsageError(`The knowledge base has problems; run \`loket kb check ${values.kb}\` first.\n${problems.slice(0, 5).join('\n')}`);
  const index = createArticleIndex(articles);
  let lineNumber = 0;
  let failures = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let parsed: v.SafeParseResult<typeof QuerySchema>;
    try {
      parsed = v.safeParse(QuerySchema, JSON.parse(line));
    } catch (error) {
      failures += 1;
      write(JSON.stringify({ line: lineNumber, error: `not valid JSON: ${(error as Error).message}` }));
      continue;
    }
    if (!parsed.success) {
      failures += 1;
      write(JSON.stringify({ line: lineNumber, error: parsed.issues.map((issue) => `${v.getDotPath(issue) ?? 'query'}: ${issue.message}`).join('; ') }));
      continue;
    }
    write(JSON.stringify({ id: parsed.output.id, articles: rankQuery(index, parsed.output, limit).map((article) => article.id) }));
  }
  return failures > 0 ? 1 : 0;
}

/** Runs `loket kb <check|rank> …`. */
export async function runKbCommand(args: string[]): Promise<CommandResult> {
  const [subcommand, ...rest] = args;
  if (subcommand === 'check' && rest[0] && !rest.includes('--help')) return checkKnowledgeBase(rest[0]);
  if (subcommand === 'rank' && !rest.includes('--help')) {
    const exitCode = await rankFromLines(rest, process.stdin, (line) => process.stdout.write(`${line}\n`));
    return { output: [], exitCode };
  }
  if (subcommand === 'learned' && !rest.includes('--help')) return showLearned(rest);
  if (subcommand === 'forget' && !rest.includes('--help')) return forgetLearned(rest);
  if (subcommand === undefined || subcommand === '--help' || rest.includes('--help')) return { output: [KB_HELP], exitCode: 0 };
  throw new UsageError(subcommand === 'check' ? `Name the articles folder.\n\n${KB_HELP}` : `Unknown kb command "${subcommand}".\n\n${KB_HELP}`);
}
