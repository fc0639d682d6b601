import type { Flow } from '../schemas/flow';
import type { FlowProblem } from './check-flows';

type PathProblem = Omit<FlowProblem, 'file'>;

function findDuplicateId(flow: Flow, index: number): PathProblem[] {
  const id = flow.questions[index]?.id;
  const first = flow.questions.findIndex((question) => question.id === id);
  if (first === index) return [];
  return [{ path: `questions.${index}.id`, message: `Question id '${id}' is already used by questions.${first}. Give each question of a topic its own id.` }];
}

function findOptionProblems(flow: Flow, index: number): PathProblem[] {
  const question = flow.questions[index];
  if (question === undefined) return [];
  const path = `questions.${index}.options`;
  const options = question.options ?? [];
  const choice = question.kind === 'single' || question.kind === 'multiple';
  const problems: PathProblem[] = [];
  if (choice && options.length < 2) {
    const count = options.length === 1 ? 'it has one' : 'it has none';
    problems.push({ path, message: `A ${question.kind} choice question needs at least two options; ${count}. Add options, or use another kind such as yesno or text.` });
  }
  if (!choice && question.options !== undefined) {
    problems.push({ path, message: `Only single and multiple choice questions have options; this one is ${question.kind}. Remove the options, or change the kind to single or multiple.` });
  }
  options.forEach((option, position) => {
    const first = options.findIndex((other) => other.id === option.id);
    if (first === position) return;
    problems.push({ path: `${path}.${position}.id`, message: `Option id '${option.id}' is already used by ${path}.${first}. Give each option of a question its own id.` });
  });
  return problems;
}

/**
 * Finds the mistakes in one question apart from its condition: an id an earlier question of
 * the flow already has, a single or multiple choice question with fewer than two options,
 * options on a question of another kind, and an option id used twice.
 *
 * @param flow - The flow, as parsed by `FlowSchema`.
 * @param index - Position of the question in `flow.questions`.
 * @returns The mistakes, each with the dotted path of the offending key.
 * @example
 * findQuestionProblems(flow, 2);
 * // [{ path: 'questions.2.id', message: "Question id 'modem-on' is already used by questions.0. …" }]
 */
export function findQuestionProblems(flow: Flow, index: number): PathProblem[] {
  return [...findDuplicateId(flow, index), ...findOptionProblems(flow, index)];
}
