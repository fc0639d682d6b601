import type { FieldError } from '../errors/validation-error';
import type { Answers, Flow } from '../schemas/flow';
import { checkAnswer } from './check-answer';
import { visibleQuestions } from './visible-questions';

/**
 * Lists what is wrong with the answers to a flow, for the widget to show beside each question
 * and for the server to refuse a report with. An empty list means the answers can be sent.
 *
 * Each error has the path `answers.<questionId>`, and each question gets at most one error:
 * - `required`: a visible required question has no answer (`''` and `[]` are no answer);
 * - `invalid`: the answer has the wrong form for the question's kind (a list for a `single`
 *   question, an option chosen twice, text of only spaces, a date that is not `YYYY-MM-DD` or
 *   not on the calendar);
 * - `unknown_value`: a `single` or `multiple` answer that is not an option of the question (the
 *   message names the options), a `yesno` answer other than `yes` or `no`, or an answer to a
 *   question id the flow does not have;
 * - `too_long`: text longer than `SHORT_TEXT_MAX_LENGTH` (`text`) or `LONG_TEXT_MAX_LENGTH`
 *   (`longtext`).
 *
 * Answers to hidden questions are ignored, not reported: the customer may have answered a
 * question that a later change to an earlier answer hid. Remove them with {@link pruneAnswers}
 * before storing. Errors come in the order of the flow's questions, then unknown ids.
 *
 * @param flow - The flow, as parsed by `FlowSchema`.
 * @param answers - Answers by question id, as parsed by `AnswersSchema`.
 * @returns Every refused answer; empty when all are fine.
 * @example
 * findAnswerErrors(flow, { 'modem-on': 'maybe', colour: 'red' });
 * // [
 * //   { path: 'answers.modem-on', code: 'unknown_value', message: "'maybe' is no answer to a yes/no question. Answer 'yes' or 'no'." },
 * //   { path: 'answers.colour', code: 'unknown_value', message: "This topic has no question 'colour'. Leave this answer out." },
 * // ]
 */
export function findAnswerErrors(flow: Flow, answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  for (const question of visibleQuestions(flow, answers)) {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const problem = checkAnswer(question, answer);
    if (problem !== undefined) errors.push({ path: `answers.${question.id}`, ...problem });
  }
  const known = new Set(flow.questions.map((question) => question.id));
  for (const id of Object.keys(answers)) {
    if (known.has(id)) continue;
    errors.push({ path: `answers.${id}`, code: 'unknown_value', message: `This topic has no question '${id}'. Leave this answer out.` });
  }
  return errors;
}
