import { CASE_PRIORITIES, SUPPORT_LEVELS } from '@loket/sdk';
import type { CasePriority, EscalationReason, SupportLevel } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import { appendEvent } from '../store/case-events';
import type { NewCaseEvent } from '../store/case-events';
import { lockCaseRow } from '../store/case-row';
import type { CaseRow } from '../store/case-row';
import type { Queryable } from '../store/database';
import { earlierOf, respondByFor } from './respond-by';

/** Statuses in which support owes a response (a case waiting for the customer owes none). */
export const RESPONSE_OWED_STATUSES = ['new', 'in_progress'] as const;

/**
 * The escalation rules of a site that a case meets now and was not escalated for yet, in the
 * order they are applied.
 *
 * @example
 * dueEscalations({ failedAttempts: 2 }, caseRow, new Date()); // ['failed_attempts'] after two articles did not help
 */
export function dueEscalations(
  rules: Site['escalation'],
  row: Pick<CaseRow, 'failed_attempts' | 'repeat_contacts' | 'respond_by' | 'status' | 'escalations'>,
  now: Date,
): EscalationReason[] {
  const due: EscalationReason[] = [];
  if (rules.failedAttempts !== undefined && row.failed_attempts >= rules.failedAttempts) due.push('failed_attempts');
  if (rules.repeatContacts !== undefined && row.repeat_contacts >= rules.repeatContacts) due.push('repeat_contacts');
  const owed = (RESPONSE_OWED_STATUSES as readonly string[]).includes(row.status);
  if (rules.responseTimeBreached && owed && row.respond_by !== null && new Date(row.respond_by).getTime() <= now.getTime()) {
    due.push('response_time_breached');
  }
  return due.filter((reason) => !row.escalations.includes(reason));
}

/** One priority step up, capped at the highest. */
export function raisePriority(priority: CasePriority): CasePriority {
  return CASE_PRIORITIES[Math.min(CASE_PRIORITIES.indexOf(priority) + 1, CASE_PRIORITIES.length - 1)]!;
}

/** One support level up, capped at the highest. */
export function raiseLevel(level: SupportLevel): SupportLevel {
  return Math.min(level + 1, SUPPORT_LEVELS[SUPPORT_LEVELS.length - 1]!) as SupportLevel;
}

/** The fields of a case that escalation reads and changes. */
type EscalationFields = Pick<CaseRow, 'failed_attempts' | 'repeat_contacts' | 'respond_by' | 'status' | 'escalations' | 'priority' | 'level' | 'updated_at'>;

/**
 * Applies every escalation rule the case now meets, each at most once per case, to the case in
 * memory: priority up one step, level up one, an `escalation` event with the reason, and the
 * promised response time recomputed for the new priority (the earlier of the current and the new
 * one). Writes nothing: {@link applyDueEscalations} stores the result, and filing stores a new
 * case escalated from the start.
 *
 * @returns the case after escalation (the same object when no rule applies) and the events to add.
 * @example
 * const { row: escalated, events } = escalate(site, newCase, new Date()); // events: [{ type: 'escalation', reason: 'failed_attempts', … }]
 */
export function escalate<T extends EscalationFields>(site: Site, row: T, now: Date): { row: T; events: NewCaseEvent[] } {
  const reasons = dueEscalations(site.escalation, row, now);
  if (reasons.length === 0) return { row, events: [] };
  let { priority, level } = row;
  let respondBy = row.respond_by === null ? null : new Date(row.respond_by);
  const events: NewCaseEvent[] = [];
  for (const reason of reasons) {
    priority = raisePriority(priority);
    level = raiseLevel(level);
    respondBy = earlierOf(respondBy, respondByFor(site, priority, now));
    events.push({ type: 'escalation', reason, priority, level });
  }
  return { row: { ...row, priority, level, respond_by: respondBy, escalations: [...row.escalations, ...reasons], updated_at: now }, events };
}

/**
 * Escalates a stored case by the rules it meets now (see {@link escalate}). Runs in the caller's
 * transaction and locks the case.
 *
 * @returns the case after escalation (unchanged when no rule applies).
 */
export async function applyDueEscalations(tx: Queryable, site: Site, caseId: string, now: Date): Promise<CaseRow> {
  const row = await lockCaseRow(tx, { id: caseId });
  if (!row) throw new Error(`Case ${caseId} disappeared while it was being escalated.`);
  const { row: after, events } = escalate(site, row, now);
  if (events.length === 0) return row;
  for (const event of events) await appendEvent(tx, caseId, event, now, { site });
  await tx.query(
    `UPDATE cases SET priority = $2, level = $3, respond_by = $4, escalations = $5, updated_at = $6 WHERE id = $1`,
    [caseId, after.priority, after.level, after.respond_by, JSON.stringify(after.escalations), now],
  );
  return after;
}
