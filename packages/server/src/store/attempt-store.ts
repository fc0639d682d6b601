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
};

/** Stores one self-help attempt and returns its id. */
export async function recordAttempt(db: Queryable, attempt: NewAttempt): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO attempts (id, site, article, locale, outcome, topic, answers, text, environment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, attempt.site, attempt.article ?? null, attempt.locale, attempt.outcome, attempt.topic ?? null,
      JSON.stringify(attempt.answers), attempt.text, JSON.stringify(attempt.environment)],
  );
  return id;
}
