import { randomUUID } from 'node:crypto';
import type { Answers, Case, CaseCreated, CaseStatus, Environment, Locale, TriedArticle } from '@loket/sdk';
import { generateToken, hashIdempotencyKey, hashToken, sealToken, tokenMatches, unsealToken } from '../cases/case-token';
import { generateReference } from '../cases/reference';
import { hashRequest } from '../cases/request-hash';
import { isUniqueViolation } from './database';
import type { Database, Queryable } from './database';

/** A validated report, ready to be filed as a case. */
export type NewCase = {
  site: string;
  topic: string;
  answers: Answers;
  description: string;
  environment: Environment;
  articlesTried: TriedArticle[];
  locale: Locale;
};

/** What filing a case came to. */
export type FileCaseResult =
  | { kind: 'created'; created: CaseCreated }
  | { kind: 'replayed'; created: CaseCreated }
  | { kind: 'key_reused' };

type CaseRow = {
  id: string;
  reference: string;
  site: string;
  token_hash: string;
  topic: string;
  answers: Answers;
  description: string;
  environment: Environment;
  articles_tried: TriedArticle[];
  locale: Locale;
  status: CaseStatus;
  created_at: Date;
  updated_at: Date;
};

// Collisions of random references are rare (29^8); a few tries are plenty.
const MAX_ATTEMPTS = 5;

/**
 * Files a case. With an idempotency key, the same request filed again returns the first case
 * (`replayed`), and a different request under the same key is refused (`key_reused`).
 */
export async function fileCase(db: Database, report: NewCase, idempotencyKey?: string): Promise<FileCaseResult> {
  const requestHash = hashRequest(report);
  for (let attempt = 1; ; attempt += 1) {
    if (idempotencyKey) {
      const earlier = await findByIdempotencyKey(db, report.site, idempotencyKey);
      if (earlier) {
        if (earlier.request_hash !== requestHash) return { kind: 'key_reused' };
        const token = unsealToken(earlier.sealed_token, report.site, idempotencyKey);
        return { kind: 'replayed', created: toCreated(earlier, token) };
      }
    }
    try {
      return { kind: 'created', created: await insertCase(db, report, requestHash, idempotencyKey) };
    } catch (error) {
      // Either the reference was taken, or a concurrent request with the same key won the race:
      // the next round finds that request's case.
      if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function insertCase(db: Database, report: NewCase, requestHash: string, idempotencyKey?: string): Promise<CaseCreated> {
  const token = generateToken();
  const caseId = randomUUID();
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<CaseRow>(
      `INSERT INTO cases (id, reference, site, token_hash, topic, answers, description, environment, articles_tried, locale)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING reference, status, created_at`,
      [caseId, generateReference(), report.site, hashToken(token), report.topic, JSON.stringify(report.answers),
        report.description, JSON.stringify(report.environment), JSON.stringify(report.articlesTried), report.locale],
    );
    const row = rows[0]!;
    await tx.query(`INSERT INTO case_events (id, case_id, type, data) VALUES ($1, $2, 'created', $3)`, [
      randomUUID(), caseId, JSON.stringify({ topic: report.topic }),
    ]);
    for (const tried of report.articlesTried) {
      await tx.query(`INSERT INTO case_events (id, case_id, type, data) VALUES ($1, $2, 'article_tried', $3)`, [
        randomUUID(), caseId, JSON.stringify(tried),
      ]);
    }
    if (idempotencyKey) {
      await tx.query(
        `INSERT INTO idempotency_keys (site, key_hash, request_hash, case_id, sealed_token) VALUES ($1, $2, $3, $4, $5)`,
        [report.site, hashIdempotencyKey(report.site, idempotencyKey), requestHash, caseId, sealToken(token, report.site, idempotencyKey)],
      );
    }
    return toCreated(row, token);
  });
}

async function findByIdempotencyKey(db: Queryable, site: string, key: string) {
  const { rows } = await db.query<Pick<CaseRow, 'reference' | 'status' | 'created_at'> & { request_hash: string; sealed_token: string }>(
    `SELECT c.reference, c.status, c.created_at, k.request_hash, k.sealed_token
       FROM idempotency_keys k JOIN cases c ON c.id = k.case_id
      WHERE k.site = $1 AND k.key_hash = $2`,
    [site, hashIdempotencyKey(site, key)],
  );
  return rows[0];
}

/**
 * Reads a case by reference, but only for the holder of its token. A wrong token and a missing
 * case both give `undefined`, so nobody can probe which references exist.
 */
export async function findCase(db: Queryable, reference: string, token: string): Promise<Case | undefined> {
  const { rows } = await db.query<CaseRow>('SELECT * FROM cases WHERE reference = $1', [reference]);
  const row = rows[0];
  // Hash the token even when the case is missing, so both answers take the same time.
  const matches = tokenMatches(token, row?.token_hash ?? hashToken(''));
  if (!row || !matches) return undefined;
  return {
    reference: row.reference,
    site: row.site,
    topic: row.topic,
    answers: row.answers,
    description: row.description,
    environment: row.environment,
    articlesTried: row.articles_tried,
    locale: row.locale,
    status: row.status,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

function toCreated(row: Pick<CaseRow, 'reference' | 'status' | 'created_at'>, token: string): CaseCreated {
  return { reference: row.reference, token, status: row.status, createdAt: toIso(row.created_at) };
}

function toIso(value: Date | string): string {
  return new Date(value).toISOString();
}
