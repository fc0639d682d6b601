import { randomUUID } from 'node:crypto';
import { OPEN_CASE_STATUSES } from '@loket/sdk';
import type { Answers, CaseCreated, Contact, Environment, Locale, TriedArticle } from '@loket/sdk';
import { generateToken, hashIdempotencyKey, hashToken, sealToken, unsealToken } from '../cases/case-token';
import { generateReference } from '../cases/reference';
import { hashRequest } from '../cases/request-hash';
import { parseDuration } from '../rules/business-time';
import { applyDueEscalations } from '../rules/escalation';
import { respondByFor } from '../rules/respond-by';
import type { Site } from '../sites/site-schema';
import { appendEvent } from './case-events';
import { toIso } from './case-row';
import type { CaseRow } from './case-row';
import { handBackToSupport } from './case-updates';
import { isUniqueViolation } from './database';
import type { Database, Queryable } from './database';

/** A validated report, ready to be filed. */
export type NewReport = {
  topic: string;
  answers: Answers;
  description: string;
  environment: Environment;
  articlesTried: TriedArticle[];
  locale: Locale;
  contact: Contact;
  /** The widget's id of the report, linking it to its impressions and attempts. */
  report?: string;
};

/** What filing a report came to. */
export type FileCaseResult =
  | { kind: 'created'; created: CaseCreated }
  | { kind: 'replayed'; created: CaseCreated }
  | { kind: 'key_reused' };

/** Options for {@link fileCase}. */
export type FileCaseOptions = {
  /** The client's Idempotency-Key: the same report filed again gets the same answer. */
  idempotencyKey?: string;
  /** The time of filing. */
  now: Date;
};

type StoredAnswer = Omit<CaseCreated, 'reference' | 'token'>;

// Collisions of random references are rare (29^8); a few tries are plenty.
const MAX_ATTEMPTS = 5;

/** The form a browser id is stored in: its SHA-256 (hashed like a token), never the id itself. */
export function hashBrowserId(browserId: string): string {
  return hashToken(browserId);
}

/**
 * Files a report: as a new case, or, when the same e-mail address or browser has an open case on
 * the same topic updated within the site's repeat-contact window, as a repeat contact on that case
 * (`linked: true`, a new token for this browser). Escalation rules are applied afterwards. With an
 * idempotency key, the same report filed again gets the same answer (`replayed`), and another
 * report under the same key is refused (`key_reused`).
 *
 * @example
 * const result = await fileCase(db, site, report, { idempotencyKey, now: new Date() });
 */
