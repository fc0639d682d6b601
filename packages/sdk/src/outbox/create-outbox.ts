import type { CaseClient } from '../client';
import { isLoketError } from '../errors/loket-error';
import { isHttpError } from '../errors/http-error';
import type { Case, CaseCreated } from '../schemas/case';
import { backoffDelay } from './backoff';
import type { Backoff } from './backoff';
import { isRetryable } from './is-retryable';
import { openStore } from './open-store';
import type { OutboxStore } from './store';
import type { Outbox, OutboxEvent, OutboxItem, OutboxOptions, OutboxResult } from './types';

/** Name of the IndexedDB database, unless {@link OutboxOptions.databaseName} says otherwise. */
export const OUTBOX_DATABASE_NAME = 'loket-outbox';

type Draft = OutboxItem extends infer Item ? (Item extends OutboxItem ? Omit<Item, 'queuedAt' | 'attempts' | 'nextAttemptAt' | 'lastError'> : never) : never;

/**
 * Creates an outbox that sends cases and messages through `client` and keeps what cannot be sent
 * (offline, timeout, 408, 429, 5xx) to send again with the same idempotency key: on the `online`
 * event, when the page becomes visible, when an outbox is created again (the page was reopened)
 * and on a backoff timer (2 s doubling to 5 min). Items of an earlier visit are sent right away.
 *
 * Every attempt is one `client` request, including the client's own retries and timeout, so give
 * the outbox a client with `retries: 0` (and a modest `timeout`): the outbox retries anyway, and
 * a customer who presses "send" while offline then hears at once that the report will follow,
 * instead of after three timeouts.
 *
 * @param client - the client to send with; the outbox sends only items of `client.site`.
 * @param options - storage, clock and backoff; see {@link OutboxOptions}.
 * @returns the outbox; it starts sending what an earlier visit left at once. Call `close()` when done.
 * @example
 * const client = createClient({ baseUrl: 'https://help.example.com', site: 'acme', retries: 0, timeout: 8000 });
 * const outbox = createOutbox(client);
 * const sent = await outbox.fileCase({ topic: 'internet', description: 'No signal' }, draft.id);
 * if (sent.status === 'queued') showNotice('Your report will be sent when the connection returns.');
 * outbox.subscribe((event) => { if (event.type === 'sent' && event.item.kind === 'case') showReference(event.result.reference); });
 */
