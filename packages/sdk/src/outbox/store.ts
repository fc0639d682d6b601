import type { OutboxItem } from './types';

/** Where an outbox keeps its items: IndexedDB, or memory when that is unavailable. */
export type OutboxStore = {
  /** Whether the items survive a reload. */
  readonly persistent: boolean;
  /** The items of one site, oldest first. */
  list(site: string): Promise<OutboxItem[]>;
  /** One item, by idempotency key. */
  get(key: string): Promise<OutboxItem | undefined>;
  /** Stores an item, replacing one with the same key. */
  put(item: OutboxItem): Promise<void>;
  /**
   * Changes an item only if it is still there, in one step: another tab may have sent and removed
   * it meanwhile, and a sent item must not come back.
   *
   * @returns the changed item, or `undefined` when it was gone.
   */
  update(key: string, change: (item: OutboxItem) => OutboxItem): Promise<OutboxItem | undefined>;
  /**
   * Removes an item in one step.
   *
   * @returns whether it was there, so that of two tabs sending the same item only one reports it.
   */
  remove(key: string): Promise<boolean>;
  /** Lets go of the database. */
  close(): void;
};

/** Sorts items oldest first. */
export function byQueuedAt(a: OutboxItem, b: OutboxItem): number {
  return a.queuedAt - b.queuedAt || a.key.localeCompare(b.key);
}
