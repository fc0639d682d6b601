import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pendingMarkerKey } from '../../internal/pending-marker';
import { readStored } from '../../internal/storage';
import type { Delivery } from './delivery';
import type { KeptItemsSource } from './kept-items';
import type { OpenedOutbox } from './open-outbox';

/**
 * The widget's outbox (`@loket/sdk`): reports and messages that cannot be sent now are kept in
 * the browser and sent with the same idempotency key when the connection is back or the page
 * opens again. Its code, and what follows from what it sends later, is a chunk of its own
 * (`open-outbox.ts`); this controller opens it when needed and closes it with the window.
 */
export class OutboxController implements ReactiveController {
  #outbox: Promise<OpenedOutbox> | undefined;

  constructor(
    host: ReactiveControllerHost,
    /** `kept`: what the widget lends to react to kept items sent or refused later (`kept-items.ts`, in the outbox's chunk). */
    private readonly options: { site(): string; api(): string; kept: KeptItemsSource },
  ) {
    host.addController(this);
  }

  #connected = false;

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    void this.#outbox?.then(({ outbox }) => outbox.close(), () => {});
    this.#outbox = undefined;
  }

  /**
   * The outbox, opened on first use (its code is a chunk of its own, fetched then); opening it
   * sends what an earlier visit left. A chunk that could not be fetched is asked for again next time.
   */
  #open(): Promise<OpenedOutbox> {
    this.#outbox ??= import('./open-outbox').then(
      ({ openOutbox }) => openOutbox(this.options.site(), this.options.api(), this.options.kept),
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
      const { outbox } = await this.#open();
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
      fileCase: async (input, key) => (await this.#open()).delivery.fileCase(input, key),
      addMessage: async (reference, token, input, key) => (await this.#open()).delivery.addMessage(reference, token, input, key),
    };
  }
}