export function createOutbox(client: CaseClient, options: OutboxOptions = {}): Outbox {
  const site = client.site;
  const now = options.now ?? Date.now;
  const automatic = options.automatic ?? true;
  const backoff: Backoff = { baseDelay: options.baseDelay ?? 2000, maxDelay: options.maxDelay ?? 300_000, random: options.random ?? Math.random };
  const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  const listeners = new Set<(event: OutboxEvent) => void>();
  const keyTasks = new Map<string, Promise<unknown>>();
  let store: OutboxStore | undefined;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flushing: Promise<void> | undefined;
  let nextFlush: { promise: Promise<void>; force: boolean } | undefined;

  const opened = openStore(factory, options.databaseName ?? OUTBOX_DATABASE_NAME).then((opened) => (store = opened));

  function emit(event: OutboxEvent): void {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A listener's bug must not stop the outbox; the browser still reports it in the console.
        globalThis.reportError?.(error);
      }
    }
  }

  /**
   * Lists the site's items once, then reports their count to `onPendingChange` (unless `report` is
   * false) and re-arms the backoff timer for the earliest due item (unless `rearm` is false).
   */
  async function refresh({ report = true, rearm = true }: { report?: boolean; rearm?: boolean } = {}): Promise<void> {
    const reporting = report && options.onPendingChange !== undefined;
    const arming = rearm && automatic && !closed;
    if (!reporting && !arming) return;
    const items = await (await opened).list(site);
    if (reporting) {
      try {
        options.onPendingChange?.(items.length);
      } catch (error) {
        globalThis.reportError?.(error);
      }
    }
    if (arming) arm(items);
  }

  function arm(items: OutboxItem[]): void {
    clearTimeout(timer);
    timer = undefined;
    if (closed || items.length === 0) return;
    const due = Math.min(...items.map((item) => item.nextAttemptAt));
    timer = setTimeout(() => void flush().catch(() => undefined), Math.max(0, due - now()));
  }

  /** Runs tasks for one idempotency key one after another, so no two of them race on the item. */
  function forKey<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (keyTasks.get(key) ?? Promise.resolve()).then(task);
    const settled = run.catch(() => undefined);
    keyTasks.set(key, settled);
    void settled.then(() => keyTasks.get(key) === settled && keyTasks.delete(key));
    return run;
  }

  function send(item: Draft): Promise<CaseCreated | Case> {
    return item.kind === 'case'
      ? client.cases.create(item.input, { idempotencyKey: item.key })
      : client.cases.addMessage(item.reference, item.token, item.input, { idempotencyKey: item.key });
  }

  function sent(item: OutboxItem, result: CaseCreated | Case): void {
    emit({ type: 'sent', item, result } as OutboxEvent);
  }

  function refused(item: OutboxItem, error: unknown): void {
    emit({ type: 'refused', item, error: error instanceof Error ? error : new Error(String(error)) });
  }

  function failed(item: OutboxItem, error: unknown): OutboxItem {
    const attempts = item.attempts + 1;
    // A rate limit's Retry-After is the end of its window, before which every try is refused: never
    // sooner. A 503's is a guess at the end of an outage, which the backoff may well beat.
    const rateLimited = isHttpError(error) && error.status === 429;
    const wait = Math.max(backoffDelay(attempts, backoff), (rateLimited && error.retryAfter) || 0);
    return { ...item, attempts, nextAttemptAt: now() + wait, lastError: codeOf(error) };
  }

  async function submit<T extends CaseCreated | Case>(draft: Draft): Promise<OutboxResult<T>> {
    if (closed) throw new Error('This outbox is closed. Create a new one with createOutbox(client).');
    return forKey(draft.key, async () => {
      const stored = await opened;
      const earlier = await stored.get(draft.key);
      let result: CaseCreated | Case;
      try {
        result = await send(draft);
      } catch (error) {
        if (!isRetryable(error)) {
          if (earlier && (await stored.remove(draft.key))) {
            refused(earlier, error);
            void refresh({ rearm: false });
          }
          throw error;
        }
        const item = failed({ ...draft, queuedAt: earlier?.queuedAt ?? now(), attempts: earlier?.attempts ?? 0, nextAttemptAt: 0 } as OutboxItem, error);
        await stored.put(item);
        emit({ type: 'queued', item });
        void refresh();
        return { status: 'queued', item };
      }
      if (earlier && (await stored.remove(draft.key))) {
        sent(earlier, result);
        void refresh({ rearm: false });
      }
      return { status: 'sent', result: result as T };
    });
  }

  /** Sends one kept item again; resolves with whether it left the outbox (sent or refused). */
  function retry(key: string): Promise<boolean> {
    return forKey(key, async () => {
      const stored = await opened;
      // Gone when another tab, or a direct send in this one, sent it meanwhile.
      const item = await stored.get(key);
      if (!item) return false;
      let result: CaseCreated | Case;
      try {
        result = await send(item);
      } catch (error) {
        if (isRetryable(error)) {
          const kept = await stored.update(key, (current) => failed(current, error));
          if (kept) emit({ type: 'queued', item: kept });
          return false;
        }
        if (!(await stored.remove(key))) return false;
        refused(item, error);
        return true;
      }
      if (!(await stored.remove(key))) return false;
      sent(item, result);
      return true;
    });
  }

  async function runFlush(force: boolean): Promise<void> {
    const stored = await opened;
    let changed = false;
    for (const item of await stored.list(site)) {
      if (closed) break;
      if (force || item.nextAttemptAt <= now()) changed = (await retry(item.key)) || changed;
    }
    // One listing for the whole flush: the count once (only when an item left), then the timer.
    await refresh({ report: changed });
  }

  function flush(flushOptions: { force?: boolean } = {}): Promise<void> {
    const force = flushOptions.force ?? false;
    if (closed) return Promise.resolve();
    if (!flushing) {
      flushing = runFlush(force).finally(() => {
        flushing = undefined;
      });
      return flushing;
    }
    // One flush at a time: a request during a flush runs once after it, however often it comes.
    if (nextFlush) {
      nextFlush.force ||= force;
      return nextFlush.promise;
    }
    const follow: { promise: Promise<void>; force: boolean } = {
      force,
      promise: flushing.catch(() => undefined).then(() => {
        nextFlush = undefined;
        return flush({ force: follow.force });
      }),
    };
    nextFlush = follow;
    return follow.promise;
  }

  const onOnline = () => void flush({ force: true }).catch(() => undefined);
  const onVisibilityChange = () => {
    if (document.visibilityState === 'visible') onOnline();
  };
  if (automatic && typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisibilityChange);
  }

  const ready = opened.then(
    () => {
      void refresh({ rearm: false });
      if (automatic) onOnline();
    },
    () => undefined,
  );

  return {
    get persistent() {
      return store ? store.persistent : Boolean(factory);
    },
    ready,
    fileCase: (input, idempotencyKey) => submit<CaseCreated>({ kind: 'case', key: idempotencyKey, site, input }),
    addMessage: (reference, token, input, idempotencyKey) => submit<Case>({ kind: 'message', key: idempotencyKey, site, reference, token, input }),
    pending: async () => (await opened).list(site),
    flush,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      listeners.clear();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        document.removeEventListener('visibilitychange', onVisibilityChange);
      }
      void opened.then((stored) => stored.close());
    },
  };
}

function codeOf(error: unknown): string {
  if (isLoketError(error)) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
