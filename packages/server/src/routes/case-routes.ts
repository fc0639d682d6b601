import { Hono } from 'hono';
import { ERROR_CODES, MessageInputSchema, normalizeReference } from '@loket/sdk';
import type { Context } from 'hono';
import { ApiError } from '../http/api-error';
import { readInput } from '../http/read-input';
import { readBearerToken, readIdempotencyKey } from '../http/request-headers';
import type { Site } from '../sites/site-schema';
import { findCaseForToken } from '../store/case-access';
import { readTimeline } from '../store/case-events';
import type { CaseRow } from '../store/case-row';
import { addCustomerMessage } from '../store/case-updates';
import { toCase } from '../store/case-views';
import type { Database } from '../store/database';

const caseNotFound = () =>
  new ApiError(404, ERROR_CODES.caseNotFound, 'No case with this reference and token. Check the reference and use the link you received when the case was filed.');

/** Routes under `/v1/cases/:reference`, for the customer who holds a token of the case. */
export function caseRoutes(db: Database, sites: ReadonlyMap<string, Site>, now: () => Date) {
  async function authorizedCase(c: Context): Promise<CaseRow> {
    const reference = normalizeReference(c.req.param('reference') ?? '');
    const token = readBearerToken(c);
    if (!reference || !token) throw caseNotFound();
    const row = await findCaseForToken(db, sites, reference, token);
    if (!row) throw caseNotFound();
    return row;
  }

  async function caseBody(row: CaseRow) {
    return toCase(row, await readTimeline(db, row.id));
  }

  return new Hono()
    .get('/:reference', async (c) => {
      const row = await authorizedCase(c);
      c.header('Cache-Control', 'no-store');
      return c.json(await caseBody(row));
    })
    .post('/:reference/messages', async (c) => {
      const row = await authorizedCase(c);
      const idempotencyKey = readIdempotencyKey(c);
      const input = await readInput(c, MessageInputSchema);
      const result = await addCustomerMessage(db, sites.get(row.site), row.id, input.text, { idempotencyKey, now: now() });
      if (result.kind === 'not_found') throw caseNotFound();
      if (result.kind === 'closed') {
        throw new ApiError(409, ERROR_CODES.caseClosed, `Case ${row.reference} is closed and takes no more messages. File a new report; mention ${row.reference} in it if it is about the same problem.`);
      }
      if (result.kind === 'key_reused') {
        throw new ApiError(422, ERROR_CODES.idempotencyKeyReused, 'This Idempotency-Key was already used for a different message. Use a new key for a new message.');
      }
      if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
      c.header('Cache-Control', 'no-store');
      return c.json(await caseBody(result.row), 201);
    });
}
