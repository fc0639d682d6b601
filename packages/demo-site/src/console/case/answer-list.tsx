import type { Answers, Topic } from '@loket/sdk';
import { useConsole } from '../console-context';
import { describeAnswers } from './describe-answers';

/** A case's answers to the guided questions as a definition list: question, then answer. */
export function AnswerList({ answers, flow }: { answers: Answers; flow: Topic | undefined }) {
  const { texts, language } = useConsole();
  const described = describeAnswers(answers, flow, language, texts);
  if (described.length === 0) return <p class="muted">{texts.case.noAnswers}</p>;
  return (
    <dl class="answer-list">
      {described.map((item) => (
        <div key={item.id} data-question={item.id}>
          <dt>{item.question}</dt>
          <dd>{item.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
