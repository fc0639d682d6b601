import { createHash } from 'node:crypto';
import { CASE_STATUSES, OPEN_CASE_STATUSES } from '@loket/sdk';
import type { CaseStatus, SupportCase, SupportMessageInput } from '@loket/sdk';
import { respondByFor } from '../rules/respond-by';
import type { Site } from '../sites/site-schema';
import { appendEvent, findEventByRequestKey, readTimeline } from './case-events';
import { CASE_COLUMNS, lockCaseRow } from './case-row';
import type { CaseRow } from './case-row';
import { toSupportCase } from './case-views';
import type { Database, Queryable } from './database';

/**
 * What adding a customer's message came to; `added` and `replayed` carry the case as it is after
 * the message.
 */
export type CustomerMessageResult =
  | { kind: 'added'; row: CaseRow }
  | { kind: 'replayed'; row: CaseRow }
  | { kind: 'key_reused' }
  | { kind: 'closed' }
  | { kind: 'not_found' };

/** Statuses in which the customer coming back puts the case back in support's hands. */
const REOPENED_BY_CUSTOMER: readonly CaseStatus[] = ['waiting_for_customer', 'solved'];
/** Statuses in which support owes no response: every status that is not open. */
const FINISHED: readonly CaseStatus[] = CASE_STATUSES.filter((status) => !(OPEN_CASE_STATUSES as readonly CaseStatus[]).includes(status));

function hashMessageKey(caseId: string, idempotencyKey: string): string {
  return createHash('sha256').update(`loket-message\0${caseId}\0${idempotencyKey}`, 'utf8').digest('hex');
}

/**
 * The customer came back (a message, a repeat contact): a case waiting for them, or solved, goes
 * back to `in_progress` with a `status` event, and support owes a response again (from now, in
 * business time) when it owed none. Call it in the transaction that holds the case's row lock.
 *
 * @returns the status and response time to store on the case.
 */
export async function handBackToSupport(tx: Queryable, site: Site | undefined, row: CaseRow, now: Date): Promise<{ status: CaseStatus; respondBy: Date | null }> {
  const status: CaseStatus = REOPENED_BY_CUSTOMER.includes(row.status) ? 'in_progress' : row.status;
  if (status !== row.status) await appendEvent(tx, row.id, { type: 'status', from: row.status, to: status }, now);
  const respondBy = row.respond_by ?? (site ? respondByFor(site, row.priority, now) : null);
  return { status, respondBy };
}

/**
 * Adds a customer's message to their case. A case waiting for the customer, or solved, goes back
 * to `in_progress`; support owes a response again (from now, in business time) when it owed none.
 * With an idempotency key the same message sent twice is added once (`replayed`). A closed case
 * takes no messages (`closed`).
 */
export async function addCustomerMessage(
  db: Database,
  site: Site | undefined,
  caseId: string,
  text: string,
  options: { idempotencyKey?: string; now: Date },
): Promise<CustomerMessageResult> {
  const { idempotencyKey, now } = options;
  return db.transaction(async (tx) => {
    const row = await lockCaseRow(tx, { id: caseId });
    if (!row) return { kind: 'not_found' };
    const keyHash = idempotencyKey === undefined ? undefined : hashMessageKey(caseId, idempotencyKey);
    if (keyHash) {
      const earlier = await findEventByRequestKey(tx, caseId, keyHash);
      if (earlier) return earlier.type === 'message' && earlier.text === text ? { kind: 'replayed', row } : { kind: 'key_reused' };
    }
    if (row.status === 'closed') return { kind: 'closed' };
    await appendEvent(tx, caseId, { type: 'message', author: 'customer', text, question: false }, now, keyHash);
    const { status, respondBy } = await handBackToSupport(tx, site, row, now);
    const { rows } = await tx.query<CaseRow>(
      `UPDATE cases SET status = $2, respond_by = $3, updated_at = $4 WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
      [caseId, status, respondBy, now],
    );
    return { kind: 'added', row: rows[0]! };
  });
}

/**
 * Adds the support team's message to a case: a question makes the case wait for the customer
 * (unless `status` says otherwise), a reply to a new case puts it in progress. Support owes no
 * response after it, and the first response time is kept.
 *
 * @returns the case as support sees it, or `undefined` when the site has no such case.
 */
export async function addSupportMessage(db: Database, site: Site, reference: string, input: SupportMessageInput & { question: boolean }, now: Date): Promise<SupportCase | undefined> {
  return db.transaction(async (tx) => {
    const row = await lockCaseRow(tx, { reference, site: site.key });
    if (!row) return undefined;
    await appendEvent(tx, row.id, { type: 'message', author: 'support', text: input.text, question: input.question }, now);
    const status: CaseStatus = input.status ?? (input.question ? 'waiting_for_customer' : row.status === 'new' ? 'in_progress' : row.status);
    if (status !== row.status) await appendEvent(tx, row.id, { type: 'status', from: row.status, to: status }, now);
    const { rows } = await tx.query<CaseRow>(
      `UPDATE cases SET status = $2, respond_by = NULL, first_response_at = COALESCE(first_response_at, $3), updated_at = $3 WHERE id = $1
       RETURNING ${CASE_COLUMNS}`,
      [row.id, status, now],
    );
    return toSupportCase(rows[0]!, await readTimeline(tx, row.id));
  });
}

/**
 * Changes a case's status for the support team, with a `status` event; nothing changes when the
 * status is the same. A solved or closed case owes no response.
 *
 * @returns the case as support sees it, or `undefined` when the site has no such case.
 */
export async function changeStatus(db: Database, site: Site, reference: string, status: CaseStatus, now: Date): Promise<SupportCase | undefined> {
  return db.transaction(async (tx) => {
    const row = await lockCaseRow(tx, { reference, site: site.key });
    if (!row) return undefined;
    if (status === row.status) return toSupportCase(row, await readTimeline(tx, row.id));
    await appendEvent(tx, row.id, { type: 'status', from: row.status, to: status }, now);
    const { rows } = await tx.query<CaseRow>(
      `UPDATE cases SET status = $2, respond_by = CASE WHEN $4 THEN NULL ELSE respond_by END, updated_at = $3 WHERE id = $1
       RETURNING ${CASE_COLUMNS}`,
      [row.id, status, now, FINISHED.includes(status)],
    );
    return toSupportCase(rows[0]!, await readTimeline(tx, row.id));
  });
}
