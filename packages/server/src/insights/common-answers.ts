import type { Answers, CommonAnswer, Flow, Locale } from '@loket/sdk';
import { compareText } from './compare-text';

/** How yes/no answers read in each language. */
const YES_NO_TEXT: Record<Locale, Record<string, string>> = { nl: { yes: 'Ja', no: 'Nee' }, en: { yes: 'Yes', no: 'No' } };

/** Kinds of question whose answers are choices that reports can share (not free text or dates). */
export const CHOICE_KINDS: ReadonlySet<string> = new Set(['single', 'multiple', 'yesno']);

/**
 * Answers to the guided questions that at least half of a group of reports share, with the
 * question and answer as the topic's flow words them in the report's language; most common
 * first, then in the flow's order. Free text and dates are left out; a question or option the
 * flow no longer has is shown by its id.
 *
 * @param flow - The topic's flow, if the site still has it.
 * @param answers - The answers of each report in the group.
 * @example
 * commonAnswers(softwareFlow, [{ problem: 'error' }, { problem: 'error' }], 'en');
 * // [{ question: 'problem', answer: 'error', questionText: 'What happens?', answerText: 'An error message appears', count: 2 }]
 */
export function commonAnswers(flow: Flow | undefined, answers: readonly Answers[], locale: Locale): CommonAnswer[] {
  const counts = new Map<string, { question: string; answer: string; count: number }>();
  for (const report of answers) {
    for (const [question, answer] of Object.entries(report)) {
      const kind = flow?.questions.find((candidate) => candidate.id === question)?.kind;
      // Only answers chosen from the flow's options: typed answers and dates may hold personal
      // details, and an answer to a question the flow no longer has cannot be told apart.
      if (kind === undefined || !CHOICE_KINDS.has(kind)) continue;
      for (const chosen of new Set(Array.isArray(answer) ? answer : [answer])) {
        const key = `${question}\u0001${chosen}`;
        const entry = counts.get(key) ?? { question, answer: chosen, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
    }
  }
  const order = (question: string) => flow?.questions.findIndex((candidate) => candidate.id === question) ?? -1;
  return [...counts.values()]
    .filter((entry) => entry.count * 2 >= answers.length)
    .sort((a, b) => b.count - a.count || order(a.question) - order(b.question) || compareText(a.question, b.question) || compareText(a.answer, b.answer))
    .map((entry) => ({ ...entry, ...answerTexts(flow, entry.question, entry.answer, locale) }));
}

/** The question and the answer as the customer saw them. */
function answerTexts(flow: Flow | undefined, questionId: string, answer: string, locale: Locale): { questionText: string; answerText: string } {
  const question = flow?.questions.find((candidate) => candidate.id === questionId);
  if (!question) return { questionText: questionId, answerText: answer };
  const answerText = question.kind === 'yesno'
    ? (YES_NO_TEXT[locale][answer] ?? answer)
    : (question.options?.find((option) => option.id === answer)?.label[locale] ?? answer);
  return { questionText: question.label[locale], answerText };
}
