export { createOutbox, OUTBOX_DATABASE_NAME } from './create-outbox';
export { backoffDelay } from './backoff';
export type { Backoff } from './backoff';
export { isRetryable } from './is-retryable';
export type { Outbox, OutboxEvent, OutboxItem, OutboxOptions, OutboxResult } from './types';
