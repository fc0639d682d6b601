import { randomUUID } from 'node:crypto';
import type { CaseEvent } from '@loket/sdk';
import { hasReceiverFor } from '../notify/event-receivers';
import type { Site } from '../sites/site-schema';
import type { Queryable } from './database';
import { toIso } from './case-row';

type WithoutIdAndTime<T> = T extends unknown ? Omit<T, 'id' | 'at'> : never;

/** A timeline event about to be written: a {@link CaseEvent} without its id and time. */
export type NewCaseEvent = WithoutIdAndTime<CaseEvent>;

/** The columns of a `case_events` row that make a {@link CaseEvent}. */
export type EventRow = { id: string; type: CaseEvent['type']; data: Record<string, unknown>; created_at: Date | string };

/** A `case_events` row as the timeline shows it. */
export function toCaseEvent(row: EventRow): CaseEvent {
  return { ...row.data, id: row.id, at: toIso(row.created_at), type: row.type } as CaseEvent;
}

/** Options of {@link appendEvent}. */
export type AppendEventOptions = {
  /** Hash of the idempotency key of the request that added it (customer and support messages). */
  requestKeyHash?: string | undefined;
  /** The widget's id of the report that added it (a repeat contact), for the documentation fix report. */
  reportId?: string | undefined;
  /**
   * The case's site: an event that none of its receivers takes (see `hasReceiverFor`) is written
   * as fanned out already. Without it, the delivery worker decides.
   */
  site?: Site | undefined;
};

/**
 * Writes one event on a case's timeline. Call it in the transaction that makes the change the
 * event describes, so the timeline never tells something that did not happen.
 *
 * @returns the event as the timeline shows it.
 * @example
 * await appendEvent(tx, row.id, { type: 'status', from: 'new', to: 'in_progress' }, now, { site });
 */
export async function appendEvent(tx: Queryable, caseId: string, event: NewCaseEvent, at: Date, options: AppendEventOptions = {}): Promise<CaseEvent> {
  const { type, ...data } = event;
  const id = randomUUID();
  await tx.query(
    `INSERT INTO case_events (id, case_id, type, data, created_at, request_key_hash, report_id, fanned_out_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, caseId, type, JSON.stringify(data), at, options.requestKeyHash ?? null, options.reportId ?? null, fannedOutAt(options.site, type, at)],
  );
  return { id, at: at.toISOString(), ...event } as CaseEvent;
}

/**
 * The `fanned_out_at` a new event is written with: its own time when the site has no receiver for
 * it, so the delivery worker never reads or rewrites it; `null` (to be fanned out) otherwise.
 */
export function fannedOutAt(site: Site | undefined, type: CaseEvent['type'], at: Date): Date | null {
  return site && !hasReceiverFor(site, type) ? at : null;
}

/** Reads a case's timeline, oldest first, in the order the events were written. */
export async function readTimeline(db: Queryable, caseId: string): Promise<CaseEvent[]> {
  const { rows } = await db.query<EventRow>(
    'SELECT id, type, data, created_at FROM case_events WHERE case_id = $1 ORDER BY created_at, seq',
    [caseId],
  );
  return rows.map(toCaseEvent);
}

/** Finds the event a request with this idempotency key hash already added to the case. */
export async function findEventByRequestKey(db: Queryable, caseId: string, requestKeyHash: string): Promise<CaseEvent | undefined> {
  const { rows } = await db.query<EventRow>(
    'SELECT id, type, data, created_at FROM case_events WHERE case_id = $1 AND request_key_hash = $2',
    [caseId, requestKeyHash],
  );
  const row = rows[0];
  return row && toCaseEvent(row);
}
