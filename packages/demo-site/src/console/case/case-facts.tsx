import type { SupportCase } from '@loket/sdk';
import { EscalatedBadge, LevelBadge, OverdueBadge, PriorityBadge, StatusBadge } from '../badges';
import { useConsole } from '../console-context';
import { formatDateTime, isOverdue } from '../format';
import { AnswerList } from './answer-list';

/** The articles the customer tried, before filing and since, with what came of each. */
export function ArticlesTried({ supportCase }: { supportCase: SupportCase }) {
  const { texts, site } = useConsole();
  const tried = supportCase.timeline.flatMap((event) => (event.type === 'article_tried' ? [event] : []));
  if (tried.length === 0) return <p class="muted">{texts.case.noArticles}</p>;
  return (
    <ul class="plain-list article-list">
      {tried.map((event) => (
        <li key={event.id} data-article={event.article}>
          <span class="article-title">{site.articleTitle(event.article)}</span>
          <span class={`badge badge-outcome-${event.outcome}`}>{texts.outcome[event.outcome]}</span>
        </li>
      ))}
    </ul>
  );
}

/** Each time the customer came back about the case: when, what they said, and their answers. */
export function RepeatContacts({ supportCase }: { supportCase: SupportCase }) {
  const { texts, site } = useConsole();
  const contacts = supportCase.timeline.flatMap((event) => (event.type === 'repeat_contact' ? [event] : []));
  if (contacts.length === 0) return <p class="muted">{texts.case.noRepeatContacts}</p>;
  return (
    <ol class="plain-list repeat-list">
      {contacts.map((event) => (
        <li key={event.id}>
          <p class="repeat-when">{texts.case.repeatContact(event.count, formatDateTime(event.at, texts.locale))}</p>
          <p class="message-text">{event.description}</p>
          {Object.keys(event.answers).length > 0 && <AnswerList answers={event.answers} flow={site.topic(supportCase.topic)} />}
        </li>
      ))}
    </ol>
  );
}

/** How the case is handled: status, priority, level, escalations, promises and contact. */
export function HandlingFacts({ supportCase, now }: { supportCase: SupportCase; now: number }) {
  const { texts } = useConsole();
  const t = texts.case;
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, texts.locale)}</time>;
  return (
    <dl class="fact-list">
      <div>
        <dt>{t.statusLabel}</dt>
        <dd>
          <StatusBadge status={supportCase.status} texts={texts} />
        </dd>
      </div>
      <div>
        <dt>{t.priority}</dt>
        <dd>
          <PriorityBadge priority={supportCase.priority} texts={texts} />
        </dd>
      </div>
      <div>
        <dt>{t.level}</dt>
        <dd>
          <LevelBadge level={supportCase.level} texts={texts} />
        </dd>
      </div>
      <div>
        <dt>{t.escalations}</dt>
        <dd>
          {supportCase.escalations.length === 0
            ? t.notEscalated
            : supportCase.escalations.map((reason) => texts.reason[reason as keyof typeof texts.reason] ?? reason).join(', ')}
        </dd>
      </div>
      <div>
        <dt>{t.respondBy}</dt>
        <dd>
          {supportCase.respondBy === null ? (
            t.noResponseOwed
          ) : (
            <span class="badge-row">
              {when(supportCase.respondBy)}
              {isOverdue(supportCase, now) && <OverdueBadge texts={texts} />}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t.firstResponse}</dt>
        <dd>{supportCase.firstResponseAt === null ? texts.none : when(supportCase.firstResponseAt)}</dd>
      </div>
      <div>
        <dt>{t.failedAttempts}</dt>
        <dd>{supportCase.failedAttempts}</dd>
      </div>
      <div>
        <dt>{t.repeatContacts}</dt>
        <dd>{supportCase.repeatContacts}</dd>
      </div>
      <div>
        <dt>{t.name}</dt>
        <dd>{supportCase.contact.name ?? t.noEmail}</dd>
      </div>
      <div>
        <dt>{t.email}</dt>
        <dd>
          {supportCase.email === null ? t.noEmail : <a href={`mailto:${supportCase.email}`}>{supportCase.email}</a>}
          {supportCase.contact.verified && <span class="fact-note" data-verified>{t.emailVerified}</span>}
          {supportCase.emailUpdates && <span class="fact-note">{t.emailUpdates}</span>}
        </dd>
      </div>
      <div>
        <dt>{t.language}</dt>
        <dd>{t.languages[supportCase.locale]}</dd>
      </div>
      <div>
        <dt>{t.updated}</dt>
        <dd>{when(supportCase.updatedAt)}</dd>
      </div>
    </dl>
  );
}

/** The badges under the case's heading: what a glance must tell. */
export function CaseBadges({ supportCase, now }: { supportCase: SupportCase; now: number }) {
  const { texts } = useConsole();
  return (
    <p class="badge-row case-badges">
      <StatusBadge status={supportCase.status} texts={texts} />
      <PriorityBadge priority={supportCase.priority} texts={texts} />
      <LevelBadge level={supportCase.level} texts={texts} />
      {supportCase.escalations.length > 0 && <EscalatedBadge texts={texts} />}
      {isOverdue(supportCase, now) && <OverdueBadge texts={texts} />}
    </p>
  );
}
