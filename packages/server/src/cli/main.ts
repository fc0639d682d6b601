import { SiteConfigError } from '../sites/load-sites';
import { runFlowsCommand } from './flows-command';
import { runCheckCommand } from './check-command';
import { runKbCommand } from './kb-command';
import { runKeyCommand } from './key-command';
import { runReportCommand } from './report-command';
import { runRetentionCommand } from './retention-command';
import { readServeOptions, runServe, SERVE_HELP } from './serve-command';
import { UsageError } from './usage-error';

const HELP = `Usage: loket <command> [options]

Commands:
  serve            start the case service (loket serve --help)
  check            check whole site folders: site.yaml, flows, articles (loket check --help)
  flows validate   check flow files (loket flows --help)
  kb check         check a knowledge base (loket kb --help)
  kb rank          rank queries from standard input, for measuring
  kb learned       show what the ranking learned from outcomes
  kb forget        make the ranking forget what it learned for an article
  key new          make a secret key for the admin API, and its hashed line for site.yaml
  key hash         hash a key read from standard input (loket key --help)
  report docs      what to fix in the documents: failing articles, unanswered questions,
                   hotspots (loket report --help)
  retention run    erase the cases past their site's retention period now (loket retention --help)
  help             show this text
`;

/** Runs the `loket` command line with the given arguments (without `node` and the script). */
export async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'serve':
        if (rest.includes('--help')) return void console.log(SERVE_HELP);
        await runServe(readServeOptions(rest, process.env), 'Loket');
        return;
      case 'check':
      case 'flows':
      case 'kb':
      case 'key':
      case 'report':
      case 'retention': {
        const run = { check: runCheckCommand, flows: runFlowsCommand, kb: runKbCommand, key: runKeyCommand, report: runReportCommand, retention: runRetentionCommand }[command];
        const result = await run(rest);
        for (const line of result.output) (result.exitCode === 0 ? console.log : console.error)(line);
        process.exitCode = result.exitCode;
        return;
      }
      case undefined:
      case 'help':
      case '--help':
        console.log(HELP);
        return;
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
    }
  } catch (error) {
    process.exitCode = error instanceof UsageError || error instanceof SiteConfigError ? 2 : 1;
    console.error(error instanceof UsageError || error instanceof SiteConfigError ? `loket: ${error.message}` : error);
  }
}
