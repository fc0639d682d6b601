import type { Locale } from '../schemas/locale';
import type { LearnedTerms } from './article-index';
import { termsOf } from './terms';

/** One outcome to learn from: the customer's words (already stripped of personal details) and whether the article helped. */
export type OutcomeEvidence = { article: string; locale: Locale; text: string; outcome: 'solved' | 'not_solved' };

/**
 * Turns outcomes into learned term weights: each term of the words of a "solved" outcome counts +1
 * for its article, of a "did not help" outcome −1. Only derived terms are kept, never the text, so
 * the result can be published to browsers.
 *
 * @example
 * learnFromOutcomes([{ article: 'wifi-evening', locale: 'nl', text: 'wifi weg na het eten', outcome: 'solved' }]);
 * // { 'wifi-evening': { wifi: 1, weg: 1, eten: 1 } }
 */
export function learnFromOutcomes(outcomes: readonly OutcomeEvidence[]): LearnedTerms {
  const learned: LearnedTerms = {};
  for (const { article, locale, text, outcome } of outcomes) {
    const weights = (learned[article] ??= {});
    for (const term of new Set(termsOf(text, locale))) weights[term] = (weights[term] ?? 0) + (outcome === 'solved' ? 1 : -1);
  }
  return learned;
}
