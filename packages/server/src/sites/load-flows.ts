import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkFlows } from '@loket/sdk';
import type { Flow } from '@loket/sdk';
import { isReadable, readConfigFile } from './read-config-file';

const FLOW_FILE = /\.(ya?ml|json)$/i;

/** Shows a path relative to the working folder when it is inside it, else as given. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere === '' || fromHere.startsWith('..') ? path : fromHere;
}

/** Lists the flow files of a folder (`*.yaml`, `*.yml`, `*.json`) in name order, which is topic order. */
export async function findFlowFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => FLOW_FILE.test(name)).sort().map((name) => join(dir, name));
}

/**
 * Reads and checks flow files. Each problem is one line: `file:line: path: explanation`.
 *
 * @returns the flows of files without problems, in the order given, and every problem found.
 */
export async function loadFlows(paths: string[]): Promise<{ flows: Flow[]; problems: string[] }> {
  const files = await Promise.all(paths.map((path) => readConfigFile(path, displayPath(path))));
  const problems: string[] = [];
  const readable = files.filter(isReadable);
  for (const file of files) if (!isReadable(file)) problems.push(`${file.file}: ${file.message}`);
  const checked = checkFlows(readable.map(({ file, data }) => ({ file, data })));
  for (const problem of checked.problems) {
    const source = readable.find((file) => file.file === problem.file);
    const line = source?.lineOf(problem.path);
    problems.push(`${problem.file}${line ? `:${line}` : ''}: ${problem.path || '(top level)'}: ${problem.message}`);
  }
  return { flows: checked.flows, problems };
}
