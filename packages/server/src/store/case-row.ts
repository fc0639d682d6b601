import type { Answers, CasePriority, CaseStatus, Environment, EscalationReason, Locale, SupportLevel, TriedArticle } from '@loket/sdk';
import type { Queryable } from './database';

/** A row of the `cases` table, as both database drivers return it. */
export type CaseRow = {
  id: string;
  reference: string;
  site: string;
  topic: string;
  answers: Answers;
  description: string;
  environment: Environment;
  articles_tried: TriedArticle[];
  locale: Locale;
  status: CaseStatus;
  priority: CasePriority;
  level: SupportLevel;
  email: string | null;
  /** The name the customer gave (migration 020). */
  contact_name: string | null;
  /** The e-mail address came with the site's signature of it (migration 020). */
  email_verified: boolean;
  browser_hash: string | null;
  repeat_contacts: number;
  failed_attempts: number;
  respond_by: Date | null;
  first_response_at: Date | null;
  escalations: EscalationReason[];
  created_at: Date;
  updated_at: Date;
};

/** The columns of {@link CaseRow}, for `SELECT` and `RETURNING` lists. */
export const CASE_COLUMNS = `id, reference, site, topic, answers, description, environment, articles_tried, locale, status, priority, level,
  email, contact_name, email_verified, browser_hash, repeat_contacts, failed_attempts, respond_by, first_response_at, escalations, created_at, updated_at`;

/** Reads a case by its reference (already normalised), optionally only within one site. */
export async function readCaseRow(db: Queryable, reference: string, site?: string): Promise<CaseRow | undefined> {
  const { rows } = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases WHERE reference = $1 AND ($2::text IS NULL OR site = $2)`,
    [reference, site ?? null],
  );
  return rows[0];
}

/**
 * Reads a case and locks it until the transaction ends, so changes to one case happen one after
 * another, also across server instances.
 */
export async function lockCaseRow(tx: Queryable, where: { id: string } | { reference: string; site: string }): Promise<CaseRow | undefined> {
  const { rows } = 'id' in where
    ? await tx.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE id = $1 FOR UPDATE`, [where.id])
    : await tx.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE reference = $1 AND site = $2 FOR UPDATE`, [where.reference, where.site]);
  return rows[0];
}

/** An ISO 8601 time, or `null`. */
export function toIso(value: Date | string): string;
export function toIso(value: Date | string | null): string | null;
export function toIso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
