import { createCaseClient, createOutbox } from '@loket/sdk';
import type { Outbox } from '@loket/sdk';

// One attempt per send, and not for long: the outbox retries anyway, and a customer who presses
// "send" while offline should hear at once that it will follow.
const SEND_TIMEOUT_MS = 8000;

/**
 * Opens the site's outbox in this browser's storage. A module of its own, loaded with import()
 * when something is first sent or found waiting, so opening the window does not download it.
 */
export function openOutbox(site: string, api: string, onPendingChange: (count: number) => void): Outbox {
  const client = createCaseClient({ baseUrl: api, site, retries: 0, timeout: SEND_TIMEOUT_MS });
  return createOutbox(client, { onPendingChange });
}
