import { randomUUID } from 'node:crypto';
import type { Answers, AttemptOutcome, Environment, Locale } from '@loket/sdk';
import type { Queryable } from './database';

/** A self-help attempt to store; `text` must already be stripped of personal details. */
export type NewAttempt = {
  site: string;
  article?: string;
  locale: Locale;
  outcome: AttemptOutcome;
  topic?: string;
  answers: Answers;
  text: string;
  environment: Environment;
  /** The widget's id of the report this attempt belongs to. */
  report?: string;
};

/** Articles suggested for a report, to store as one `shown` attempt per article. */
export type NewImpression = {
  site: string;
  articles: readonly string[];
  locale: Locale;
  topic?: string;
  environment: Environment;
  report?: string;
};

/** Stores one self-help attempt and returns its id; `at` backdates it (the demo seed), else now. */
export async function recordAttempt(db: Queryable, attempt: NewAttempt, at?: Date): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO attempts (id, site, article, locale, outcome, topic, answers, text, environment, report_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11, now()))`,
    [id, attempt.site, attempt.article ?? null, attempt.locale, attempt.outcome, attempt.topic ?? null,
      JSON.stringify(attempt.answers), attempt.text, JSON.stringify(attempt.environment), attempt.report ?? null, at ?? null],
  );
  return id;
}

/**
 * Stores which articles were suggested for a report: one `shown` attempt per article, no text.
 *
 * @returns how many rows were stored.
 */
export async function recordImpressions(db: Queryable, impression: NewImpression, at?: Date): Promise<number> {
  const articles = [...new Set(impression.articles)];
  // One statement for all articles: this endpoint is called on every page with suggestions.
  await db.query(
    `INSERT INTO attempts (id, site, article, locale, outcome, topic, environment, report_id, created_at)
     SELECT shown.id, $3, shown.article, $4, 'shown', $5, $6, $7, COALESCE($8, now())
       FROM unnest($1::uuid[], $2::text[]) AS shown (id, article)`,
    [articles.map(() => randomUUID()), articles, impression.site, impression.locale, impression.topic ?? null, JSON.stringify(impression.environment), impression.report ?? null, at ?? null],
  );
  return articles.length;
}
