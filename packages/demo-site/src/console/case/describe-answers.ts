import type { Answers, Locale, Topic } from '@loket/sdk';
import type { ConsoleTexts } from '../console-texts';
import { formatCalendarDate } from '../format';

/** One answer as staff read it: the question as the flow words it and the answer as the customer saw it. */
export type DescribedAnswer = { id: string; question: string; answer: string };

/**
 * Puts a case's answers in the order of the topic's questions, with the question text and option
 * labels in the console's language. Answers to questions the flow no longer has come last, by id,
 * so nothing the customer said is hidden.
 * @param flow The topic's flow, or `undefined` while it loads (ids are shown then).
 */
export function describeAnswers(answers: Answers, flow: Topic | undefined, locale: Locale, texts: ConsoleTexts): DescribedAnswer[] {
  const questions = flow?.questions ?? [];
  const known = questions.filter((question) => answers[question.id] !== undefined);
  const described = known.map((question) => {
    const answer = answers[question.id]!;
    const values = typeof answer === 'string' ? [answer] : answer;
    const label = (value: string) => {
      if (question.kind === 'yesno') return value === 'yes' ? texts.yes : value === 'no' ? texts.no : value;
      if (question.kind === 'date') return formatCalendarDate(value, texts.locale);
      return question.options?.find((option) => option.id === value)?.label[locale] ?? value;
    };
    return { id: question.id, question: question.label[locale], answer: values.map(label).join(', ') };
  });
  const knownIds = new Set(known.map((question) => question.id));
  for (const [id, answer] of Object.entries(answers)) {
    if (!knownIds.has(id)) described.push({ id, question: id, answer: typeof answer === 'string' ? answer : answer.join(', ') });
  }
  return described;
}
