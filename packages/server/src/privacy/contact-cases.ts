import type { Queryable } from '../store/database';

/**
 * The cases of a site that are about an e-mail address: those with it as contact address, and
 * those whose e-mails went to it. With `lock`, the cases stay locked until the transaction ends,
 * so nothing is added to them while they are erased.
 *
 * @returns the cases' ids, newest first.
 */
export async function findContactCases(db: Queryable, site: string, email: string, options: { lock?: boolean } = {}): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM cases
      WHERE site = $1
        AND (lower(email) = lower($2)
             OR id IN (SELECT e.case_id FROM deliveries d JOIN case_events e ON e.id = d.event_id
                        WHERE d.site = $1 AND d.channel = 'email' AND lower(d.target) = lower($2)))
      ORDER BY created_at DESC, id
      ${options.lock ? 'FOR UPDATE' : ''}`,
    [site, email],
  );
  return rows.map((row) => row.id);
}

// Characters of an address (as the SDK's e-mail check takes them) that must not touch a mention:
// "jan.piet@example.nl" does not mention "piet@example.nl".
const ADDRESS_CHARACTERS = 'A-Za-z0-9._%+-';

/**
 * A PostgreSQL regular expression (for `~*` and `regexp_replace(…, 'gi')`) that finds the address
 * in a text or in the text of a JSON value, not as part of a longer address. In JSON text an
 * escape (`\n`, `\u0001`) may stand right before it.
 */
export function mentionPattern(email: string): string {
  const literal = email.replace(/[.+*?()[\]{}|\\^$]/g, '\\$&');
  return `(?:(?<![${ADDRESS_CHARACTERS}])|(?<=\\\\[nrtbf])|(?<=\\\\u[0-9A-Fa-f]{4}))${literal}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`;
}

/**
 * Where an address can be mentioned in what the site stores besides the contact's own cases: a
 * table, a text or JSON column, and which rows belong to the site (`$1` is the site's key).
 */
export const MENTION_COLUMNS = [
  { table: 'cases', column: 'description', type: 'text', ofSite: 'site = $1' },
  { table: 'cases', column: 'answers', type: 'jsonb', ofSite: 'site = $1' },
  { table: 'cases', column: 'environment', type: 'jsonb', ofSite: 'site = $1' },
  { table: 'case_events', column: 'data', type: 'jsonb', ofSite: 'case_id IN (SELECT id FROM cases WHERE site = $1)' },
  { table: 'deliveries', column: 'payload', type: 'jsonb', ofSite: 'site = $1' },
  { table: 'attempts', column: 'text', type: 'text', ofSite: 'site = $1' },
  { table: 'attempts', column: 'answers', type: 'jsonb', ofSite: 'site = $1' },
  { table: 'attempts', column: 'environment', type: 'jsonb', ofSite: 'site = $1' },
] as const;

/** References of the site's cases whose own texts or timeline mention the address, newest first. */
export async function findMentioningCases(db: Queryable, site: string, email: string): Promise<string[]> {
  const { rows } = await db.query<{ reference: string }>(
    `SELECT reference FROM cases c
      WHERE site = $1
        AND (description ~* $2 OR answers::text ~* $2 OR environment::text ~* $2
             OR EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.data::text ~* $2))
      ORDER BY created_at DESC, id`,
    [site, mentionPattern(email)],
  );
  return rows.map((row) => row.reference);
}

/**
 * Replaces the address with `[erased]` wherever the site still mentions it (see
 * {@link MENTION_COLUMNS}): in other people's reports and messages, and in what was sent about them.
 *
 * @returns how many rows changed.
 */
export async function redactMentions(tx: Queryable, site: string, email: string): Promise<number> {
  let changed = 0;
  for (const { table, column, type, ofSite } of MENTION_COLUMNS) {
    const { rows } = await tx.query<{ count: number }>(
      `WITH changed AS (
         UPDATE ${table} SET ${column} = regexp_replace(${column}::text, $2, '[erased]', 'gi')::${type}
          WHERE ${ofSite} AND ${column}::text ~* $2
          RETURNING 1)
       SELECT count(*)::int AS count FROM changed`,
      [site, mentionPattern(email)],
    );
    changed += rows[0]?.count ?? 0;
  }
  return changed;
}
