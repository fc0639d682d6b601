import { createCaseClient, createOutbox, ERROR_CODES } from '@loket/sdk';
import type { Case, CaseCreated, Outbox, OutboxItem, OutboxResult } from '@loket/sdk';
import { pendingMarkerKey } from '../../internal/pending-marker';
import { removeStored, writeStored } from '../../internal/storage';
import type { Delivered, Delivery, QueueReason } from './delivery';
import { keptItemsListener } from './kept-items';
import type { KeptItemsSource } from './kept-items';
import { followOutbox } from './outbox-events';

// One attempt per send, and not for long: the outbox retries anyway, and a customer who presses
// "send" while offline should hear at once that it will follow.
const SEND_TIMEOUT_MS = 8000;

/** An open outbox, and sending through it as the widget tells the customer. */
export type OpenedOutbox = { outbox: Outbox; delivery: Delivery };

/**
 * Opens the site's outbox in this browser's storage: it keeps My cases and the window in step with
 * what it sends or gives up on later (`kept`), and a marker in `localStorage` while anything waits,
 * so the loader knows to load the widget and send it. A module of its own, loaded with import()
 * when something is first sent or found waiting, so opening the window does not download it.
 */
export function openOutbox(site: string, api: string, kept: KeptItemsSource): OpenedOutbox {
  const client = createCaseClient({ baseUrl: api, site, retries: 0, timeout: SEND_TIMEOUT_MS });
  const outbox = createOutbox(client, { onPendingChange: (count) => markPending(site, count) });
  const listener = keptItemsListener(kept);
  outbox.subscribe((event) => followOutbox(site, event, listener));
  return {
    outbox,
    delivery: {
      fileCase: async (input, key) => deliveredOf(await outbox.fileCase(input, key)),
      addMessage: async (reference, token, input, key) => deliveredOf(await outbox.addMessage(reference, token, input, key)),
    },
  };
}

function reasonOf(item: OutboxItem): QueueReason {
  return item.lastError === ERROR_CODES.network || item.lastError === ERROR_CODES.timeout ? 'offline' : 'unavailable';
}

/** What sending through the outbox came to, as the widget tells the customer. */
function deliveredOf<T extends CaseCreated | Case>(result: OutboxResult<T>): Delivered<T> {
  return result.status === 'sent' ? result : { status: 'queued', reason: reasonOf(result.item) };
}

function markPending(site: string, count: number): void {
  // Without the marker (storage refused), what waits is still sent the next time the window opens.
  if (count > 0) writeStored(pendingMarkerKey(site), String(count));
  else removeStored(pendingMarkerKey(site));
}
