import { CASE_STATUSES, OPEN_CASE_STATUSES } from '@loket/sdk';
import type { CaseEvent, CaseStatus, SupportCase, SupportMessageInput } from '@loket/sdk';
import { sha256Hex } from '../cases/sha256';
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

/**
 * What a message's idempotency key says: nothing was added with it yet (`new`, with the hash to
 * store on the message, none without a key), the same message was (`replayed`), or something else
 * was (`key_reused`).
 */
type MessageKeyCheck = { kind: 'new'; keyHash: string | undefined } | { kind: 'replayed' } | { kind: 'key_reused' };

function hashMessageKey(caseId: string, idempotencyKey: string): string {
  return sha256Hex(`loket-message\0${caseId}\0${idempotencyKey}`);
}

/**
 * Looks up the event an earlier request with this idempotency key added to the case. Keys are
 * scoped per case, and the customer and the support team share that scope: a key of one is never
 * a replay for the other. Call it in the transaction that holds the case's row lock, so two
 * requests with one key cannot both add a message.
 *
 * @param isSameMessage - whether the earlier event is the message this request would add.
 */
async function checkMessageKey(
  tx: Queryable,
  caseId: string,
  idempotencyKey: string | undefined,
  isSameMessage: (earlier: CaseEvent, keyHash: string) => boolean | Promise<boolean>,
): Promise<MessageKeyCheck> {
  if (idempotencyKey === undefined) return { kind: 'new', keyHash: undefined };
  const keyHash = hashMessageKey(caseId, idempotencyKey);
  const earlier = await findEventByRequestKey(tx, caseId, keyHash);
  if (!earlier) return { kind: 'new', keyHash };
  return (await isSameMessage(earlier, keyHash)) ? { kind: 'replayed' } : { kind: 'key_reused' };
}

