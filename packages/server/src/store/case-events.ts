import { randomUUID } from 'node:crypto';
import type { CaseEvent } from '@loket/sdk';
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

/**
 * Writes one event on a case's timeline. Call it in the transaction that makes the change the
 * event describes, so the timeline never tells something that did not happen.
 *
 * @param requestKeyHash - hash of the idempotency key of the request that added it (customer messages).
 * @param reportId - the widget's id of the report that added it (a repeat contact), for the documentation fix report.
 * @returns the event as the timeline shows it.
 */
export async function appendEvent(tx: Queryable, caseId: string, event: NewCaseEvent, at: Date, requestKeyHash?: string, reportId?: string): Promise<CaseEvent> {
  const { type, ...data } = event;
  const id = randomUUID();
  await tx.query(
    `INSERT INTO case_events (id, case_id, type, data, created_at, request_key_hash, report_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, caseId, type, JSON.stringify(data), at, requestKeyHash ?? null, reportId ?? null],
  );
  return { id, at: at.toISOString(), ...event } as CaseEvent;
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
