import type { Case, CaseCreated, CaseInput } from '../schemas/case';
import type { MessageInput } from '../schemas/timeline';

/** Something waiting in the outbox to be sent: a case to file or a message to add to a case. */
export type OutboxItem =
  | { kind: 'case'; key: string; site: string; input: CaseInput; queuedAt: number; attempts: number; nextAttemptAt: number; lastError?: string }
  | {
      kind: 'message';
      key: string;
      site: string;
      reference: string;
      token: string;
      input: MessageInput;
      queuedAt: number;
      attempts: number;
      nextAttemptAt: number;
      lastError?: string;
    };

/** What sending through the outbox came to: sent now, or kept to be sent when the connection returns. */
export type OutboxResult<T> = { status: 'sent'; result: T } | { status: 'queued'; item: OutboxItem };

/** What the outbox tells its listeners. */
export type OutboxEvent =
  | { type: 'queued'; item: OutboxItem }
  | { type: 'sent'; item: OutboxItem & { kind: 'case' }; result: CaseCreated }
  | { type: 'sent'; item: OutboxItem & { kind: 'message' }; result: Case }
  /** The server refused the item for good (e.g. a validation error); it is removed from the outbox. */
  | { type: 'refused'; item: OutboxItem; error: Error };

/**
 * Keeps cases and messages that could not be sent (offline, server error, timeout) in the browser
 * (IndexedDB) and sends them again, with the same idempotency key, when the connection returns or
 * the page is opened again, with backoff. However many retries and reloads, one case results.
 */
export type Outbox = {
  /** Files a case now, or keeps it for later when the server cannot be reached. Other errors (validation, unknown site) are thrown. */
  fileCase(input: CaseInput, idempotencyKey: string): Promise<OutboxResult<CaseCreated>>;
  /** Adds a message to a case now, or keeps it for later. */
  addMessage(reference: string, token: string, input: MessageInput, idempotencyKey: string): Promise<OutboxResult<Case>>;
  /** What is waiting, oldest first. */
  pending(): Promise<OutboxItem[]>;
  /** Tries to send everything that is due now (or everything, with `{ force: true }`). */
  flush(options?: { force?: boolean }): Promise<void>;
  /** Listens to what happens in the outbox; returns a function that stops listening. */
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  /** Stops the timers and listeners; what is waiting stays stored. */
  close(): void;
};
