import type { CaseEvent, SupportCase } from '@loket/sdk';
import { useConsole } from '../console-context';
import type { ConsoleContextValue } from '../console-context';
import { formatDateTime } from '../format';
import { AnswerList } from './answer-list';

/** Everything that happened on the case, oldest first, as an ordered list. */
export function CaseTimeline({ supportCase }: { supportCase: SupportCase }) {
  const context = useConsole();
  return (
    <ol class="timeline">
      {supportCase.timeline.map((event) => (
        <li key={event.id} class={`timeline-event timeline-${event.type}${event.type === 'message' ? ` timeline-from-${event.author}` : ''}`} data-event={event.type}>
          <time class="timeline-time" dateTime={event.at}>
            {formatDateTime(event.at, context.texts.locale)}
          </time>
          <EventBody event={event} supportCase={supportCase} context={context} />
        </li>
      ))}
    </ol>
  );
}

function EventBody({ event, supportCase, context }: { event: CaseEvent; supportCase: SupportCase; context: ConsoleContextValue }) {
  const { texts, site } = context;
  const e = texts.case.events;
  switch (event.type) {
    case 'created':
      return <p class="timeline-summary">{e.created(site.topicLabel(event.topic))}</p>;
    case 'message':
      return (
        <>
          <p class="timeline-summary">
            <strong>{event.author === 'support' ? e.support : e.customer}</strong>
            {event.question && <span class="badge badge-question">{e.question}</span>}
          </p>
          <p class="message-text">{event.text}</p>
        </>
      );
    case 'status':
      return <p class="timeline-summary">{e.status(texts.status[event.from], texts.status[event.to])}</p>;
    case 'escalation':
      return <p class="timeline-summary">{e.escalation(texts.reason[event.reason], texts.priority[event.priority], texts.level(event.level))}</p>;
    case 'article_tried':
      return <p class="timeline-summary">{e.articleTried(site.articleTitle(event.article), texts.outcome[event.outcome])}</p>;
    case 'repeat_contact':
      return (
        <>
          <p class="timeline-summary">{e.repeatContact(event.count)}</p>
          <p class="message-text">{event.description}</p>
          {Object.keys(event.answers).length > 0 && <AnswerList answers={event.answers} flow={site.topic(supportCase.topic)} />}
        </>
      );
  }
}
