import type { Answers, Condition } from '../schemas/flow';
import type { Comparison } from './comparison';
import { readAnswer } from './read-answer';

function evaluateComparison(comparison: Comparison, answers: Answers): boolean {
  const answer = readAnswer(answers, comparison.question);
  const results: boolean[] = [];
  if (comparison.equals !== undefined) results.push(typeof answer === 'string' && answer === comparison.equals);
  if (comparison.in !== undefined) results.push(typeof answer === 'string' && comparison.in.includes(answer));
  if (comparison.includes !== undefined) results.push(Array.isArray(answer) && answer.includes(comparison.includes));
  if (comparison.answered !== undefined) results.push((answer !== undefined) === comparison.answered);
  // checkFlows refuses a comparison without exactly one operator; should one slip through anyway,
  // none never holds and several must all hold, so a mistake hides a question rather than shows it.
  return results.length > 0 && results.every(Boolean);
}

/**
 * Tells whether a condition holds for the given answers.
 *
 * - `equals` holds when the answer is exactly that text (never for a multiple choice answer);
 * - `in` holds when the answer is one of the listed texts (never for a multiple choice answer);
 * - `includes` holds when a multiple choice answer contains that option id;
 * - `answered: true` holds when the question has an answer, `answered: false` when it has none;
 * - `all`, `any` and `not` combine conditions.
 *
 * An empty string or empty list is no answer. Pass only the answers the condition may see:
 * {@link visibleQuestions} leaves out answers to hidden and later questions, so a condition on
 * such a question sees no answer (`equals` is false, `answered: false` is true).
 *
 * @param condition - The condition, as in a question's `when`.
 * @param answers - Answers by question id.
 * @returns Whether the condition holds.
 * @example
 * evaluateCondition(
 *   { all: [{ question: 'modem-on', equals: 'yes' }, { question: 'connection', in: ['fibre', 'cable'] }] },
 *   { 'modem-on': 'yes', connection: 'fibre' },
 * ); // true
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, answers));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  return evaluateComparison(condition, answers);
}
