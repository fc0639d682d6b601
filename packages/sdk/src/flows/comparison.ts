import type { Condition } from '../schemas/flow';

/** A condition on the answer to one question, e.g. `{ question: 'modem-on', equals: 'yes' }`. */
export type Comparison = Extract<Condition, { question: string }>;

/**
 * The operators of a {@link Comparison}; a comparison uses exactly one of them.
 *
 * @example
 * COMPARISON_OPERATORS.filter((operator) => comparison[operator] !== undefined).length === 1;
 */
export const COMPARISON_OPERATORS = ['equals', 'in', 'includes', 'answered'] as const;
