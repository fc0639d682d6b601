import type { Answer, Answers } from '../schemas/flow';

/**
 * Reads the answer to one question; an empty string or an empty list counts as no answer.
 *
 * Only own keys of `answers` count, so a question with an id such as `constructor` never reads
 * a property inherited from `Object.prototype`.
 *
 * @param answers - Answers by question id.
 * @param questionId - The question whose answer to read.
 * @returns The answer, or `undefined` when the question has none.
 * @example
 * readAnswer({ 'modem-on': 'yes', notes: '' }, 'modem-on'); // 'yes'
 * readAnswer({ 'modem-on': 'yes', notes: '' }, 'notes'); // undefined
 */
export function readAnswer(answers: Answers, questionId: string): Answer | undefined {
  if (!Object.hasOwn(answers, questionId)) return undefined;
  const answer = answers[questionId];
  return answer === undefined || answer.length === 0 ? undefined : answer;
}
