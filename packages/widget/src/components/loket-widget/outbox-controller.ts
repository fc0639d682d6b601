import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient, createOutbox, ERROR_CODES } from '@loket/sdk';
import type { Case, CaseCreated, Outbox, OutboxEvent, OutboxItem } from '@loket/sdk';
import { loadMyCases, rememberCase, removePendingReport, updateCase } from '../../internal/my-cases-store';
import type { Delivery } from './delivery';

/** What the widget does when something kept on this device was sent or refused later. */
export type OutboxListener = {
  caseSent(item: OutboxItem & { kind: 'case' }, created: CaseCreated): void;
  caseRefused(item: OutboxItem & { kind: 'case' }, error: Error): void;
  messageSent(item: OutboxItem & { kind: 'message' }, found: Case): void;
  messageRefused(item: OutboxItem & { kind: 'message' }, error: Error): void;
};

/** Why a report or message was kept: no connection at all, or the service failed for now. */
export type QueueReason = 'offline' | 'unavailable';

// One attempt per send, and not for long: the outbox retries anyway, and a customer who presses
// "send" while offline should hear at once that it will follow.
const SEND_TIMEOUT_MS = 8000;

/** The cheap marker the loader reads to send what is waiting when the page opens again. */
export const pendingMarkerKey = (site: string) => `loket:pending:${site}`;

/**
 * The widget's outbox (`@loket/sdk`): reports and messages that cannot be sent now are kept in
 * the browser and sent with the same idempotency key when the connection is back or the page
 * opens again. It keeps My cases in step whatever the window shows, and keeps a marker in
 * `localStorage` while anything waits, so the loader knows to load the widget and send it.
 */
export class OutboxController implements ReactiveController {
  #outbox: Outbox | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { site(): string; api(): string; listener: OutboxListener },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#outbox?.close();
    this.#outbox = undefined;
  }

  /** The outbox, created on first use; creating it sends what an earlier visit left. */
  get outbox(): Outbox {
    if (!this.#outbox) {
      const site = this.options.site();
      const client = createClient({ baseUrl: this.options.api(), site, retries: 0, timeout: SEND_TIMEOUT_MS });
      this.#outbox = createOutbox(client, { onPendingChange: (count) => markPending(site, count) });
      this.#outbox.subscribe((event) => this.#handle(site, event));
    }
    return this.#outbox;
  }

  /** Sends what waits when the marker says something does; cheap otherwise (no storage is opened). */
  flushIfPending(): void {
    let marked = false;
    try {
      marked = localStorage.getItem(pendingMarkerKey(this.options.site())) !== null;
    } catch {
      // Storage refused: the marker was never kept either.
    }
    if (marked) void this.flush();
  }

  /** Sends everything that waits, now. Never rejects. */
  flush(): Promise<void> {
    return this.outbox.flush({ force: true }).catch(() => undefined);
  }

  /** Sending through the outbox. */
  delivery(): Delivery {
    return {
      fileCase: async (input, key) => {
        const result = await this.outbox.fileCase(input, key);
        return result.status === 'sent' ? result : { status: 'queued', reason: reasonOf(result.item) };
      },
      addMessage: async (reference, token, input, key) => {
        const result = await this.outbox.addMessage(reference, token, input, key);
        return result.status === 'sent' ? result : { status: 'queued', reason: reasonOf(result.item) };
      },
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
        rememberCase(site, { reference: created.reference, token: created.token, topic: item.input.topic, filedAt: created.createdAt, status: created.status, respondBy: created.respondBy });
        this.options.listener.caseSent(item, created);
      } else this.options.listener.caseRefused(item, event.error);
      return;
    }
    const saved = loadMyCases(site).cases.find((entry) => entry.reference === item.reference);
    const pendingMessages = (saved?.pendingMessages ?? []).filter((entry) => entry.key !== item.key);
    if (event.type === 'sent') {
      const found = event.result as Case;
      updateCase(site, item.reference, { pendingMessages, status: found.status, respondBy: found.respondBy });
      this.options.listener.messageSent(item, found);
    } else {
      // The refused text goes back into the message box, before anything typed since: nothing is lost.
      const typed = saved?.messageDraft?.trim() ? `\n\n${saved.messageDraft}` : '';
      updateCase(site, item.reference, { pendingMessages, messageDraft: `${item.input.text}${typed}` });
      this.options.listener.messageRefused(item, event.error);
    }
  }
}

function reasonOf(item: OutboxItem): QueueReason {
  return item.lastError === ERROR_CODES.network || item.lastError === ERROR_CODES.timeout ? 'offline' : 'unavailable';
}

function markPending(site: string, count: number): void {
  try {
    if (count > 0) localStorage.setItem(pendingMarkerKey(site), String(count));
    else localStorage.removeItem(pendingMarkerKey(site));
  } catch {
    // Without the marker, what waits is still sent the next time the window opens.
  }
}