function isMessage(event: CaseEvent, author: Extract<CaseEvent, { type: 'message' }>['author'], text: string, question: boolean): boolean {
  return event.type === 'message' && event.author === author && event.text === text && event.question === question;
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
  if (status !== row.status) await appendEvent(tx, row.id, { type: 'status', from: row.status, to: status }, now, { site });
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
    const key = await checkMessageKey(tx, caseId, idempotencyKey, (earlier) => isMessage(earlier, 'customer', text, false));
    if (key.kind === 'replayed') return { kind: 'replayed', row };
    if (key.kind === 'key_reused') return key;
    if (row.status === 'closed') return { kind: 'closed' };
    await appendEvent(tx, caseId, { type: 'message', author: 'customer', text, question: false }, now, { requestKeyHash: key.keyHash, site });
    const { status, respondBy } = await handBackToSupport(tx, site, row, now);
    const { rows } = await tx.query<CaseRow>(
      `UPDATE cases SET status = $2, respond_by = $3, updated_at = $4 WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
      [caseId, status, respondBy, now],
    );
    return { kind: 'added', row: rows[0]! };
  });
}

/**
 * What adding the support team's message came to; `added` and `replayed` carry the case as support
 * sees it after the message.
 */
export type SupportMessageResult =
  | { kind: 'added'; supportCase: SupportCase }
  | { kind: 'replayed'; supportCase: SupportCase }
  | { kind: 'key_reused' }
  | { kind: 'not_found' };

/** What the support team adds to a case, with the defaults of `SupportMessageInputSchema` filled in. */
type SupportMessage = SupportMessageInput & { question: boolean };

/** The status a support message leaves a case in that was in `current`. */
function statusAfterSupportMessage(current: CaseStatus, input: SupportMessage): CaseStatus {
  return input.status ?? (input.question ? 'waiting_for_customer' : current === 'new' ? 'in_progress' : current);
}

/**
 * Whether the event an idempotency key already added is the message `input` would add: the same
 * text and kind, and, when that step changed the status, the change `input` would have made from the
 * same status. When the step changed nothing, the status asked for then is not known; the message
 * is taken as the same rather than refusing a true retry.
 */
async function isSameSupportMessage(tx: Queryable, caseId: string, earlier: CaseEvent, keyHash: string, input: SupportMessage): Promise<boolean> {
  if (!isMessage(earlier, 'support', input.text, input.question)) return false;
  // The status event of the step, if any, is the next event written in the message's transaction.
  const { rows } = await tx.query<{ type: string; data: { from: CaseStatus; to: CaseStatus } }>(
    `SELECT s.type, s.data FROM case_events m
       JOIN case_events s ON s.case_id = m.case_id AND s.created_at = m.created_at AND s.seq > m.seq
      WHERE m.case_id = $1 AND m.request_key_hash = $2
      ORDER BY s.seq LIMIT 1`,
    [caseId, keyHash],
  );
  const change = rows[0]?.type === 'status' ? rows[0].data : undefined;
  return !change || change.to === statusAfterSupportMessage(change.from, input);
}

/**
 * Adds the support team's message to a case: a question makes the case wait for the customer
 * (unless `status` says otherwise), a reply to a new case puts it in progress. Support owes no
 * response after it, and the first response time is kept. With an idempotency key the same
 * message sent twice is added once (`replayed`, with the case as it is now): no second message,
 * status change or notification.
 */
export async function addSupportMessageOnce(
  db: Database,
  site: Site,
  reference: string,
  input: SupportMessage,
  options: { idempotencyKey?: string | undefined; now: Date },
): Promise<SupportMessageResult> {
  const { idempotencyKey, now } = options;
  return db.transaction(async (tx) => {
    const row = await lockCaseRow(tx, { reference, site: site.key });
    if (!row) return { kind: 'not_found' };
    const key = await checkMessageKey(tx, row.id, idempotencyKey, (earlier, keyHash) => isSameSupportMessage(tx, row.id, earlier, keyHash, input));
    if (key.kind === 'replayed') return { kind: 'replayed', supportCase: toSupportCase(row, await readTimeline(tx, row.id)) };
    if (key.kind === 'key_reused') return key;
    await appendEvent(tx, row.id, { type: 'message', author: 'support', text: input.text, question: input.question }, now, { requestKeyHash: key.keyHash, site });
    const status = statusAfterSupportMessage(row.status, input);
    if (status !== row.status) await appendEvent(tx, row.id, { type: 'status', from: row.status, to: status }, now, { site });
    const { rows } = await tx.query<CaseRow>(
      `UPDATE cases SET status = $2, respond_by = NULL, first_response_at = COALESCE(first_response_at, $3), updated_at = $3 WHERE id = $1
       RETURNING ${CASE_COLUMNS}`,
      [row.id, status, now],
    );
    return { kind: 'added', supportCase: toSupportCase(rows[0]!, await readTimeline(tx, row.id)) };
  });
}

/**
 * Adds the support team's message to a case without an idempotency key, as
 * {@link addSupportMessageOnce} does.
 *
 * @returns the case as support sees it, or `undefined` when the site has no such case.
 */
export async function addSupportMessage(db: Database, site: Site, reference: string, input: SupportMessage, now: Date): Promise<SupportCase | undefined> {
  const result = await addSupportMessageOnce(db, site, reference, input, { now });
  return result.kind === 'added' ? result.supportCase : undefined;
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
    await appendEvent(tx, row.id, { type: 'status', from: row.status, to: status }, now, { site });
    const { rows } = await tx.query<CaseRow>(
      `UPDATE cases SET status = $2, respond_by = CASE WHEN $4 THEN NULL ELSE respond_by END, updated_at = $3 WHERE id = $1
       RETURNING ${CASE_COLUMNS}`,
      [row.id, status, now, FINISHED.includes(status)],
    );
    return toSupportCase(rows[0]!, await readTimeline(tx, row.id));
  });
}
