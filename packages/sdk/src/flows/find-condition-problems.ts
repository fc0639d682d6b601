import type { Flow } from '../schemas/flow';
import type { FlowProblem } from './check-flows';
import { COMPARISON_OPERATORS } from './comparison';
import type { Comparison } from './comparison';
import { findDependencyChain } from './find-dependency-chain';
import { findValueProblems } from './find-value-problems';
import { listComparisons } from './list-comparisons';

type PathProblem = Omit<FlowProblem, 'file'>;

function checkOperators(comparison: Comparison, path: string): PathProblem[] {
  const used = COMPARISON_OPERATORS.filter((operator) => comparison[operator] !== undefined);
  if (used.length === 1) return [];
  const message =
    used.length === 0
      ? `This condition on '${comparison.question}' has no operator. Add one of: ${COMPARISON_OPERATORS.join(', ')}.`
      : `This condition uses ${used.join(' and ')} at once. Keep one operator per condition, and combine conditions with all, any or not.`;
  return [{ path, message }];
}

function checkReference(flow: Flow, index: number, targetIndex: number, path: string): PathProblem[] {
  const self = flow.questions[index]?.id ?? '';
  const target = flow.questions[targetIndex]?.id ?? '';
  if (targetIndex < index) return [];
  const back = findDependencyChain(flow, target, self);
  if (back !== undefined) {
    const chain = [self, ...back].join(' → ');
    return [{ path, message: `Conditions form a cycle: ${chain}. A condition can only use answers to earlier questions: remove or change one of these conditions.` }];
  }
  return [{ path, message: `Refers to '${target}', which comes later; a condition can only use earlier answers: move '${target}' before this question.` }];
}

/**
 * Finds the mistakes in the `when` of one question: a comparison without exactly one operator,
 * an unknown question id, a reference to the question itself or a later one (named as a cycle
 * when the conditions lead back to this question), and values that can never match.
 *
 * @param flow - The flow, as parsed by `FlowSchema`.
 * @param index - Position of the question in `flow.questions`.
 * @returns The mistakes, each with the dotted path of the offending key.
 * @example
 * findConditionProblems(flow, 3);
 * // [{ path: 'questions.3.when.all.1.question', message: "Unknown question id 'modem-of': …" }]
 */
export function findConditionProblems(flow: Flow, index: number): PathProblem[] {
  const when = flow.questions[index]?.when;
  if (when === undefined) return [];
  const positions = new Map<string, number>();
  flow.questions.forEach((question, position) => {
    if (!positions.has(question.id)) positions.set(question.id, position);
  });
  return listComparisons(when, `questions.${index}.when`).flatMap(({ comparison, path }) => {
    const problems = checkOperators(comparison, path);
    const targetIndex = positions.get(comparison.question);
    const target = targetIndex === undefined ? undefined : flow.questions[targetIndex];
    if (targetIndex === undefined || target === undefined) {
      const message = `Unknown question id '${comparison.question}': this topic has no question with that id. Use the id of an earlier question.`;
      return [...problems, { path: `${path}.question`, message }];
    }
    return [
      ...problems,
      ...checkReference(flow, index, targetIndex, `${path}.question`),
      ...findValueProblems(comparison, target, path),
    ];
  });
}
