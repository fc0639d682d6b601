import type { Case, CaseCreated, CaseInput } from '../schemas/case';
import type { MessageInput } from '../schemas/timeline';

/** What every waiting item carries, whatever it is. */
type OutboxItemState = {
  /** The idempotency key; the item is sent with it every time, so the server acts on it once. */
  key: string;
  /** The site the item belongs to; an outbox sends only its own client's site. */
  site: string;
  /** When the item was first kept, in milliseconds since the epoch. */
  queuedAt: number;
  /** How many times sending it failed so far. */
  attempts: number;
  /** When the next attempt is due, in milliseconds since the epoch. */
  nextAttemptAt: number;
  /** Stable code of the last failure, e.g. `network_error`, `timeout` or the server's code on a 5xx. */
  lastError?: string;
};

/** Something waiting in the outbox to be sent: a case to file or a message to add to a case. */
export type OutboxItem =
  | (OutboxItemState & { kind: 'case'; input: CaseInput })
  | (OutboxItemState & { kind: 'message'; reference: string; token: string; input: MessageInput });

/** What sending through the outbox came to: sent now, or kept to be sent when the connection returns. */
export type OutboxResult<T> = { status: 'sent'; result: T } | { status: 'queued'; item: OutboxItem };

/** What the outbox tells its listeners. */
export type OutboxEvent =
  /** The item could not be sent and is kept (also after each failed retry, with `attempts` raised). */
  | { type: 'queued'; item: OutboxItem }
  /** A kept case was filed; the item is removed from the outbox. */
  | { type: 'sent'; item: OutboxItem & { kind: 'case' }; result: CaseCreated }
  /** A kept message was added to its case; the item is removed from the outbox. */
  | { type: 'sent'; item: OutboxItem & { kind: 'message' }; result: Case }
  /** The server refused the item for good (e.g. a validation error); it is removed from the outbox. */
  | { type: 'refused'; item: OutboxItem; error: Error };

/**
 * Keeps cases and messages that could not be sent (offline, server error, timeout) in the browser
 * (IndexedDB) and sends them again, with the same idempotency key, when the connection returns or
 * the page is opened again, with backoff. However many retries and reloads, one case results.
 */
export type Outbox = {
  /**
   * Whether kept items survive a reload: `false` when IndexedDB is unavailable (some private
   * modes) and the outbox keeps them in memory instead. Certain once {@link Outbox.ready} resolved.
   */
  readonly persistent: boolean;
  /** Resolves once the storage is open and the items of an earlier visit are being sent again. Never rejects. */
  readonly ready: Promise<void>;
  /** Files a case now, or keeps it for later when the server cannot be reached. Other errors (validation, unknown site) are thrown. */
  fileCase(input: CaseInput, idempotencyKey: string): Promise<OutboxResult<CaseCreated>>;
  /** Adds a message to a case now, or keeps it for later. Other errors (`case_closed`, validation) are thrown. */
  addMessage(reference: string, token: string, input: MessageInput, idempotencyKey: string): Promise<OutboxResult<Case>>;
  /** What is waiting for this outbox's site, oldest first. */
  pending(): Promise<OutboxItem[]>;
  /** Tries to send everything that is due now (or everything, with `{ force: true }`). One flush runs at a time. */
  flush(options?: { force?: boolean }): Promise<void>;
  /** Listens to what happens in the outbox; returns a function that stops listening. */
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  /** Stops the timers and listeners; what is waiting stays stored. */
  close(): void;
};

/**
 * The browser's `IDBFactory` where the program's types know the DOM, else nothing: named through
 * `globalThis`, so the SDK's declarations also compile in a Node program without the DOM library.
 */
type IndexedDbFactory = typeof globalThis extends { indexedDB: infer Factory } ? Factory : never;

/** Options for {@link createOutbox}. */
export type OutboxOptions = {
  /**
   * The IndexedDB to keep items in; `null` keeps them in memory only (they are lost on reload).
   *
   * @default globalThis.indexedDB
   * @example { indexedDB: null }
   */
  indexedDB?: IndexedDbFactory | null;
  /**
   * Name of the IndexedDB database. Outboxes of several sites may share one: items carry their site.
   *
   * @default 'loket-outbox'
   */
  databaseName?: string;
  /**
   * The clock, in milliseconds since the epoch; tests pass their own.
   *
   * @default Date.now
   */
  now?: () => number;
  /**
   * A random number in [0, 1) for the backoff's jitter; tests pass their own.
   *
   * @default Math.random
   */
  random?: () => number;
  /**
   * Milliseconds before the first retry; each failure doubles it, up to `maxDelay`. Every delay is
   * shortened by up to a quarter at random, so many browsers do not retry in step.
   *
   * @default 2000
   */
  baseDelay?: number;
  /**
   * Longest wait between two retries, in milliseconds.
   *
   * @default 300000 (5 minutes)
   */
  maxDelay?: number;
  /**
   * Whether to retry on the `online` event, when the page becomes visible and on the backoff
   * timer. Tests that drive `flush()` themselves turn it off.
   *
   * @default true
   */
  automatic?: boolean;
  /**
   * Called with the number of waiting items of this site whenever it may have changed, e.g. to
   * keep a cheap "something is waiting" marker in `localStorage`.
   *
   * @example { onPendingChange: (count) => localStorage.setItem('loket-pending', String(count)) }
   */
  onPendingChange?: (count: number) => void;
};
