import { isCaseLinkToken } from '../cases/case-link-token';
import { hashToken, tokenMatches } from '../cases/case-token';
import type { Site } from '../sites/site-schema';
import { readCaseRow } from './case-row';
import type { CaseRow } from './case-row';
import type { Queryable } from './database';

/**
 * Reads a case for the holder of one of its tokens: the token given when it was filed, one given
 * when a later report was added to it, or the link token of an e-mail (signed with one of the
 * site's secret keys). A wrong token and a missing case both give `undefined`, so nobody can probe
 * which references exist.
 *
 * @example
 * const row = await findCaseForToken(db, sites, 'LK-4F7Q-92KD', token);
 */
export async function findCaseForToken(db: Queryable, sites: ReadonlyMap<string, Site>, reference: string, token: string): Promise<CaseRow | undefined> {
  const row = await readCaseRow(db, reference);
  const { rows } = row
    ? await db.query<{ token_hash: string }>('SELECT token_hash FROM case_tokens WHERE case_id = $1', [row.id])
    : { rows: [{ token_hash: hashToken('') }] };
  // Compare with every stored hash (constant time each), also when the case is missing.
  const matches = rows.map((stored) => tokenMatches(token, stored.token_hash)).includes(true);
  if (!row) return undefined;
  if (matches) return row;
  const keys = sites.get(row.site)?.secretKeys ?? [];
  return isCaseLinkToken(token, keys, row.site, row.reference) ? row : undefined;
}
