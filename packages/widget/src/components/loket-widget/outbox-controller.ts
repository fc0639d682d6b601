import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ERROR_CODES } from '@loket/sdk';
import type { Case, CaseCreated, Outbox, OutboxEvent, OutboxItem, OutboxResult } from '@loket/sdk';
import { rememberCase, removePendingReport, savedCaseOf, updateCase } from '../../internal/my-cases-store';
import type { PendingMessage, SavedCase } from '../../internal/my-cases-store';
import { pendingMarkerKey } from '../../internal/pending-marker';
import { readStored, removeStored, writeStored } from '../../internal/storage';
import type { Delivered, Delivery, QueueReason } from './delivery';

/** What the widget does when something kept on this device was sent or refused later. */
export type OutboxListener = {
  caseSent(item: OutboxItem & { kind: 'case' }, created: CaseCreated): void;
  caseRefused(item: OutboxItem & { kind: 'case' }, error: Error): void;
  messageSent(item: OutboxItem & { kind: 'message' }, found: Case): void;
  messageRefused(item: OutboxItem & { kind: 'message' }, error: Error): void;
};

/**
 * The widget's outbox (`@loket/sdk`): reports and messages that cannot be sent now are kept in
 * the browser and sent with the same idempotency key when the connection is back or the page
 * opens again. It keeps My cases in step whatever the window shows, and keeps a marker in
 * `localStorage` while anything waits, so the loader knows to load the widget and send it.
 */
export class OutboxController implements ReactiveController {
  #outbox: Promise<Outbox> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { site(): string; api(): string; listener: OutboxListener },
  ) {
    host.addController(this);
  }

  #connected = false;

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    void this.#outbox?.then((outbox) => outbox.close(), () => {});
    this.#outbox = undefined;
  }

  /**
   * The outbox, opened on first use (its code is a chunk of its own, fetched then); opening it
   * sends what an earlier visit left. A chunk that could not be fetched is asked for again next time.
   */
  #open(): Promise<Outbox> {
    this.#outbox ??= import('./open-outbox').then(
      ({ openOutbox }) => {
        const site = this.options.site();
        const outbox = openOutbox(site, this.options.api(), (count) => markPending(site, count));
        outbox.subscribe((event) => this.#handle(site, event));
        return outbox;
      },
      (error: unknown) => {
        this.#outbox = undefined;
        throw error;
      },
    );
    return this.#outbox;
  }

  /** Fetches the outbox's code ahead of need, so a report can be kept even if the connection drops before it is sent. */
  prepare(): void {
    // A window taken off the page keeps no outbox open: another one may be sending the same items.
    if (this.#connected) this.#open().catch(() => {});
  }

  /** Sends what waits when the marker says something does; cheap otherwise (no storage is opened). */
  flushIfPending(): void {
    // Storage refused: the marker was never kept either.
    if (readStored(pendingMarkerKey(this.options.site())) !== null) void this.flush();
  }

  /** Sends everything that waits, now; resolves once it was tried. Never rejects. */
  async flush(): Promise<void> {
    const fresh = !this.#outbox;
    try {
      const outbox = await this.#open();
      // A new outbox starts a forced pass of its own once its storage is open: wait for that one
      // rather than force a second pass over the same items (this flush then follows it).
      if (fresh) await outbox.ready;
      await outbox.flush({ force: !fresh });
    } catch {
      // Tried again on the next flush (the window opens, the connection returns).
    }
  }

  /** Sending through the outbox. */
  delivery(): Delivery {
    return {
      fileCase: async (input, key) => deliveredOf(await (await this.#open()).fileCase(input, key)),
      addMessage: async (reference, token, input, key) => deliveredOf(await (await this.#open()).addMessage(reference, token, input, key)),
    };
  }

  /** Keeps My cases in step with the outbox first, then tells the widget. */
  #handle(site: string, event: OutboxEvent): void {
    if (event.type === 'queued') return;
    const { item } = event;
    if (item.kind === 'case') {
      removePendingReport(site, item.key);
      if (event.type === 'sent') {
        const created = event.result as CaseCreated;
        rememberCase(site, savedCaseOf(created, item.input.topic));
        this.options.listener.caseSent(item, created);
      } else this.options.listener.caseRefused(item, event.error);
      return;
    }
    const others = (saved: SavedCase): PendingMessage[] => (saved.pendingMessages ?? []).filter((entry) => entry.key !== item.key);
    if (event.type === 'sent') {
      const found = event.result as Case;
      updateCase(site, item.reference, (saved) => ({ pendingMessages: others(saved), status: found.status, respondBy: found.respondBy }));
      this.options.listener.messageSent(item, found);
    } else {
      // The refused text goes back into the message box, before anything typed since: nothing is lost.
      updateCase(site, item.reference, (saved) => ({
        pendingMessages: others(saved),
        messageDraft: `${item.input.text}${saved.messageDraft?.trim() ? `\n\n${saved.messageDraft}` : ''}`,
      }));
      this.options.listener.messageRefused(item, event.error);
    }
  }
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
