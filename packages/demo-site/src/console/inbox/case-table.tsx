import type { ComponentChildren } from 'preact';
import type { SupportCaseSummary } from '@loket/sdk';
import { EscalatedBadge, LevelBadge, OverdueBadge, PriorityBadge, StatusBadge } from '../badges';
import { useConsole } from '../console-context';
import { casePath } from '../console-routes';
import { formatDateTime, formatShortDateTime, isOverdue } from '../format';

/** Id of the link to a case in the table, to move focus to the first case of a newly loaded page. */
export const caseLinkId = (reference: string) => `case-link-${reference}`;

interface CaseTableProps {
  cases: readonly SupportCaseSummary[];
  /** Milliseconds since the epoch, to tell which cases are overdue. */
  now: number;
}

/**
 * The inbox's cases as a table. On a narrow screen each row becomes a card (see console.css): the
 * column name is then shown in each cell (hidden from screen readers, which read the header), and
 * cells with nothing to tell are left out.
 */
export function CaseTable({ cases, now }: CaseTableProps) {
  const { texts, site } = useConsole();
  const c = texts.inbox.columns;
  return (
    <table class="case-table">
      <caption class="visually-hidden">{texts.inbox.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.case}</th>
          <th scope="col">{c.topic}</th>
          <th scope="col">{c.status}</th>
          <th scope="col">{c.priority}</th>
          <th scope="col">{c.escalated}</th>
          <th scope="col" class="numeric">{c.repeatContacts}</th>
          <th scope="col" class="numeric">{c.failedAttempts}</th>
          <th scope="col">{c.respondBy}</th>
          <th scope="col">{c.updated}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((item) => (
          <tr key={item.reference} data-case={item.reference}>
            <Cell label={c.case} class="case-cell">
              <a id={caseLinkId(item.reference)} class="case-link" href={casePath(item.reference)}>
                {item.reference}
              </a>
              <span class="case-excerpt">{item.description}</span>
            </Cell>
            <Cell label={c.topic}>{site.topicLabel(item.topic)}</Cell>
            <Cell label={c.status}>
              <StatusBadge status={item.status} texts={texts} />
            </Cell>
            <Cell label={c.priority}>
              <span class="badge-row">
                <PriorityBadge priority={item.priority} texts={texts} />
                <LevelBadge level={item.level} texts={texts} />
              </span>
            </Cell>
            <Cell label={c.escalated} empty={item.escalations.length === 0}>
              {item.escalations.length > 0 ? <EscalatedBadge texts={texts} /> : texts.none}
            </Cell>
            <Cell label={c.repeatContacts} class="numeric" empty={item.repeatContacts === 0}>
              {texts.inbox.times(item.repeatContacts)}
            </Cell>
            <Cell label={c.failedAttempts} class="numeric" empty={item.failedAttempts === 0}>
              {texts.inbox.times(item.failedAttempts)}
            </Cell>
            <Cell label={c.respondBy} empty={item.respondBy === null}>
              {item.respondBy === null ? (
                texts.none
              ) : (
                <span class="badge-row">
                  <time dateTime={item.respondBy} title={formatDateTime(item.respondBy, texts.locale)}>
                    {formatShortDateTime(item.respondBy, texts.locale)}
                  </time>
                  {isOverdue(item, now) && <OverdueBadge texts={texts} />}
                </span>
              )}
            </Cell>
            <Cell label={c.updated}>
              <time dateTime={item.updatedAt} title={formatDateTime(item.updatedAt, texts.locale)}>
                {formatShortDateTime(item.updatedAt, texts.locale)}
              </time>
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CellProps {
  label: string;
  class?: string;
  /** Nothing to tell (a dash): the card layout leaves the cell out to keep cards short. */
  empty?: boolean;
  children: ComponentChildren;
}

function Cell({ label, class: className, empty = false, children }: CellProps) {
  const classes = [className, empty ? 'is-empty' : undefined].filter(Boolean).join(' ');
  return (
    <td class={classes || undefined}>
      <span class="cell-label" aria-hidden="true">
        {label}
      </span>
      <span class="cell-value">{children}</span>
    </td>
  );
}
