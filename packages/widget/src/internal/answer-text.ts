import type { Answer, Locale, Question } from '@loket/sdk';
import type { Translation } from '../translations/index';

/** Says an answer in words, as the review shows it: option labels, Ja/Nee, a written-out date. */
export function answerText(question: Question, answer: Answer | undefined, t: Translation, locale: Locale): string {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return t.notAnswered;
  const optionLabel = (id: string) => question.options?.find((option) => option.id === id)?.label[locale] ?? id;
  switch (question.kind) {
    case 'single':
      return optionLabel(String(answer));
    case 'multiple':
      return (Array.isArray(answer) ? answer : [answer]).map(optionLabel).join(', ');
    case 'yesno':
      return answer === 'yes' ? t.yes : t.no;
    case 'date': {
      const date = new Date(`${String(answer)}T12:00:00`);
      return Number.isNaN(date.getTime()) ? String(answer) : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
    }
    default:
      return String(answer);
  }
}
