import { YES_NO } from '../schemas/flow';
import type { Question } from '../schemas/flow';
import type { FlowProblem } from './check-flows';
import type { Comparison } from './comparison';
import { isCalendarDate } from './is-calendar-date';

type PathProblem = Omit<FlowProblem, 'file'>;

const KIND_NAMES: Record<Question['kind'], string> = {
  single: 'single choice',
  multiple: 'multiple choice',
  yesno: 'yes/no',
  text: 'text',
  longtext: 'long text',
  date: 'date',
};

/** The values an answer to the question can have, or `undefined` when any text can match. */
function possibleValues(question: Question): readonly string[] | undefined {
  if (question.kind === 'yesno') return YES_NO;
  if (question.kind === 'single' || question.kind === 'multiple') return (question.options ?? []).map((option) => option.id);
  return undefined;
}

function cannotMatch(value: string, target: Question, allowed: readonly string[]): string {
  const what = target.kind === 'yesno' ? 'an answer to the yes/no question' : 'an option of';
  return `'${value}' is not ${what} '${target.id}', so this condition never holds. Use one of: ${allowed.join(', ')}.`;
}

function checkValue(value: string, target: Question, path: string): PathProblem[] {
  const allowed = possibleValues(target);
  if (allowed !== undefined && !allowed.includes(value)) return [{ path, message: cannotMatch(value, target, allowed) }];
  if (target.kind === 'date' && !isCalendarDate(value)) {
    return [{ path, message: `'${value}' is not a date, so this condition never holds. Use a date like 2026-11-23.` }];
  }
  return [];
}

function checkEquals(value: string, target: Question, path: string): PathProblem[] {
  if (target.kind === 'multiple') {
    return [{ path, message: `equals never holds for the multiple choice question '${target.id}'. Use includes to test one choice.` }];
  }
  return checkValue(value, target, path);
}

function checkIn(values: string[], target: Question, path: string): PathProblem[] {
  if (target.kind === 'multiple') {
    return [{ path, message: `in never holds for the multiple choice question '${target.id}'. Use includes, inside any to accept one of several choices.` }];
  }
  if (target.kind !== 'single' && target.kind !== 'yesno') {
    return [{ path, message: `in only works on single choice and yes/no questions. For the ${KIND_NAMES[target.kind]} question '${target.id}' use equals or answered.` }];
  }
  if (values.length === 0) return [{ path, message: 'An empty in list never holds. List the values to match.' }];
  return values.flatMap((value, index) => checkValue(value, target, `${path}.${index}`));
}

function checkIncludes(value: string, target: Question, path: string): PathProblem[] {
  if (target.kind === 'multiple') return checkValue(value, target, path);
  const instead = target.kind === 'single' || target.kind === 'yesno' ? 'equals or in' : 'equals or answered';
  return [{ path, message: `includes only works on multiple choice questions. For the ${KIND_NAMES[target.kind]} question '${target.id}' use ${instead}.` }];
}

/**
 * Finds the values in a comparison that can never match an answer to the question it refers to:
 * `equals` or `in` values that are not options of a single choice question or not `yes`/`no`,
 * `in` or `includes` on a question kind they do not work on, an `includes` value that is not an
 * option, or an `equals` date that is not a date.
 *
 * @param comparison - The comparison to check.
 * @param target - The question it refers to.
 * @param path - Dotted path of the comparison, e.g. `questions.3.when.all.1`.
 * @returns One problem per value that cannot match, with the path of that value.
 * @example
 * findValueProblems({ question: 'modem-on', equals: 'maybe' }, modemOn, 'questions.1.when');
 * // [{ path: 'questions.1.when.equals', message: "'maybe' is not an answer to the yes/no question 'modem-on', …" }]
 */
export function findValueProblems(comparison: Comparison, target: Question, path: string): PathProblem[] {
  return [
    ...(comparison.equals === undefined ? [] : checkEquals(comparison.equals, target, `${path}.equals`)),
    ...(comparison.in === undefined ? [] : checkIn(comparison.in, target, `${path}.in`)),
    ...(comparison.includes === undefined ? [] : checkIncludes(comparison.includes, target, `${path}.includes`)),
  ];
}
