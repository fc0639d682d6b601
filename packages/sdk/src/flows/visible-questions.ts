import type { Answers, Flow, Question } from '../schemas/flow';
import { evaluateCondition } from './evaluate-condition';
import { readAnswer } from './read-answer';

/**
 * Lists the questions of a flow the customer sees with the given answers, in file order.
 *
 * A question is visible when it has no `when` or its `when` holds. Each condition sees only the
 * answers to visible questions before it, so hiding a question also hides every question that
 * depends on its answer, and a condition on a later question sees no answer.
 *
 * @param flow - The flow, as parsed by `FlowSchema`.
 * @param answers - Answers by question id; answers to hidden or unknown questions are ignored.
 * @returns The visible questions, in the order of the flow.
 * @example
 * visibleQuestions(flow, { 'modem-on': 'no' }).map((question) => question.id);
 * // ['modem-on', 'power-light'] (the questions for a modem that is on stay hidden)
 */
export function visibleQuestions(flow: Flow, answers: Answers): Question[] {
  const seen: Answers = {};
  const visible: Question[] = [];
  for (const question of flow.questions) {
    if (question.when !== undefined && !evaluateCondition(question.when, seen)) continue;
    visible.push(question);
    const answer = readAnswer(answers, question.id);
    if (answer !== undefined) seen[question.id] = answer;
  }
  return visible;
}

/**
 * Keeps only the answers to visible questions and drops empty answers (`''` and `[]`).
 *
 * Use it before storing a report, so an answer given before the customer changed an earlier
 * answer, and thereby hid its question, is not kept. Answers to ids the flow does not have are
 * dropped too. The result lists answers in the order of the flow's questions.
 *
 * @param flow - The flow, as parsed by `FlowSchema`.
 * @param answers - Answers by question id.
 * @returns A new object with the answers that count.
 * @example
 * pruneAnswers(flow, { 'modem-on': 'no', 'which-light': 'dsl', notes: '' });
 * // { 'modem-on': 'no' } ('which-light' is hidden when the modem is off)
 */
export function pruneAnswers(flow: Flow, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of visibleQuestions(flow, answers)) {
    const answer = readAnswer(answers, question.id);
    if (answer !== undefined) kept[question.id] = answer;
  }
  return kept;
}
