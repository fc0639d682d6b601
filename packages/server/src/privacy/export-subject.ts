import type { ExportedCase, PrivacyExport } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import { readTimeline } from '../store/case-events';
import { CASE_COLUMNS, toIso } from '../store/case-row';
import type { CaseRow } from '../store/case-row';
import { toSupportCase } from '../store/case-views';
import type { Database, Queryable } from '../store/database';
import { findContactCases, findMentioningCases } from './contact-cases';
import { recordPrivacyAction } from './privacy-log';

type StoredCase = CaseRow & { report_id: string | null; event_reports: string[]; tokens: number; idempotency_keys: number };

type DeliveryRow = {
  channel: 'webhook' | 'email';
  target: string;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
  delivered_at: Date | null;
  last_error: string | null;
};

type AttemptRow = {
  article: string | null;
  outcome: string;
  locale: string;
  topic: string | null;
  answers: Record<string, unknown>;
  text: string;
  environment: Record<string, unknown>;
  report_id: string;
  created_at: Date;
};

/**
 * Everything a site stores about one case, as JSON: the case with its timeline and e-mail
 * address, its report ids and browser hash, its deliveries and the self-help attempts of its
 * reports. Recorded in the privacy log (reference and counts only).
 *
 * @returns the export, or `undefined` when the site has no such case.
 * @example
 * const data = await exportCase(db, site, 'LK-4F7Q-92KD', new Date());
 */
export async function exportCase(db: Database, site: Site, reference: string, now: Date): Promise<PrivacyExport | undefined> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM cases WHERE site = $1 AND reference = $2', [site.key, reference]);
  const cases = await exportCases(db, site, rows.map((row) => row.id));
  if (cases.length === 0) return undefined;
  await recordPrivacyAction(db, { site: site.key, action: 'export', scope: 'case', reference, counts: countsOf(cases), at: now });
  return { site: site.key, exportedAt: now.toISOString(), subject: { reference }, cases, mentionedIn: [] };
}

/**
 * Everything a site stores about an e-mail address, as JSON: every case with it as contact
 * address or whose e-mails went to it (as {@link exportCase} gives them), and the references of
 * other cases that mention it. Recorded in the privacy log without the address.
 *
 * @example
 * const data = await exportContact(db, site, 'piet@example.nl', new Date());
 */
export async function exportContact(db: Database, site: Site, email: string, now: Date): Promise<PrivacyExport> {
  const cases = await exportCases(db, site, await findContactCases(db, site.key, email));
  const own = new Set(cases.map((exported) => exported.case.reference));
  const mentionedIn = (await findMentioningCases(db, site.key, email)).filter((reference) => !own.has(reference));
  await recordPrivacyAction(db, { site: site.key, action: 'export', scope: 'contact', counts: { ...countsOf(cases), mentionedIn: mentionedIn.length }, at: now });
  return { site: site.key, exportedAt: now.toISOString(), subject: { email }, cases, mentionedIn };
}

function countsOf(cases: readonly ExportedCase[]): Record<string, number> {
  return {
    cases: cases.length,
    deliveries: cases.reduce((sum, exported) => sum + exported.deliveries.length, 0),
    attempts: cases.reduce((sum, exported) => sum + exported.attempts.length, 0),
  };
}

/** The cases with these ids as exported, in the order given; ids that are gone are left out. */
async function exportCases(db: Queryable, site: Site, caseIds: readonly string[]): Promise<ExportedCase[]> {
  const exported: ExportedCase[] = [];
  for (const id of caseIds) {
    const { rows } = await db.query<StoredCase>(
      `SELECT ${CASE_COLUMNS}, report_id,
              ARRAY(SELECT DISTINCT report_id FROM case_events WHERE case_id = cases.id AND report_id IS NOT NULL) AS event_reports,
              (SELECT count(*)::int FROM case_tokens WHERE case_id = cases.id) AS tokens,
              (SELECT count(*)::int FROM idempotency_keys WHERE case_id = cases.id) AS idempotency_keys
         FROM cases WHERE id = $1 AND site = $2`,
      [id, site.key],
    );
    const row = rows[0];
    if (!row) continue;
    const reports = [...new Set([row.report_id, ...row.event_reports].filter((report): report is string => report !== null))];
    exported.push({
      case: toSupportCase(row, await readTimeline(db, row.id)),
      reports,
      browserHash: row.browser_hash,
      tokens: row.tokens,
      idempotencyKeys: row.idempotency_keys,
      deliveries: await readDeliveries(db, row.id),
      attempts: await readAttempts(db, site.key, reports),
    });
  }
  return exported;
}

async function readDeliveries(db: Queryable, caseId: string): Promise<ExportedCase['deliveries']> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT d.channel, d.target, d.payload, d.attempts, d.created_at, d.delivered_at, d.last_error
       FROM deliveries d JOIN case_events e ON e.id = d.event_id
      WHERE e.case_id = $1 ORDER BY d.created_at, d.id`,
    [caseId],
  );
  return rows.map((row) => ({
    channel: row.channel,
    target: row.target,
    payload: row.payload,
    attempts: Number(row.attempts),
    createdAt: toIso(row.created_at),
    deliveredAt: toIso(row.delivered_at),
    lastError: row.last_error,
  }));
}

async function readAttempts(db: Queryable, site: string, reports: readonly string[]): Promise<ExportedCase['attempts']> {
  if (reports.length === 0) return [];
  const { rows } = await db.query<AttemptRow>(
    `SELECT article, outcome, locale, topic, answers, text, environment, report_id, created_at
       FROM attempts WHERE site = $1 AND report_id = ANY($2::text[]) ORDER BY created_at, id`,
    [site, [...reports]],
  );
  return rows.map((row) => ({
    article: row.article,
    outcome: row.outcome,
    locale: row.locale,
    topic: row.topic,
    answers: row.answers,
    text: row.text,
    environment: row.environment,
    report: row.report_id,
    createdAt: toIso(row.created_at),
  }));
}
