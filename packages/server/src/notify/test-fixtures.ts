// Builders for the notify tests: sites as site.yaml would give them, and cases with timeline
// events written with SQL the way the case store writes them (one transaction per change).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import * as v from 'valibot';
import type { CaseEventType, Locale } from '@loket/sdk';
import { generateReference } from '../cases/reference';
import { SiteFileSchema } from '../sites/site-schema';
import type { Site } from '../sites/site-schema';
import type { Queryable } from '../store/database';

/** A site parsed from site.yaml-shaped input, with defaults filled in like the loader does. */
export function makeSite(key: string, file: Record<string, unknown>): Site {
  const parsed = v.parse(SiteFileSchema, {
    name: 'Zeewind Internet',
    nextSteps: { nl: 'We reageren binnen een werkdag.', en: 'We respond within one working day.' },
    secretKeys: ['test-secret-key-of-at-least-24-characters'],
    ...file,
  });
  return { ...parsed, key, flows: [], articles: [] };
}

/** Inserts a case and its `created` event; returns its id and reference. */
export async function insertCase(
  db: Queryable,
  options: { site: string; locale?: Locale; email?: string | null; topic?: string },
): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const reference = generateReference();
  const topic = options.topic ?? 'internet';
  await db.query(
    `INSERT INTO cases (id, reference, site, topic, description, locale, email)
     VALUES ($1, $2, $3, $4, 'Mijn internet valt steeds weg', $5, $6)`,
    [id, reference, options.site, topic, options.locale ?? 'nl', options.email ?? null],
  );
  await addEvents(db, id, [{ type: 'created', data: { topic } }]);
  return { id, reference };
}

let lastChangeAt = 0;

/** A time for one change, later than the previous one: PGlite's clock ticks in milliseconds. */
function nextChangeTime(): Date {
  lastChangeAt = Math.max(Date.now(), lastChangeAt + 1);
  return new Date(lastChangeAt);
}

/** Writes events as one change: they share a time, as the events of one transaction do. */
export async function addEvents(
  db: Queryable,
  caseId: string,
  events: Array<{ type: CaseEventType; data: Record<string, unknown> }>,
): Promise<string[]> {
  const ids = events.map(() => randomUUID());
  const at = nextChangeTime();
  for (const [index, event] of events.entries()) {
    await db.query('INSERT INTO case_events (id, case_id, type, data, created_at) VALUES ($1, $2, $3, $4, $5)', [
      ids[index], caseId, event.type, JSON.stringify(event.data), at.toISOString(),
    ]);
  }
  const status = events.find((event) => event.type === 'status');
  if (status) await db.query('UPDATE cases SET status = $2 WHERE id = $1', [caseId, status.data.to]);
  return ids;
}

/** A loopback port with nothing listening on it (a receiver or mail server that is down). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `now` plus `ms`, to run a round later without waiting. */
export function later(now: Date, ms: number): Date {
  return new Date(now.getTime() + ms);
}
