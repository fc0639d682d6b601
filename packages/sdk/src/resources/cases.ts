import type { KyInstance } from 'ky';
import { checkedReference } from '../internal/checked-reference';
import { newIdempotencyKey } from '../internal/new-idempotency-key';
import { send } from '../internal/send';
import { CaseCreatedSchema, CaseInputSchema, CaseSchema } from '../schemas/case';
import type { Case, CaseCreated, CaseInput } from '../schemas/case';
import { MessageInputSchema } from '../schemas/timeline';
import type { MessageInput } from '../schemas/timeline';
import { parseOrThrow } from '../schemas/validate';

/** Options for {@link CasesResource.create}. */
export type CreateCaseOptions = {
  /**
   * Makes retries safe: the server files at most one case per key and answers a repeated
   * request with the same case. Keep the key with the draft and reuse it when you retry.
   *
   * @default a new random UUID, which protects only against the SDK's own retries
   */
  idempotencyKey?: string;
};

/** Files cases and reads them back. */
export type CasesResource = {
  /**
   * Files a case. Validates the input first, so an invalid case never leaves the device.
   *
   * @returns the reference and the token; keep the token, it is needed to read the case.
   * @throws {ValidationError} listing the refused fields.
   * @throws {HttpError} e.g. `site_not_found`; {NetworkError} or {TimeoutError} when the server
   * could not be reached (retry with the same `idempotencyKey`).
   * @example
   * const { reference, token } = await client.cases.create(
   *   { topic: 'internet', description: 'No internet since this morning' },
   *   { idempotencyKey: draft.id },
   * );
   */
  create(input: CaseInput, options?: CreateCaseOptions): Promise<CaseCreated>;
  /**
   * Reads a case with its token.
   *
   * @throws {HttpError} with code `case_not_found` (status 404) for a wrong reference or token.
   * @example
   * const found = await client.cases.get('LK-4F7Q-92KD', token);
   */
  get(reference: string, token: string): Promise<Case>;
  /**
   * Adds a message to an open case, or answers the support team's question. A case that was
   * `waiting_for_customer` goes back to `in_progress`.
   *
   * @returns the case with the message on its timeline.
   * @throws {ValidationError} for an empty or too long message; {HttpError} `case_not_found` (404)
   * or `case_closed` (409, file a new case instead).
   * @example
   * const updated = await client.cases.addMessage('LK-4F7Q-92KD', token, { text: 'The light is red now.' });
   */
  addMessage(reference: string, token: string, input: MessageInput, options?: CreateCaseOptions): Promise<Case>;
};

export function createCasesResource(api: KyInstance, site: string): CasesResource {
  return {
    async create(input, options = {}) {
      const json = parseOrThrow(CaseInputSchema, input);
      const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
      return send(CaseCreatedSchema, () =>
        api.post(`sites/${encodeURIComponent(site)}/cases`, {
          json,
          headers: { 'Idempotency-Key': idempotencyKey },
        }),
      );
    },
    async get(reference, token) {
      const normalized = checkedReference(reference);
      return send(CaseSchema, () =>
        api.get(`cases/${normalized}`, { headers: { Authorization: `Bearer ${token}` } }),
      );
    },
    async addMessage(reference, token, input, options = {}) {
      const normalized = checkedReference(reference);
      const json = parseOrThrow(MessageInputSchema, input);
      const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
      return send(CaseSchema, () =>
        api.post(`cases/${normalized}/messages`, {
          json,
          headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': idempotencyKey },
        }),
      );
    },
  };
}
