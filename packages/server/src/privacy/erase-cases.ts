import type { ErasureCounts } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import type { Queryable } from '../store/database';

/** Kinds of question whose answers are picked from the flow, never typed: kept on anonymised attempts. */
const CHOSEN_ANSWER_KINDS: ReadonlySet<string> = new Set(['single', 'multiple', 'yesno']);

/** An erasure that touched nothing. */
export const NOTHING_ERASED: ErasureCounts = {
  cases: 0,
  events: 0,
  deliveries: 0,
  tokens: 0,
  idempotencyKeys: 0,
  attemptsAnonymized: 0,
  mentionsRedacted: 0,
};

/**
 * Erases cases of a site: deletes the cases with their timeline, the deliveries of their events,
 * their token hashes and remembered filings, and anonymises the self-help attempts of the reports
 * that filed them or came back to them (see {@link anonymizeAttempts}). Call it in a transaction
 * that holds the cases' row locks; ids that are gone already count for nothing.
 *
 * @returns how many rows were deleted and changed (`mentionsRedacted` is 0).
 */
export async function eraseCaseRows(tx: Queryable, site: Site, caseIds: readonly string[]): Promise<ErasureCounts> {
  if (caseIds.length === 0) return NOTHING_ERASED;
  const ids = [...caseIds];
  const attemptsAnonymized = await anonymizeAttempts(tx, site, ids);
  const count = async (sql: string) => (await tx.query<{ count: number }>(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS count FROM gone`, [ids])).rows[0]!.count;
  // Children first, each with its count; the foreign keys would cascade, but silently.
  const deliveries = await count('DELETE FROM deliveries WHERE event_id IN (SELECT id FROM case_events WHERE case_id = ANY($1::uuid[]))');
  const events = await count('DELETE FROM case_events WHERE case_id = ANY($1::uuid[])');
  const tokens = await count('DELETE FROM case_tokens WHERE case_id = ANY($1::uuid[])');
  const idempotencyKeys = await count('DELETE FROM idempotency_keys WHERE case_id = ANY($1::uuid[])');
  const cases = await count('DELETE FROM cases WHERE id = ANY($1::uuid[])');
  return { cases, events, deliveries, tokens, idempotencyKeys, attemptsAnonymized, mentionsRedacted: 0 };
}

/**
 * Keeps the self-help attempts of the cases' reports for the documentation fix report's counts
 * (reports, verdicts per article, environments, days) but removes what is personal: the text, the
 * answers typed rather than chosen, the environment beyond operating system, browser and device,
 * and the link to the case: each report gets a new random id, so its attempts still count as one
 * report but no longer lead to the case or to the browser that kept the old id.
 *
 * @returns how many attempts were anonymised.
 */
async function anonymizeAttempts(tx: Queryable, site: Site, caseIds: string[]): Promise<number> {
  const chosenAnswers = site.flows.flatMap((flow) =>
    flow.questions.filter((question) => CHOSEN_ANSWER_KINDS.has(question.kind)).map((question) => `${flow.id}\u0001${question.id}`),
  );
  const { rows } = await tx.query<{ count: number }>(
    `WITH reports AS (
       SELECT old_id, gen_random_uuid()::text AS new_id FROM (
         SELECT report_id AS old_id FROM cases WHERE id = ANY($2::uuid[]) AND report_id IS NOT NULL
         UNION
         SELECT report_id FROM case_events WHERE case_id = ANY($2::uuid[]) AND report_id IS NOT NULL) AS linked
     ), changed AS (
       UPDATE attempts a
          SET report_id = reports.new_id,
              text = '',
              answers = (SELECT COALESCE(jsonb_object_agg(answer.key, answer.value), '{}'::jsonb)
                           FROM jsonb_each(a.answers) AS answer
                          WHERE COALESCE(a.topic, '') || chr(1) || answer.key = ANY($3::text[])),
              environment = jsonb_strip_nulls(jsonb_build_object('os', a.environment->'os', 'browser', a.environment->'browser', 'device', a.environment->'device'))
         FROM reports
        WHERE a.site = $1 AND a.report_id = reports.old_id
       RETURNING 1)
     SELECT count(*)::int AS count FROM changed`,
    [site.key, caseIds, chosenAnswers],
  );
  return rows[0]!.count;
}
