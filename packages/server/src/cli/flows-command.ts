import { stat } from 'node:fs/promises';
import { displayPath, findFlowFiles, loadFlows } from '../sites/load-flows';
import { UsageError } from './usage-error';

export const FLOWS_HELP = `Usage: loket flows validate <file or folder>…

Checks flow files (YAML or JSON, one topic per file) and prints each mistake as
  file:line: path: explanation
A folder stands for the flow files in it. Exits with 1 when there is a mistake.
`;

/** What a command printed and the exit code it ends with. */
export type CommandResult = { output: string[]; exitCode: number };

/**
 * `loket flows validate <files…>`: checks flow files together (topic ids must be unique across
 * them) and reports every mistake at once.
 */
export async function runFlowsCommand(args: string[]): Promise<CommandResult> {
  const [subcommand, ...targets] = args;
  if (subcommand !== 'validate' || targets.includes('--help')) {
    if (subcommand === undefined || subcommand === '--help' || targets.includes('--help')) return { output: [FLOWS_HELP], exitCode: 0 };
    throw new UsageError(`Unknown flows command "${subcommand}".\n\n${FLOWS_HELP}`);
  }
  if (targets.length === 0) throw new UsageError(`Name the flow files or folders to check.\n\n${FLOWS_HELP}`);
  const files: string[] = [];
  for (const target of targets) {
    const isFolder = await stat(target).then((info) => info.isDirectory(), () => false);
    files.push(...(isFolder ? await findFlowFiles(target) : [target]));
  }
  if (files.length === 0) return { output: [`No flow files (*.yaml, *.yml, *.json) in ${targets.map(displayPath).join(', ')}.`], exitCode: 1 };
  const { flows, problems } = await loadFlows(files);
  if (problems.length > 0) {
    const summary = `${problems.length} mistake${problems.length === 1 ? '' : 's'} in ${files.length} flow file${files.length === 1 ? '' : 's'}.`;
    return { output: [...problems, '', summary], exitCode: 1 };
  }
  return { output: [`${flows.length} flow${flows.length === 1 ? '' : 's'} checked: no mistakes (${flows.map((flow) => flow.id).join(', ')}).`], exitCode: 0 };
}
