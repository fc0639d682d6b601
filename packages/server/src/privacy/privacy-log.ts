import type { PrivacyAction, PrivacyLog, PrivacyScope } from '@loket/sdk';
import { toIso } from '../store/case-row';
import type { Queryable } from '../store/database';

/** One export or erasure to record, without the data it was about. */
export type PrivacyLogEntry = {
  site: string;
  action: PrivacyAction;
  scope: PrivacyScope;
  /** The case's reference for scope `case`; never an e-mail address. */
  reference?: string;
  /** How many rows were exported, deleted or changed. */
  counts: Readonly<Record<string, number>>;
  at: Date;
};

/** Most entries {@link readPrivacyLog} returns by default. */
export const PRIVACY_LOG_DEFAULT_LIMIT = 100;

/**
 * Records an export or erasure in the privacy log. Call it in the transaction that erases, so the
 * log never tells of an erasure that was rolled back.
 *
 * @example
 * await recordPrivacyAction(tx, { site: 'demo', action: 'erase', scope: 'contact', counts, at: now });
 */
export async function recordPrivacyAction(db: Queryable, entry: PrivacyLogEntry): Promise<void> {
  await db.query('INSERT INTO privacy_log (site, action, scope, reference, counts, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.site,
    entry.action,
    entry.scope,
    entry.reference ?? null,
    JSON.stringify(entry.counts),
    entry.at,
  ]);
}

/** Reads a site's privacy log, newest first. */
export async function readPrivacyLog(db: Queryable, site: string, limit = PRIVACY_LOG_DEFAULT_LIMIT): Promise<PrivacyLog> {
  const { rows } = await db.query<{ action: PrivacyAction; scope: PrivacyScope; reference: string | null; counts: Record<string, number>; created_at: Date }>(
    'SELECT action, scope, reference, counts, created_at FROM privacy_log WHERE site = $1 ORDER BY created_at DESC, id DESC LIMIT $2',
    [site, limit],
  );
  return { entries: rows.map((row) => ({ action: row.action, scope: row.scope, reference: row.reference, counts: row.counts, at: toIso(row.created_at) })) };
}
