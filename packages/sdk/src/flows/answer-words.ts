import type { Answers, Flow } from '../schemas/flow';
import type { Locale } from '../schemas/locale';
import { visibleQuestions } from './visible-questions';

/**
 * Says what the answers mean in words, for finding articles: the labels of the chosen options
 * and what the customer typed. Yes/no answers and dates say little on their own and are left out.
 *
 * @example
 * answerWords(internetFlow, { light: 'dsl', 'modem-on': 'yes' }, 'nl'); // 'DSL'
 */
export function answerWords(flow: Flow, answers: Answers, locale: Locale): string {
  const words: string[] = [];
  for (const question of visibleQuestions(flow, answers)) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    if (question.kind === 'single' || question.kind === 'multiple') {
      for (const id of Array.isArray(answer) ? answer : [answer]) {
        const option = question.options?.find((candidate) => candidate.id === id);
        if (option) words.push(option.label[locale]);
      }
    } else if (question.kind === 'text' || question.kind === 'longtext') {
      words.push(String(answer));
    }
  }
  return words.join(' ');
}
