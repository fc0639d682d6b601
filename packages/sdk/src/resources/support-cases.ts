import type { KyInstance } from 'ky';
import { checkedReference } from '../internal/checked-reference';
import { newIdempotencyKey } from '../internal/new-idempotency-key';
import { send } from '../internal/send';
import { SupportCaseListSchema, SupportCaseSchema } from '../schemas/case';
import type { SupportCase, SupportCaseList } from '../schemas/case';
import { StatusInputSchema, SupportMessageInputSchema } from '../schemas/timeline';
import type { CasePriority, CaseStatus, SupportLevel, SupportMessageInput } from '../schemas/timeline';
import { parseOrThrow } from '../schemas/validate';
import type { DeviceType } from '../schemas/environment';

/** Which cases {@link SupportCasesResource.list} returns; every filter narrows the list. */
export type SupportCaseFilter = {
  /**
   * One status, or several (any of them).
   *
   * @example ['new', 'in_progress']
   */
  status?: CaseStatus | readonly CaseStatus[];
  /** Only cases of this priority. */
  priority?: CasePriority;
  /** Only cases at this support level. */
  level?: SupportLevel;
  /** Only cases on this topic id, e.g. `internet`. */
  topic?: string;
  /** Only escalated cases (`true`) or only cases never escalated (`false`). */
  escalated?: boolean;
  /** Only cases from this operating system, by name as captured, e.g. `Windows`. */
  os?: string;
  /** With `os`: only this version, or versions under it (`10` matches `10.15.7`). */
  osVersion?: string;
  /** Only cases from this browser, by name as captured, e.g. `Safari`. */
  browser?: string;
  /** Only cases from this kind of device. */
  device?: DeviceType;
  /** Words to look for in descriptions and messages (at most 200 characters). */
  q?: string;
  /**
   * Cases per page, 1 to 100.
   *
   * @default 25 (the server's)
   */
  limit?: number;
  /** `nextCursor` of the previous page, as it came; leave out for the first page. */
  cursor?: string;
};

/**
 * The form of an OS version filter the API takes: a letter or digit, then up to 49 letters, digits,
 * dots, hyphens or underscores. So `10` and `10.15`, not `10 Pro`.
 */
export const OS_VERSION_FILTER_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,49}$/u;

/** Options for {@link SupportCasesResource.reply}. */
export type SupportReplyOptions = {
  /**
   * Makes retries safe: the server adds at most one message per key to the case and answers a
   * repeated request with the case as it is now. Keep one key per reply and reuse it when you
   * send the same reply again; a key used for another message is refused with
   * `idempotency_key_reused` (422).
   *
   * @default a new random UUID, which protects only against the SDK's own retries
   * @example { idempotencyKey: draft.key }
   */
  idempotencyKey?: string;
};

/** Reads and handles the cases of one site, for the support team. */
export type SupportCasesResource = {
  /**
   * Lists cases, newest first, one page at a time.
   *
   * @returns a page of cases without timelines, and `nextCursor` for the next page (`null` on the last).
   * @throws {ValidationError} naming a filter the server refused; {HttpError} `unauthorized` (401) for a wrong secret key.
   * @example
   * const { cases, nextCursor } = await support.cases.list({ status: ['new', 'in_progress'], escalated: true });
   */
  list(filter?: SupportCaseFilter): Promise<SupportCaseList>;
  /**
   * Reads one case with its timeline and everything about how it is handled.
   *
   * @throws {HttpError} `case_not_found` (404).
   * @example
   * const found = await support.cases.get('LK-4F7Q-92KD');
   */
  get(reference: string): Promise<SupportCase>;
  /**
   * Changes the status of a case; the customer is told when the site sends e-mail updates.
   *
   * @returns the case after the change.
   * @throws {ValidationError} for an unknown status; {HttpError} `case_not_found` (404).
   * @example
   * await support.cases.setStatus('LK-4F7Q-92KD', 'in_progress');
   */
  setStatus(reference: string, status: CaseStatus): Promise<SupportCase>;
  /**
   * Posts a message from the support team: an answer, a question for the customer
   * (`question: true`, the case then waits for the customer) or a solution with `status: 'solved'`.
   * Sent with an idempotency key, so the client retries it like a read (network failures, 408, 429
   * and 5xx) and the server still posts it once.
   *
   * @returns the case with the message on its timeline; for a repeated key, the case as it is now.
   * @throws {ValidationError} for an empty or too long message; {HttpError} `case_not_found` (404)
   * or `idempotency_key_reused` (422); {NetworkError} or {TimeoutError} when the server could not
   * be reached (send it again with the same `idempotencyKey`).
   * @example
   * await support.cases.reply('LK-4F7Q-92KD', { text: 'Which light is red?', question: true }, { idempotencyKey: draft.key });
   */
  reply(reference: string, input: SupportMessageInput, options?: SupportReplyOptions): Promise<SupportCase>;
};

export function createSupportCasesResource(api: KyInstance, site: string): SupportCasesResource {
  const base = `admin/sites/${encodeURIComponent(site)}/cases`;
  return {
    list: (filter = {}) => send(SupportCaseListSchema, () => api.get(base, { searchParams: toSearchParams(filter) })),
    get: async (reference) => send(SupportCaseSchema, () => api.get(`${base}/${checkedReference(reference)}`)),
    setStatus: async (reference, status) => {
      const path = `${base}/${checkedReference(reference)}/status`;
      const json = parseOrThrow(StatusInputSchema, { status });
      return send(SupportCaseSchema, () => api.post(path, { json }));
    },
    reply: async (reference, input, options = {}) => {
      const path = `${base}/${checkedReference(reference)}/messages`;
      const json = parseOrThrow(SupportMessageInputSchema, input);
      const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
      // The client retries only reads; a reply carries its key, so it may be retried too (the
      // limit and status codes stay the client's).
      return send(SupportCaseSchema, () => api.post(path, { json, headers: { 'Idempotency-Key': idempotencyKey }, retry: { methods: ['post'] } }));
    },
  };
}

function toSearchParams(filter: SupportCaseFilter): URLSearchParams {
  const params = new URLSearchParams();
  const { status, ...rest } = filter;
  if (status !== undefined) {
    const statuses: readonly CaseStatus[] = typeof status === 'string' ? [status] : status;
    if (statuses.length > 0) params.set('status', statuses.join(','));
  }
  for (const [name, value] of Object.entries(rest)) {
    if (value !== undefined) params.set(name, String(value));
  }
  return params;
}
