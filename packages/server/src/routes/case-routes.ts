import { Hono } from 'hono';
import { ERROR_CODES, normalizeReference } from '@loket/sdk';
import { ApiError } from '../http/api-error';
import { findCase } from '../store/case-store';
import type { Database } from '../store/database';

const caseNotFound = () =>
  new ApiError(404, ERROR_CODES.caseNotFound, 'No case with this reference and token. Check the reference and use the link you received when the case was filed.');

/** Routes under `/v1/cases/:reference`, for the customer who holds the case token. */
export function caseRoutes(db: Database) {
  return new Hono().get('/:reference', async (c) => {
    const reference = normalizeReference(c.req.param('reference'));
    const token = /^Bearer (\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!reference || !token) throw caseNotFound();
    const found = await findCase(db, reference, token);
    if (!found) throw caseNotFound();
    c.header('Cache-Control', 'no-store');
    return c.json(found);
  });
}
