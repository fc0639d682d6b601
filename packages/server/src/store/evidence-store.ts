import { learnFromOutcomes, LOCALES } from '@loket/sdk';
import type { LearnedTerms, Locale, OutcomeEvidence } from '@loket/sdk';
import type { Queryable } from './database';

/**
 * A fingerprint of a site's evidence: changes when an outcome (`solved` or `not_solved`) is
 * recorded or evidence is forgotten, so every instance notices without keeping state in memory.
 * Impressions, opened articles and `no_match` rows teach the ranking nothing, so they leave it
 * alone and the learned ranking is not rebuilt while customers merely browse.
 */
export async function evidenceVersion(db: Queryable, site: string): Promise<string> {
  const { rows } = await db.query<{ attempts: number; latest: Date | null; forgotten: number }>(
    `SELECT count(*)::int AS attempts, max(created_at) AS latest,
            (SELECT count(*)::int FROM forgotten_evidence WHERE site = $1) AS forgotten
       FROM attempts WHERE site = $1 AND article IS NOT NULL AND outcome IN ('solved', 'not_solved')`,
    [site],
  );
  const row = rows[0]!;
  return `${row.attempts}.${row.latest ? new Date(row.latest).getTime() : 0}.${row.forgotten}`;
}

/**
 * What the ranking learned from a site's outcomes: the derived term weights per article and
 * language, without what a person asked to forget. Only terms leave the database, never text.
 */
export async function loadLearning(db: Queryable, site: string): Promise<Record<Locale, LearnedTerms>> {
  const { rows } = await db.query<OutcomeEvidence>(
    `SELECT article, locale, text, outcome FROM attempts
      WHERE site = $1 AND article IS NOT NULL AND outcome IN ('solved', 'not_solved')
        AND NOT EXISTS (SELECT 1 FROM forgotten_evidence f WHERE f.site = $1 AND f.article = attempts.article AND f.term IS NULL)`,
    [site],
  );
  const forgotten = await db.query<{ article: string; term: string }>(
    'SELECT article, term FROM forgotten_evidence WHERE site = $1 AND term IS NOT NULL',
    [site],
  );
  const learned = Object.fromEntries(
    LOCALES.map((locale) => [locale, learnFromOutcomes(rows.filter((row) => row.locale === locale))]),
  ) as Record<Locale, LearnedTerms>;
  for (const { article, term } of forgotten.rows) {
    for (const locale of LOCALES) delete learned[locale][article]?.[term];
  }
  return learned;
}

/** Makes the ranking forget what it learned for an article, or for one term of it. */
export async function forgetEvidence(db: Queryable, site: string, article: string, term?: string): Promise<void> {
  await db.query('INSERT INTO forgotten_evidence (site, article, term) VALUES ($1, $2, $3)', [site, article, term ?? null]);
}
