import { MAX_SUGGESTIONS } from '@loket/sdk';
import type { ImpressionInput } from '@loket/sdk';

/** What an impression is recorded with, besides the articles: the report it belongs to. */
export type ImpressionContext = Omit<ImpressionInput, 'articles'>;

// Suggestions change while the customer types; wait until they settle before telling the server,
// but never longer than the most a customer who keeps typing holds them back.
const SETTLE_MS = 1500;
const MAX_WAIT_MS = 5000;

/**
 * Tells the server which articles were suggested for a report, each article once per report,
 * gathered over a short pause so typing does not send a request per keystroke, in requests of at
 * most {@link MAX_SUGGESTIONS} articles. An article whose request failed may be sent again when it
 * shows again; failures never bother the customer.
 */
export class ImpressionRecorder {
  #shown = new Set<string>();
  #pending = new Set<string>();
  #context: ImpressionContext | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waitingSince: number | undefined;

  constructor(
    private readonly send: (input: ImpressionInput) => Promise<unknown>,
    private readonly timing = { settleMs: SETTLE_MS, maxWaitMs: MAX_WAIT_MS },
  ) {}

  /** Notes that these articles are on screen for the report described by `context`. */
  note(articles: readonly string[], context: ImpressionContext): void {
    const unseen = articles.filter((id) => !this.#shown.has(id));
    if (unseen.length === 0) return;
    for (const id of unseen) {
      this.#shown.add(id);
      this.#pending.add(id);
    }
    this.#context = context;
    this.#waitingSince ??= Date.now();
    clearTimeout(this.#timer);
    const waited = Date.now() - this.#waitingSince;
    this.#timer = setTimeout(() => this.flush(), Math.max(0, Math.min(this.timing.settleMs, this.timing.maxWaitMs - waited)));
  }

  /** Sends what is pending now, e.g. before the customer opens an article or leaves the page. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#waitingSince = undefined;
    const context = this.#context;
    if (this.#pending.size === 0 || !context) return;
    const articles = [...this.#pending];
    this.#pending.clear();
    for (let start = 0; start < articles.length; start += MAX_SUGGESTIONS) {
      const batch = articles.slice(start, start + MAX_SUGGESTIONS);
      this.send({ ...context, articles: batch }).catch(() => {
        // Not counted this time; counted if it shows again for this report.
        for (const id of batch) this.#shown.delete(id);
      });
    }
  }

  /** A new report begins: sends what is pending for the old one and forgets what was shown. */
  reset(): void {
    this.flush();
    this.#shown.clear();
  }
}
