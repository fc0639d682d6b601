import { delay, http, HttpResponse } from 'msw';
import type { Case, CaseCreated, CaseInput, MessageInput } from '../index';

/**
 * What the stand-in does with the next request instead of answering it: fail as if offline,
 * never answer (so the client times out), act on it and then lose the answer, or answer an error.
 */
export type Fault =
  | 'network'
  | 'timeout'
  | 'lost-response'
  | { status: number; code: string; fields?: { path: string; code: string; message: string }[]; /** Seconds, sent as `Retry-After`. */ retryAfter?: number };

/** A request as the stand-in received it. */
export type ReceivedRequest = { path: string; idempotencyKey: string | null; body: unknown };

type StoredCase = { created: CaseCreated; input: CaseInput; messages: string[] };

const REFERENCES = ['LK-4F7Q-92KD', 'LK-7XWM-3H9P', 'LK-C2RT-88NB', 'LK-QQ4K-2ZMT'];

/**
 * A case service in the page (msw handlers), modelling what the outbox relies on: the server
 * acts once per idempotency key and answers a repeated key with the first answer, and refuses the
 * same key with another body (422 `idempotency_key_reused`), like the real one.
 */
export function createCaseServiceStandIn(site = 'demo') {
  const cases: StoredCase[] = [];
  const byKey = new Map<string, { body: string; answer: Promise<() => Response> }>();
  const requests: ReceivedRequest[] = [];
  const faults: Fault[] = [];

  function findCase(reference: string, authorization: string | null): StoredCase | undefined {
    return cases.find((stored) => stored.created.reference === reference && authorization === `Bearer ${stored.created.token}`);
  }

  function caseView(stored: StoredCase): Case {
    const { created, input } = stored;
    return {
      reference: created.reference, site, topic: input.topic, answers: {}, description: input.description, environment: {}, articlesTried: [],
      locale: 'nl', status: created.status, createdAt: created.createdAt, updatedAt: created.createdAt, respondBy: null, emailUpdates: false,
      timeline: [
        { id: 'e0', at: created.createdAt, type: 'created', topic: input.topic },
        ...stored.messages.map((text, index) => ({ id: `m${index}`, at: created.createdAt, type: 'message' as const, author: 'customer' as const, text, question: false })),
      ],
    };
  }

  /** Acts on a request once per idempotency key; a lost answer still leaves the action done. */
  async function once(request: Request, path: string, act: (body: unknown) => Response): Promise<Response> {
    const key = request.headers.get('Idempotency-Key');
    const text = await request.text();
    requests.push({ path, idempotencyKey: key, body: JSON.parse(text) });
    const fault = faults.shift();
    if (fault === 'network') return HttpResponse.error();
    if (fault === 'timeout') {
      await delay('infinite');
    }
    if (typeof fault === 'object') {
      const headers = fault.retryAfter === undefined ? undefined : { 'Retry-After': String(fault.retryAfter) };
      return HttpResponse.json({ error: { code: fault.code, message: `Stand-in answers ${fault.status}.`, fields: fault.fields } }, { status: fault.status, headers });
    }
    const earlier = key ? byKey.get(key) : undefined;
    if (earlier && earlier.body !== text) {
      return HttpResponse.json({ error: { code: 'idempotency_key_reused', message: 'Same key, other body.' } }, { status: 422 });
    }
    let answer = earlier?.answer;
    if (!answer) {
      const response = act(JSON.parse(text));
      const status = response.status;
      answer = response.text().then((body) => () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));
      // Kept before the body is read, so that a request with the same key arriving meanwhile (two
      // tabs at once) gets this answer instead of filing again, as the server's transaction ensures.
      if (key && status < 300) byKey.set(key, { body: text, answer });
    }
    const respond = await answer;
    return fault === 'lost-response' ? HttpResponse.error() : respond();
  }

  const handlers = [
    http.post(`*/v1/sites/${site}/cases`, ({ request }) =>
      once(request, 'cases', (body) => {
        const created: CaseCreated = {
          reference: REFERENCES[cases.length % REFERENCES.length]!, token: `token-${cases.length + 1}`, status: 'new',
          createdAt: '2026-11-23T10:00:00.000Z', respondBy: null, linked: false,
        };
        cases.push({ created, input: body as CaseInput, messages: [] });
        return HttpResponse.json(created, { status: 201 });
      }),
    ),
    http.post('*/v1/cases/:reference/messages', ({ request, params }) =>
      once(request, `cases/${String(params.reference)}/messages`, (body) => {
        const stored = findCase(String(params.reference), request.headers.get('Authorization'));
        if (!stored) return HttpResponse.json({ error: { code: 'case_not_found', message: 'No such case.' } }, { status: 404 });
        stored.messages.push((body as MessageInput).text);
        return HttpResponse.json(caseView(stored), { status: 201 });
      }),
    ),
  ];

  return {
    /** msw handlers to `worker.use(...)`. */
    handlers,
    /** Cases the service holds, in the order they were filed. */
    cases,
    /** Every request that reached the service, failed or not. */
    requests,
    /** Makes the next requests fail, one fault per request, in order. */
    fail(...next: Fault[]) {
      faults.push(...next);
    },
    /** Files a case directly, as if the customer had filed it earlier; returns its reference and token. */
    seedCase(input: CaseInput): CaseCreated {
      const created: CaseCreated = {
        reference: REFERENCES[cases.length % REFERENCES.length]!, token: `token-${cases.length + 1}`, status: 'in_progress',
        createdAt: '2026-11-23T10:00:00.000Z', respondBy: null, linked: false,
      };
      cases.push({ created, input, messages: [] });
      return created;
    },
  };
}

/** The stand-in's type. */
export type CaseServiceStandIn = ReturnType<typeof createCaseServiceStandIn>;
