import type { Case, CaseCreated, CaseInput, MessageInput } from '@loket/sdk';

/** Why a report or message was kept: no connection at all, or the service failed for now. */
export type QueueReason = 'offline' | 'unavailable';

/** What sending came to: sent now, or kept on this device to be sent when the connection is back. */
export type Delivered<T> = { status: 'sent'; result: T } | { status: 'queued'; reason: QueueReason };

/** How the widget sends what the customer wrote: filing a case, adding a message. */
export type Delivery = {
  /** Files a case with the report's idempotency key. Throws what the server refused. */
  fileCase(input: CaseInput, key: string): Promise<Delivered<CaseCreated>>;
  /** Adds a message to a case with its idempotency key. Throws what the server refused. */
  addMessage(reference: string, token: string, input: MessageInput, key: string): Promise<Delivered<Case>>;
};
