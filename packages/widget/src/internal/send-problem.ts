import { isValidationError, LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@loket/sdk';
import type { FieldError, Flow, Question } from '@loket/sdk';
import type { Translation } from '../translations/index';
import { explainError } from './error-message';
import type { WidgetProblem } from './error-message';
import type { StepKey } from './report-steps';

/** Explains why the answer to a guided question was refused. */
export function explainAnswerError(field: FieldError, question: Question | undefined, t: Translation): WidgetProblem {
  if (field.code === 'required') return { message: t.answerRequired };
  if (field.code === 'too_long') return { message: t.textTooLong(question?.kind === 'longtext' ? LONG_TEXT_MAX_LENGTH : SHORT_TEXT_MAX_LENGTH) };
  if (question?.kind === 'date') return { message: t.dateInvalid };
  return { message: t.answerInvalid };
}

/**
 * Where a failed send sends the customer: to the question or field the server refused, with the
 * reason; or nowhere (`step` absent) when the problem is not theirs to fix in a field.
 */
export function placeSendProblem(error: unknown, flow: Flow, t: Translation, maxLength: number): { step?: StepKey; problem: WidgetProblem } {
  const answerField = isValidationError(error) ? error.fields.find((field) => field.path.startsWith('answers.')) : undefined;
  if (answerField) {
    const questionId = answerField.path.slice('answers.'.length);
    return { step: `question:${questionId}`, problem: explainAnswerError(answerField, flow.questions.find((question) => question.id === questionId), t) };
  }
  const problem = explainError(error, t, maxLength);
  const step = problem.field === 'description' || problem.field === 'email' ? 'describe' : problem.field === 'topic' ? 'topic' : undefined;
  return step ? { step, problem } : { problem };
}
