import type { ImpressionInput } from '@loket/sdk';

/** What an impression is recorded with, besides the articles: the report it belongs to. */
export type ImpressionContext = Omit<ImpressionInput, 'articles'>;

// Suggestions change while the customer types; wait until they settle before telling the server.
const SETTLE_MS = 1500;

/**
 * Tells the server which articles were suggested for a report, each article once per report,
 * gathered over a short pause so typing does not send a request per keystroke. Failures are
 * dropped: counting impressions must never bother the customer.
 */
export class ImpressionRecorder {
  #shown = new Set<string>();
  #pending = new Set<string>();
  #context: ImpressionContext | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: (input: ImpressionInput) => Promise<unknown>, private readonly settleMs = SETTLE_MS) {}

  /** Notes that these articles are on screen for the report described by `context`. */
  note(articles: readonly string[], context: ImpressionContext): void {
    const unseen = articles.filter((id) => !this.#shown.has(id));
    if (unseen.length === 0) return;
    for (const id of unseen) {
      this.#shown.add(id);
      this.#pending.add(id);
    }
    this.#context = context;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.settleMs);
  }

  /** Sends what is pending now. */
  flush(): void {
    clearTimeout(this.#timer);
    const context = this.#context;
    if (this.#pending.size === 0 || !context) return;
    const articles = [...this.#pending];
    this.#pending.clear();
    this.send({ ...context, articles }).catch(() => {
      // Lost; the report is only a little less exact.
    });
  }

  /** A new report begins: sends what is pending for the old one and forgets what was shown. */
  reset(): void {
    this.flush();
    this.#shown.clear();
  }
}
