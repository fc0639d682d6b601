import type { WebhookPayload } from './delivery-payload';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';

/** How long a receiver may take to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** One webhook request to make. */
export type WebhookRequest = {
  url: string;
  secret: string;
  /** Sent as `Loket-Delivery`: the same on every retry of this delivery. */
  deliveryId: string;
  payload: WebhookPayload;
  /** @default WEBHOOK_TIMEOUT_MS */
  timeoutMs?: number;
};

/**
 * POSTs a signed case event to a webhook receiver.
 *
 * @throws {Error} when the receiver does not answer 2xx within the timeout or cannot be reached;
 *   the message says which, for the delivery's `last_error`.
 */
export async function sendWebhook(request: WebhookRequest): Promise<void> {
  const body = JSON.stringify(request.payload);
  const timeoutMs = request.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Loket-Event': request.payload.type,
        'Loket-Delivery': request.deliveryId,
        [SIGNATURE_HEADER]: signWebhook({ secret: request.secret, body }),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError'
      ? `did not answer within ${timeoutMs / 1000} s`
      : `could not be reached (${describeFetchError(error)})`;
    throw new Error(`Webhook ${request.url} ${reason}. Check that the receiver is running and reachable from the Loket server.`, { cause: error });
  }
  const answer = await response.text().catch(() => '');
  if (response.status < 200 || response.status > 299) {
    throw new Error(
      `Webhook ${request.url} answered ${response.status}${answer ? `: ${answer.slice(0, 200)}` : ''}. The receiver must answer 2xx once it has the event; until then Loket retries.`,
    );
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
