import { randomUUID } from 'node:crypto';
import type { CaseEventType, CasePriority, CaseStatus, Locale, SupportLevel } from '@loket/sdk';
import { toCaseEvent } from '../store/case-events';
import { toIso } from '../store/case-row';
import type { Database, Queryable } from '../store/database';
import type { Site } from '../sites/site-schema';
import type { DeliveryChannel, EmailPayload, WebhookPayload } from './delivery-payload';
import { webhookTakes } from './event-receivers';

/** Events turned into deliveries per transaction. */
const FAN_OUT_BATCH = 100;

type EventRow = {
  id: string;
  type: CaseEventType;
  data: Record<string, unknown>;
  created_at: Date | string;
  site: string;
  reference: string;
  status: CaseStatus;
  priority: CasePriority;
  level: number | string;
  topic: string;
  locale: Locale;
  email: string | null;
  /** Other events of the same case written in the same step (same transaction time). */
  siblings: Array<{ type: CaseEventType; data: Record<string, unknown> }> | null;
};

type NewDelivery = { channel: DeliveryChannel; target: string; payload: WebhookPayload | EmailPayload };

/**
 * Turns timeline events that were not fanned out yet into deliveries, one transaction per batch:
 * a row per matching webhook, and an e-mail when the customer should hear about the event. Each
 * event is fanned out exactly once, also with several server instances (`SKIP LOCKED`).
 *
 * @returns how many events were fanned out.
 */
export async function fanOutEvents(db: Database, sites: ReadonlyMap<string, Site>, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await db.transaction((tx) => fanOutBatch(tx, sites, now));
    total += count;
    if (count < FAN_OUT_BATCH) return total;
  }
}

async function fanOutBatch(tx: Queryable, sites: ReadonlyMap<string, Site>, now: Date): Promise<number> {
  const { rows } = await tx.query<EventRow>(
    `SELECT e.id, e.type, e.data, e.created_at, c.site, c.reference, c.status, c.priority, c.level, c.topic, c.locale, c.email,
            (SELECT json_agg(json_build_object('type', s.type, 'data', s.data)) FROM case_events s
              WHERE s.case_id = e.case_id AND s.created_at = e.created_at AND s.id <> e.id) AS siblings
       FROM case_events e JOIN cases c ON c.id = e.case_id
      WHERE e.fanned_out_at IS NULL
      ORDER BY e.created_at, e.id
      LIMIT $1
      FOR UPDATE OF e SKIP LOCKED`,
    [FAN_OUT_BATCH],
  );
  for (const row of rows) {
    const site = sites.get(row.site);
    // A site that is no longer configured has no receivers: its events are marked and skipped.
    for (const delivery of site ? deliveriesFor(row, site) : []) {
      await tx.query(
        `INSERT INTO deliveries (id, site, event_id, channel, target, payload, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         ON CONFLICT (event_id, channel, target) DO NOTHING`,
        [randomUUID(), row.site, row.id, delivery.channel, delivery.target, JSON.stringify(delivery.payload), now.toISOString()],
      );
    }
  }
  if (rows.length > 0) {
    await tx.query('UPDATE case_events SET fanned_out_at = $2 WHERE id = ANY($1::uuid[])', [rows.map((row) => row.id), now.toISOString()]);
  }
  return rows.length;
}

function deliveriesFor(row: EventRow, site: Site): NewDelivery[] {
  const deliveries: NewDelivery[] = [];
  const webhooks = site.webhooks.filter((webhook) => webhookTakes(webhook, row.type));
  if (webhooks.length > 0) {
    const webhookPayload = toWebhookPayload(row);
    for (const webhook of webhooks) deliveries.push({ channel: 'webhook', target: webhook.url, payload: webhookPayload });
  }
  if (site.email && row.email) {
    const email = emailPayload(row);
    if (email) deliveries.push({ channel: 'email', target: row.email, payload: email });
  }
  return deliveries;
}

/**
 * The e-mail a customer should get for this event, if any: a reply or question from support (with
 * a status change made in the same step), or a status change on its own. A status change that
 * came with the customer's own words (their message, a repeat contact) tells them nothing new.
 * Events of one step are the case's events with the same time: the case store writes all events
 * of a transaction with one time (see migration 006).
 */
function emailPayload(row: EventRow): EmailPayload | undefined {
  const base = { reference: row.reference, locale: row.locale };
  const siblings = row.siblings ?? [];
  if (row.type === 'message' && row.data.author === 'support') {
    const status = siblings.find((sibling) => sibling.type === 'status');
    return {
      ...base,
      message: { text: String(row.data.text), question: row.data.question === true },
      ...(status && { status: { from: status.data.from as CaseStatus, to: status.data.to as CaseStatus } }),
    };
  }
  if (row.type === 'status' && row.data.from !== row.data.to) {
    const toldElsewhere = siblings.some((sibling) => ['message', 'repeat_contact'].includes(sibling.type));
    if (toldElsewhere) return undefined;
    return { ...base, status: { from: row.data.from as CaseStatus, to: row.data.to as CaseStatus } };
  }
  return undefined;
}

function toWebhookPayload(row: EventRow): WebhookPayload {
  return {
    id: row.id,
    type: row.type,
    site: row.site,
    createdAt: toIso(row.created_at),
    case: {
      reference: row.reference,
      status: row.status,
      priority: row.priority,
      level: Number(row.level) as SupportLevel,
      topic: row.topic,
    },
    event: toCaseEvent(row),
  };
}
