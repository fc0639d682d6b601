import { randomUUID } from 'node:crypto';
import { OPEN_CASE_STATUSES } from '@loket/sdk';
import type { Answers, CaseCreated, CasePriority, CaseStatus, Contact, Environment, EscalationReason, Locale, SupportLevel, TriedArticle } from '@loket/sdk';
import { generateToken, hashIdempotencyKey, hashToken, sealToken, unsealToken } from '../cases/case-token';
import { generateReference } from '../cases/reference';
import { hashRequest } from '../cases/request-hash';
import { parseDuration } from '../rules/business-time';
import { applyDueEscalations, escalate } from '../rules/escalation';
import { respondByFor } from '../rules/respond-by';
import type { Site } from '../sites/site-schema';
import { appendEvent, fannedOutAt } from './case-events';
import type { NewCaseEvent } from './case-events';
import { lockCaseRow, toIso } from './case-row';
import { handBackToSupport } from './case-updates';
import { createCallBatches } from './call-batches';
import type { CallBatches, CallOutcome } from './call-batches';
import { isUniqueViolation } from './database';
import type { Database, Queryable } from './database';
import { DatabaseUnavailableError } from './database-unavailable';

/** A validated report, ready to be filed. */
export type NewReport = {
  topic: string;
  answers: Answers;
  description: string;
  environment: Environment;
  articlesTried: TriedArticle[];
  locale: Locale;
  /** How to reach and recognise the customer; a `signature` is not kept (see `verified`). */
  contact: Contact;
  /** The e-mail address came with a valid signature of the site's identity secret (`sites/identity.ts`). */
  verified?: boolean;
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
 * A new case, by far the most common outcome, is prepared here and stored by one call of the
 * database function `loket_file_case` (migrations 010, 012 and 020): one round trip. Reports that
 * arrive while others are being stored go together, in one call of `loket_file_cases` (migration
 * 021; see {@link storeFiling}). A repeat contact then takes a transaction of its own.
 *
 * @example
 * const result = await fileCase(db, site, report, { idempotencyKey, now: new Date() });
 */
export async function fileCase(db: Database, site: Site, report: NewReport, options: FileCaseOptions): Promise<FileCaseResult> {
  const requestHash = hashRequest({ site: site.key, ...report });
  for (let attempt = 1; ; attempt += 1) {
    const filing = prepareFiling(site, report, { ...options, requestHash });
    try {
      const stored = await storeFiling(db, filing);
      if (stored.outcome !== 'open') return answerOf(stored, filing);
      // The contact has an open case: add the report to it, in a transaction that holds the locks.
      return await db.transaction(async (tx) => {
        const again = await callFileCase(tx, filing);
        return again.outcome === 'open' ? addToOpenCase(tx, site, report, again.case_id, filing) : answerOf(again, filing);
      });
    } catch (error) {
      // Either the reference was taken, or a concurrent request with the same key won the race:
      // the next round finds that request's answer.
      if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** A report ready to store: the argument of `loket_file_case`, and what the customer is answered. */
type Filing = {
  /** The argument of `loket_file_case`: see migrations 010 and 012 for its fields. */
  args: string;
  /** The names of the advisory locks it takes (see {@link contactLocks}). */
  locks: string[];
  site: string;
  idempotencyKey: string | undefined;
  /** The stored form of the idempotency key, `null` without one. */
  keyHash: string | null;
  requestHash: string;
  /** The new token, for the new case or this browser's on the open case. */
  token: string;
  tokenHash: string;
  sealedToken: string | null;
  email: string | null;
  browserHash: string | null;
  now: Date;
  /** The answer when the report becomes a new case. */
  answer: StoredAnswer;
};

/** What `loket_file_case` returns. */
type StoredFiling = {
  outcome: 'created' | 'replayed' | 'open';
  case_id: string;
  reference: string;
  status: CaseStatus;
  created_at: Date | string;
  request_hash: string | null;
  sealed_token: string | null;
  response: StoredAnswer | null;
};

/** Everything about the report as a new case, escalated if a rule applies from the start. */
function prepareFiling(site: Site, report: NewReport, options: FileCaseOptions & { requestHash: string }): Filing {
  const { idempotencyKey, now, requestHash } = options;
  const email = report.contact.email ?? null;
  const browserHash = report.contact.browser ? hashBrowserId(report.contact.browser) : null;
  const token = generateToken();
  const caseId = randomUUID();
  const { row, events: escalations } = escalate(site, {
    id: caseId, reference: generateReference(), site: site.key, topic: report.topic, answers: report.answers,
    description: report.description, environment: report.environment, articles_tried: report.articlesTried, locale: report.locale,
    status: 'new' as CaseStatus, priority: 'normal' as CasePriority, level: 1 as SupportLevel, email, browser_hash: browserHash,
    contact_name: report.contact.name || null, email_verified: email !== null && report.verified === true,
    repeat_contacts: 0, failed_attempts: countFailed(report.articlesTried), respond_by: respondByFor(site, 'normal', now),
    escalations: [] as EscalationReason[], report_id: report.report ?? null, created_at: now, updated_at: now,
  }, now);
  const events: NewCaseEvent[] = [
    { type: 'created', topic: report.topic },
    ...report.articlesTried.map((tried): NewCaseEvent => ({ type: 'article_tried', ...tried })),
    ...escalations,
  ];
  const answer: StoredAnswer = { status: row.status, createdAt: toIso(now), respondBy: toIso(row.respond_by), linked: false };
  const keyHash = idempotencyKey ? hashIdempotencyKey(site.key, idempotencyKey) : null;
  const sealedToken = idempotencyKey ? sealToken(token, site.key, idempotencyKey) : null;
  // Times as text: JSON.stringify calls each Date's toJSON, which took a third of its time here.
  const nowIso = answer.createdAt;
  const locks = contactLocks(site.key, report.topic, email, browserHash);
  const args = {
    site: site.key,
    keyHash,
    locks,
    topic: report.topic,
    email,
    browserHash,
    since: toIso(new Date(now.getTime() - parseDuration(site.repeatContacts.window) * 60_000)),
    openStatuses: OPEN_CASE_STATUSES,
    case: { ...row, respond_by: answer.respondBy, created_at: nowIso, updated_at: toIso(row.updated_at) },
    tokenHash: hashToken(token),
    events: events.map(({ type, ...data }) => ({
      id: randomUUID(), case_id: caseId, type, data, created_at: nowIso, report_id: null, fanned_out_at: fannedOutAt(site, type, now) && nowIso,
    })),
    idempotency: keyHash && { request_hash: requestHash, sealed_token: sealedToken, response: answer },
  };
  return {
    args: JSON.stringify(args), locks, site: site.key, idempotencyKey, keyHash, requestHash, token, tokenHash: args.tokenHash, sealedToken, email, browserHash, now, answer,
  };
}

/**
 * The names of the advisory locks that serialise filings from one contact, so two reports sent at
 * once from the same browser or address end up in one case. They are taken in this order, so two
 * filings never wait on each other in a circle.
 */
function contactLocks(site: string, topic: string, email: string | null, browserHash: string | null): string[] {
  return [email && `email\u0001${email.toLowerCase()}`, browserHash && `browser\u0001${browserHash}`]
    .filter((name): name is string => Boolean(name))
    .map((name) => `loket-contact\u0001${site}\u0001${topic}\u0001${name}`)
    .sort();
}

async function callFileCase(db: Queryable, filing: Filing): Promise<StoredFiling> {
  const { rows } = await db.query<StoredFiling>('SELECT * FROM loket_file_case($1::jsonb)', [filing.args], { prepareAs: 'loket_file_case' });
  return rows[0]!;
}

/**
 * How filings share PostgreSQL under load. One batch at a time is stored, so a quiet service files
 * each report alone and at once, and a busy one in batches of whatever arrived meanwhile. With two
 * at a time, batches were smaller and each case cost more. On two cores, in runs taken in turns in
 * both orders (`bench/server.mjs`), one at a time measured:
 * - at 32 connections, 0.43 to 0.51 ms of CPU per case against 0.55 to 0.72 ms, and 2,945 to
 *   3,236 filings a second against 2,083 to 2,683;
 * - at 10 connections, 1,967 to 2,035 a second against 1,674 to 1,735.
 * The price: a slow batch delays every filing of this instance until it ends. A batch waits only
 * for locks that filings hold (its contacts' advisory locks, taken by other filings' single
 * statements and a repeat contact's short transaction) and for an idempotency key another request
 * is inserting, so it ends within milliseconds unless the database itself stalls.
 */
const FILING_BATCHES = { maxRunning: 1, maxBatch: 32 };

const filingBatches = new WeakMap<Database, CallBatches<Filing, StoredFiling>>();

/**
 * Stores a filing: on PostgreSQL in the batches in which reports are stored in `db` (one queue per
 * database, shared by every request). PGlite runs in this process, one statement at a time, with
 * no round trips or separate commits to save: there batches cost more than they save (755 filings
 * a second alone against 603 in batches), and each report is stored alone.
 */
function storeFiling(db: Database, filing: Filing): Promise<StoredFiling> {
  if (db.kind !== 'postgres') return callFileCase(db, filing);
  let batches = filingBatches.get(db);
  if (!batches) {
    batches = createCallBatches((filings) => storeFilings(db, filings), FILING_BATCHES);
    filingBatches.set(db, batches);
  }
  return batches.call(filing);
}

/** `loket_file_cases` returns a row like `loket_file_case`'s per filing, with its place in the batch (from 1). */
type StoredInBatch = StoredFiling & { item: number };

/**
 * Stores filings: one alone with `loket_file_case`, several in one call of `loket_file_cases`
 * (one statement in one transaction). A batch's filings cannot see each other, so a filing that
 * shares a contact or an idempotency key with an earlier one waits, and is stored alone after the
 * batch, as it would have been had it come a moment later. When the batch fails, nothing of it was
 * stored, and each filing is stored again on its own, so one report's failure (a reference taken
 * meanwhile) stays that report's. When the database cannot be reached, every filing fails so.
 */
async function storeFilings(db: Database, filings: Filing[]): Promise<CallOutcome<StoredFiling>[]> {
  const { together, after } = separateSameContacts(filings);
  const outcomes = new Map<Filing, CallOutcome<StoredFiling>>();
  const batchOutcomes = together.length === 1 ? [await storeAlone(db, together[0]!)] : await storeBatch(db, together);
  together.forEach((filing, index) => outcomes.set(filing, batchOutcomes[index]!));
  for (const filing of after) outcomes.set(filing, await storeAlone(db, filing));
  return filings.map((filing) => outcomes.get(filing)!);
}

/** Splits filings into those that may share a batch and those that follow an earlier one's contact or key. */
function separateSameContacts(filings: Filing[]): { together: Filing[]; after: Filing[] } {
  const claimed = new Set<string>();
  const together: Filing[] = [];
  const after: Filing[] = [];
  for (const filing of filings) {
    const names = filing.keyHash ? [...filing.locks, `key\u0001${filing.site}\u0001${filing.keyHash}`] : filing.locks;
    if (names.some((name) => claimed.has(name))) after.push(filing);
    else {
      together.push(filing);
      for (const name of names) claimed.add(name);
    }
  }
  return { together, after };
}

function storeAlone(db: Database, filing: Filing): Promise<CallOutcome<StoredFiling>> {
  return callFileCase(db, filing).then(
    (value): CallOutcome<StoredFiling> => ({ ok: true, value }),
    (error: unknown): CallOutcome<StoredFiling> => ({ ok: false, error }),
  );
}

async function storeBatch(db: Database, filings: Filing[]): Promise<CallOutcome<StoredFiling>[]> {
  const locks = [...new Set(filings.flatMap((filing) => filing.locks))].sort();
  try {
    const { rows } = await db.query<StoredInBatch>('SELECT * FROM loket_file_cases($1::jsonb)',
      [`{"locks":${JSON.stringify(locks)},"filings":[${filings.map((filing) => filing.args).join(',')}]}`], { prepareAs: 'loket_file_cases' });
    const byItem = new Map(rows.map((row) => [row.item, row]));
    return filings.map((_, index) => {
      const stored = byItem.get(index + 1);
      return stored ? { ok: true, value: stored } : { ok: false, error: new Error(`loket_file_cases gave no answer for filing ${index + 1} of ${filings.length}.`) };
    });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    // One after the other: a batch is larger than the connection pool.
    const outcomes: CallOutcome<StoredFiling>[] = [];
    for (const filing of filings) outcomes.push(await storeAlone(db, filing));
    return outcomes;
  }
}

/** The answer to a report that `loket_file_case` filed as a new case, or had filed under the same key. */
function answerOf(stored: StoredFiling, filing: Filing): FileCaseResult {
  if (stored.outcome === 'created') return { kind: 'created', created: { reference: stored.reference, token: filing.token, ...filing.answer } };
  if (stored.request_hash !== filing.requestHash) return { kind: 'key_reused' };
  const token = unsealToken(stored.sealed_token!, filing.site, filing.idempotencyKey!);
  const answer: StoredAnswer = stored.response ?? { status: stored.status, createdAt: toIso(stored.created_at), respondBy: null, linked: false };
  return { kind: 'replayed', created: { reference: stored.reference, token, ...answer } };
}

function countFailed(tried: TriedArticle[]): number {
  return tried.filter((article) => article.outcome === 'not_solved').length;
}

/** Adds the report to the contact's open case, which `loket_file_case` locked in this transaction. */
async function addToOpenCase(tx: Queryable, site: Site, report: NewReport, caseId: string, filing: Filing): Promise<FileCaseResult> {
  const { now } = filing;
  const open = await lockCaseRow(tx, { id: caseId });
  if (!open) throw new Error(`Case ${caseId} disappeared while a report was added to it.`);
  const count = open.repeat_contacts + 1;
  await appendEvent(tx, open.id, { type: 'repeat_contact', description: report.description, answers: report.answers, count }, now, { reportId: report.report, site });
  for (const tried of report.articlesTried) await appendEvent(tx, open.id, { type: 'article_tried', ...tried }, now, { site });
  // The open case is never solved (see loket_file_case), so only a case waiting for the customer changes status.
  const { status, respondBy } = await handBackToSupport(tx, site, open, now);
  await tx.query(
    `UPDATE cases SET repeat_contacts = $2, failed_attempts = failed_attempts + $3, status = $4, respond_by = $5,
                      email = COALESCE(email, $6), browser_hash = COALESCE(browser_hash, $7), updated_at = $8,
                      contact_name = COALESCE(contact_name, $9),
                      email_verified = email_verified OR COALESCE($10 AND lower(COALESCE(email, $6)) = lower($6), false)
      WHERE id = $1`,
    [open.id, count, countFailed(report.articlesTried), status, respondBy, filing.email, filing.browserHash, now, report.contact.name || null, report.verified === true],
  );
  await tx.query('INSERT INTO case_tokens (case_id, token_hash, created_at) VALUES ($1, $2, $3)', [open.id, filing.tokenHash, now]);
  const row = await applyDueEscalations(tx, site, open.id, now);
  const answer: StoredAnswer = { status: row.status, createdAt: toIso(row.created_at), respondBy: toIso(row.respond_by), linked: true };
  if (filing.keyHash) {
    await tx.query(
      `INSERT INTO idempotency_keys (site, key_hash, request_hash, case_id, sealed_token, response, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [site.key, filing.keyHash, filing.requestHash, open.id, filing.sealedToken, JSON.stringify(answer), now],
    );
  }
  return { kind: 'created', created: { reference: row.reference, token: filing.token, ...answer } };
}
