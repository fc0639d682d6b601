import { isCaseLinkToken } from '../cases/case-link-token';
import { hashToken, tokenMatches } from '../cases/case-token';
import type { Site } from '../sites/site-schema';
import { CASE_COLUMNS } from './case-row';
import type { CaseRow } from './case-row';
import type { Queryable } from './database';
import { signingKeys } from '../sites/secret-key';

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
  // The case and its tokens' hashes in one round trip.
  const { rows } = await db.query<CaseRow & { token_hashes: string[] }>(
    `SELECT ${CASE_COLUMNS}, ARRAY(SELECT token_hash FROM case_tokens WHERE case_id = cases.id) AS token_hashes FROM cases WHERE reference = $1`,
    [reference],
  );
  const found = rows[0];
  // Compare with every stored hash (constant time each), also when the case is missing.
  const matches = (found?.token_hashes ?? [hashToken('')]).map((stored) => tokenMatches(token, stored)).includes(true);
  if (!found) return undefined;
  const { token_hashes: _tokenHashes, ...row } = found;
  if (matches) return row;
  const keys = signingKeys(sites.get(row.site)?.secretKeys ?? []);
  return isCaseLinkToken(token, keys, row.site, row.reference) ? row : undefined;
}
