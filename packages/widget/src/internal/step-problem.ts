import { CaseInputSchema, ContactSchema, findAnswerErrors, findFieldErrors } from '@loket/sdk';
import type { Answers, Flow } from '@loket/sdk';
import type { Translation } from '../translations/index';
import type { Corrections } from './corrections';
import { explainFieldError } from './error-message';
import { explainAnswerError } from './send-problem';
import type { WidgetProblem } from './error-message';
import { questionIdOf } from './report-steps';
import type { StepKey } from './report-steps';

/** The report as far as a step needs it to be checked. */
export type StepState = {
  flow: Flow | undefined;
  step: StepKey;
  topic: string;
  answers: Answers;
  corrections: Corrections;
  /** Which of the fields to confirm were detected; an undetected one must be named by the customer. */
  detected: Partial<Record<string, unknown>>;
  description: string;
  /** The optional e-mail address for updates. */
  email: string;
  descriptionMaxLength: number;
};

/**
 * What keeps the customer on the current step, if anything: a required or malformed answer, a
 * correction without a name, or a description that is empty or too long. The SDK's rules decide,
 * so the widget refuses exactly what the server would.
 */
export function findStepProblem(state: StepState, t: Translation): WidgetProblem | undefined {
  const questionId = questionIdOf(state.step);
  if (state.flow && questionId) {
    const error = findAnswerErrors(state.flow, state.answers).find((field) => field.path === `answers.${questionId}`);
    return error ? explainAnswerError(error, state.flow.questions.find((question) => question.id === questionId), t) : undefined;
  }
  if (state.step === 'confirm') {
    const unnamed = Object.values(state.corrections).some((correction) => correction.verified === 'corrected' && !correction.name) ||
      (state.flow?.environment.confirm ?? []).some((field) => !state.corrections[field] && !state.detected[field]);
    return unnamed ? { message: t.answerRequired } : undefined;
  }
  if (state.step === 'describe') {
    const field = findFieldErrors(CaseInputSchema, { topic: state.topic, description: state.description }).find((error) => error.path === 'description');
    if (field) return explainFieldError(field, t, state.descriptionMaxLength);
    return findEmailProblem(state.email, t);
  }
  return undefined;
}

/** Why an e-mail address for updates is refused, by the SDK's rules; an empty one is fine (it is optional). */
export function findEmailProblem(email: string, t: Translation): WidgetProblem | undefined {
  if (email.trim() === '') return undefined;
  const field = findFieldErrors(ContactSchema, { email }).find((error) => error.path === 'email');
  return field ? explainFieldError(field, t, 0) : undefined;
}