export async function fileCase(db: Database, site: Site, report: NewReport, options: FileCaseOptions): Promise<FileCaseResult> {
  const { idempotencyKey, now } = options;
  const requestHash = hashRequest({ site: site.key, ...report });
  for (let attempt = 1; ; attempt += 1) {
    if (idempotencyKey) {
      const earlier = await findByIdempotencyKey(db, site.key, idempotencyKey);
      if (earlier) {
        if (earlier.request_hash !== requestHash) return { kind: 'key_reused' };
        const token = unsealToken(earlier.sealed_token, site.key, idempotencyKey);
        const answer: StoredAnswer = earlier.response ?? { status: earlier.status, createdAt: toIso(earlier.created_at), respondBy: null, linked: false };
        return { kind: 'replayed', created: { reference: earlier.reference, token, ...answer } };
      }
    }
    try {
      const created = await db.transaction((tx) => fileInTransaction(tx, site, report, now, requestHash, idempotencyKey));
      return { kind: 'created', created };
    } catch (error) {
      // Either the reference was taken, or a concurrent request with the same key won the race:
      // the next round finds that request's answer.
      if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function fileInTransaction(tx: Queryable, site: Site, report: NewReport, now: Date, requestHash: string, idempotencyKey?: string): Promise<CaseCreated> {
  const email = report.contact.email ?? null;
  const browserHash = report.contact.browser ? hashBrowserId(report.contact.browser) : null;
  await lockContact(tx, site.key, report.topic, email, browserHash);
  const open = await findOpenCaseOfContact(tx, site, report.topic, email, browserHash, now);
  const token = generateToken();
  const caseId = open
    ? await addRepeatContact(tx, site, open, report, { token, email, browserHash, now })
    : await insertCase(tx, site, report, { token, email, browserHash, now });
  const row = await applyDueEscalations(tx, site, caseId, now);
  const answer: StoredAnswer = { status: row.status, createdAt: toIso(row.created_at), respondBy: toIso(row.respond_by), linked: open !== undefined };
  if (idempotencyKey) {
    await tx.query(
      `INSERT INTO idempotency_keys (site, key_hash, request_hash, case_id, sealed_token, response, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [site.key, hashIdempotencyKey(site.key, idempotencyKey), requestHash, caseId, sealToken(token, site.key, idempotencyKey), JSON.stringify(answer), now],
    );
  }
  return { reference: row.reference, token, ...answer };
}

/**
 * Serialises filings from one contact, so two reports sent at once from the same browser or
 * address end up in one case. Locks are taken in a fixed order, so two filings never wait on each
 * other in a circle.
 */
async function lockContact(tx: Queryable, site: string, topic: string, email: string | null, browserHash: string | null): Promise<void> {
  const names = [email && `email\u0001${email.toLowerCase()}`, browserHash && `browser\u0001${browserHash}`]
    .filter((name): name is string => Boolean(name))
    .map((name) => `loket-contact\u0001${site}\u0001${topic}\u0001${name}`)
    .sort();
  for (const name of names) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
}

async function findOpenCaseOfContact(tx: Queryable, site: Site, topic: string, email: string | null, browserHash: string | null, now: Date): Promise<CaseRow | undefined> {
  if (email === null && browserHash === null) return undefined;
  const since = new Date(now.getTime() - parseDuration(site.repeatContacts.window) * 60_000);
  const { rows } = await tx.query<CaseRow>(
    `SELECT * FROM cases
      WHERE site = $1 AND topic = $2 AND status = ANY($6::text[]) AND updated_at >= $3
        AND (lower(email) = lower($4::text) OR browser_hash = $5::text)
      ORDER BY updated_at DESC LIMIT 1 FOR UPDATE`,
    [site.key, topic, since, email, browserHash, OPEN_CASE_STATUSES],
  );
  return rows[0];
}

type Filing = { token: string; email: string | null; browserHash: string | null; now: Date };

function countFailed(tried: TriedArticle[]): number {
  return tried.filter((article) => article.outcome === 'not_solved').length;
}

async function insertCase(tx: Queryable, site: Site, report: NewReport, filing: Filing): Promise<string> {
  const caseId = randomUUID();
  await tx.query(
    `INSERT INTO cases (id, reference, site, topic, answers, description, environment, articles_tried, locale,
                        email, browser_hash, failed_attempts, respond_by, report_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $15, $14, $14)`,
    [caseId, generateReference(), site.key, report.topic, JSON.stringify(report.answers), report.description,
      JSON.stringify(report.environment), JSON.stringify(report.articlesTried), report.locale, filing.email, filing.browserHash,
      countFailed(report.articlesTried), respondByFor(site, 'normal', filing.now), filing.now, report.report ?? null],
  );
  await tx.query('INSERT INTO case_tokens (case_id, token_hash, created_at) VALUES ($1, $2, $3)', [caseId, hashToken(filing.token), filing.now]);
  await appendEvent(tx, caseId, { type: 'created', topic: report.topic }, filing.now);
  for (const tried of report.articlesTried) await appendEvent(tx, caseId, { type: 'article_tried', ...tried }, filing.now);
  return caseId;
}

async function addRepeatContact(tx: Queryable, site: Site, open: CaseRow, report: NewReport, filing: Filing): Promise<string> {
  const count = open.repeat_contacts + 1;
  await appendEvent(tx, open.id, { type: 'repeat_contact', description: report.description, answers: report.answers, count }, filing.now, undefined, report.report);
  for (const tried of report.articlesTried) await appendEvent(tx, open.id, { type: 'article_tried', ...tried }, filing.now);
  // The open case is never solved (see findOpenCaseOfContact), so only a case waiting for the customer changes status.
  const { status, respondBy } = await handBackToSupport(tx, site, open, filing.now);
  await tx.query(
    `UPDATE cases SET repeat_contacts = $2, failed_attempts = failed_attempts + $3, status = $4, respond_by = $5,
                      email = COALESCE(email, $6), browser_hash = COALESCE(browser_hash, $7), updated_at = $8
      WHERE id = $1`,
    [open.id, count, countFailed(report.articlesTried), status, respondBy, filing.email, filing.browserHash, filing.now],
  );
  await tx.query('INSERT INTO case_tokens (case_id, token_hash, created_at) VALUES ($1, $2, $3)', [open.id, hashToken(filing.token), filing.now]);
  return open.id;
}

async function findByIdempotencyKey(db: Queryable, site: string, key: string) {
  const { rows } = await db.query<Pick<CaseRow, 'reference' | 'status' | 'created_at'> & { request_hash: string; sealed_token: string; response: StoredAnswer | null }>(
    `SELECT c.reference, c.status, c.created_at, k.request_hash, k.sealed_token, k.response
       FROM idempotency_keys k JOIN cases c ON c.id = k.case_id
      WHERE k.site = $1 AND k.key_hash = $2`,
    [site, hashIdempotencyKey(site, key)],
  );
  return rows[0];
}
