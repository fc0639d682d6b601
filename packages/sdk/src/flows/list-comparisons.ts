import type { Condition } from '../schemas/flow';
import type { Comparison } from './comparison';

/** A comparison found in a condition, with its dotted path in the flow file. */
export type LocatedComparison = { comparison: Comparison; path: string };

/**
 * Lists every comparison inside a condition, however deep `all`, `any` and `not` nest it.
 *
 * @param condition - The condition to walk.
 * @param path - Dotted path of the condition, e.g. `questions.3.when`.
 * @returns The comparisons in the order they are written, each with its path.
 * @example
 * listComparisons({ all: [{ question: 'a', answered: true }, { not: { question: 'b', equals: 'yes' } }] }, 'questions.2.when');
 * // [
 * //   { comparison: { question: 'a', answered: true }, path: 'questions.2.when.all.0' },
 * //   { comparison: { question: 'b', equals: 'yes' }, path: 'questions.2.when.all.1.not' },
 * // ]
 */
export function listComparisons(condition: Condition, path: string): LocatedComparison[] {
  if ('all' in condition) return condition.all.flatMap((part, index) => listComparisons(part, `${path}.all.${index}`));
  if ('any' in condition) return condition.any.flatMap((part, index) => listComparisons(part, `${path}.any.${index}`));
  if ('not' in condition) return listComparisons(condition.not, `${path}.not`);
  return [{ comparison: condition, path }];
}
