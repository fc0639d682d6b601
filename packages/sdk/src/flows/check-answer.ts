import type { FieldError } from '../errors/validation-error';
import { LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH, YES_NO } from '../schemas/flow';
import type { Answer, Question, QuestionKind } from '../schemas/flow';
import { isCalendarDate } from './is-calendar-date';

/** What is wrong with one answer; the caller adds the path. */
export type AnswerProblem = Omit<FieldError, 'path'>;

const MISSING: Record<QuestionKind, string> = {
  single: 'Choose one of the options.',
  multiple: 'Choose at least one option.',
  yesno: "Answer 'yes' or 'no'.",
  text: 'Answer this question.',
  longtext: 'Answer this question.',
  date: 'Give a date, like 2026-11-23.',
};

const DATE_EXAMPLE = 'Use a date like 2026-11-23.';

function optionIds(question: Question): string[] {
  return (question.options ?? []).map((option) => option.id);
}

function quote(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

function checkSingle(question: Question, answer: Answer): AnswerProblem | undefined {
  if (typeof answer !== 'string') return { code: 'invalid', message: 'Choose one option: give its id as text, not a list.' };
  const allowed = optionIds(question);
  if (allowed.includes(answer)) return undefined;
  return { code: 'unknown_value', message: `'${answer}' is not an option of this question. Choose one of: ${allowed.join(', ')}.` };
}

function checkMultiple(question: Question, answer: Answer): AnswerProblem | undefined {
  if (!Array.isArray(answer) || answer.some((value) => typeof value !== 'string')) {
    return { code: 'invalid', message: 'Give the chosen options as a list of option ids.' };
  }
  const twice = answer.filter((value, index) => answer.indexOf(value) !== index);
  if (twice.length > 0) return { code: 'invalid', message: `Choose each option once; ${quote([...new Set(twice)])} is chosen more than once.` };
  const allowed = optionIds(question);
  const unknown = answer.filter((value) => !allowed.includes(value));
  if (unknown.length === 0) return undefined;
  const subject = unknown.length === 1 ? `${quote(unknown)} is not an option` : `${quote(unknown)} are not options`;
  return { code: 'unknown_value', message: `${subject} of this question. Choose from: ${allowed.join(', ')}.` };
}

function checkYesNo(answer: Answer): AnswerProblem | undefined {
  if (typeof answer !== 'string') return { code: 'invalid', message: "Answer 'yes' or 'no', as text." };
  if ((YES_NO as readonly string[]).includes(answer)) return undefined;
  return { code: 'unknown_value', message: `'${answer}' is no answer to a yes/no question. Answer 'yes' or 'no'.` };
}

function checkText(question: Question, answer: Answer, maxLength: number): AnswerProblem | undefined {
  if (typeof answer !== 'string') return { code: 'invalid', message: 'Write the answer as text, not as a list.' };
  if (answer.trim() === '') {
    // Only spaces is no answer: for a required question that is what is missing; for an optional
    // one the customer should leave the answer out rather than send spaces.
    return question.required
      ? { code: 'required', message: 'Answer this question; spaces alone are no answer.' }
      : { code: 'invalid', message: 'The answer holds only spaces. Write an answer, or leave it empty.' };
  }
  if (answer.length <= maxLength) return undefined;
  return { code: 'too_long', message: `Shorten the answer to at most ${maxLength} characters; it has ${answer.length}.` };
}

function checkDate(answer: Answer): AnswerProblem | undefined {
  if (typeof answer !== 'string') return { code: 'invalid', message: `Give one date as text, not a list. ${DATE_EXAMPLE}` };
  if (isCalendarDate(answer)) return undefined;
  return { code: 'invalid', message: `'${answer}' is not a date. ${DATE_EXAMPLE}` };
}

/**
 * Checks one answer against its question: present when required, of the right form for the
 * question's kind, an option of the question, not too long, a real date.
 *
 * @param question - The question answered.
 * @param answer - The answer as sent, or `undefined` when there is none.
 * @returns What is wrong with the answer, or `undefined` when it is fine.
 * @example
 * checkAnswer({ id: 'since', kind: 'date', label, required: true }, '2026-02-30');
 * // { code: 'invalid', message: "'2026-02-30' is not a date. Use a date like 2026-11-23." }
 */
export function checkAnswer(question: Question, answer: Answer | undefined): AnswerProblem | undefined {
  if (answer === undefined || answer.length === 0) {
    return question.required ? { code: 'required', message: MISSING[question.kind] } : undefined;
  }
  switch (question.kind) {
    case 'single':
      return checkSingle(question, answer);
    case 'multiple':
      return checkMultiple(question, answer);
    case 'yesno':
      return checkYesNo(answer);
    case 'text':
      return checkText(question, answer, SHORT_TEXT_MAX_LENGTH);
    case 'longtext':
      return checkText(question, answer, LONG_TEXT_MAX_LENGTH);
    case 'date':
      return checkDate(answer);
  }
}
