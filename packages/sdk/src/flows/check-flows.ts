import * as v from 'valibot';
import { FlowSchema } from '../schemas/flow';
import type { Flow } from '../schemas/flow';
import { toFieldErrors } from '../schemas/validate';
import { findConditionProblems } from './find-condition-problems';
import { findQuestionProblems } from './find-question-problems';

/** A mistake in a flow file, e.g. `{ file: 'flows/internet.yaml', path: 'questions.0.label.en', message: 'Give the English text (en).' }`. */
export type FlowProblem = {
  /** The file the flow came from, as given to {@link checkFlows}. */
  file: string;
  /** Dotted path of the offending key inside the file, e.g. `questions.3.when.all.1.question`; empty for the whole file. */
  path: string;
  /** English explanation of what is wrong and what to do. */
  message: string;
};

/** One flow file to check: its name and its content, parsed from YAML or JSON. */
type FlowFile = { file: string; data: unknown };

function findFlowProblems(flow: Flow): Omit<FlowProblem, 'file'>[] {
  return flow.questions.flatMap((_, index) => [...findQuestionProblems(flow, index), ...findConditionProblems(flow, index)]);
}

/**
 * Checks flow files: first each against `FlowSchema` (missing translations, unknown keys,
 * wrong kinds), then, for the files that fit it, what a schema cannot see: duplicate question,
 * option and topic ids, choice questions with fewer than two options, options on other kinds,
 * conditions on unknown, later or the same questions (named as a cycle when they lead back),
 * comparisons without exactly one operator, and values that can never match.
 *
 * A topic id used by an earlier file is reported on the later file only, naming the earlier one.
 *
 * @param files - The flow files, each with its name and parsed content.
 * @returns `flows`: the parsed flows of the files without problems, in input order;
 *   `problems`: every problem found, file by file in input order.
 * @example
 * const { flows, problems } = checkFlows([{ file: 'flows/internet.yaml', data: parse(text) }]);
 * for (const problem of problems) console.error(formatFlowProblem(problem));
 */
export function checkFlows(files: readonly FlowFile[]): { flows: Flow[]; problems: FlowProblem[] } {
  const flows: Flow[] = [];
  const problems: FlowProblem[] = [];
  const fileByTopic = new Map<string, string>();
  for (const { file, data } of files) {
    const result = v.safeParse(FlowSchema, data);
    if (!result.success) {
      problems.push(...toFieldErrors(result.issues).map(({ path, message }) => ({ file, path, message })));
      continue;
    }
    const flow = result.output;
    const found = findFlowProblems(flow);
    const earlier = fileByTopic.get(flow.id);
    if (earlier === undefined) fileByTopic.set(flow.id, file);
    else found.unshift({ path: 'id', message: `Topic id '${flow.id}' is already used by ${earlier}. Give each topic its own id.` });
    if (found.length === 0) flows.push(flow);
    problems.push(...found.map(({ path, message }) => ({ file, path, message })));
  }
  return { flows, problems };
}

/**
 * Formats a flow problem as one line for a terminal or log: `<file>: <path>: <message>`.
 *
 * @param problem - The problem to format.
 * @returns The line; the path reads `(top level)` when the problem concerns the whole file.
 * @example
 * formatFlowProblem({ file: 'flows/internet.yaml', path: 'questions.0.label.en', message: 'Give the English text (en).' });
 * // 'flows/internet.yaml: questions.0.label.en: Give the English text (en).'
 */
export function formatFlowProblem(problem: FlowProblem): string {
  return `${problem.file}: ${problem.path === '' ? '(top level)' : problem.path}: ${problem.message}`;
}
