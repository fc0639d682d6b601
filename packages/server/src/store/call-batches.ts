/** Options of {@link createCallBatches}. */
export type CallBatchOptions = {
  /** Batches that may run at once; a call made while this many run waits for the next batch. */
  maxRunning: number;
  /** Calls in one batch at most. */
  maxBatch: number;
};

/** What a batch gives each of its calls: the result, or the error of that call alone. */
export type CallOutcome<TResult> = { ok: true; value: TResult } | { ok: false; error: unknown };

/**
 * Runs a batch: resolves with one outcome per item, in the items' order, or rejects when the
 * whole batch failed (every call of it then rejects with that error).
 */
export type RunBatch<TItem, TResult> = (items: TItem[]) => Promise<CallOutcome<TResult>[]>;

/** Calls that are grouped into batches while others run: see {@link createCallBatches}. */
export type CallBatches<TItem, TResult> = {
  /** Runs `item` in the next batch: at once when fewer than `maxRunning` batches run. */
  call(item: TItem): Promise<TResult>;
};

type Waiting<TItem, TResult> = { item: TItem; resolve: (value: TResult) => void; reject: (error: unknown) => void };

/**
 * Groups calls that arrive while the database is busy into one batch, like a database's group
 * commit: when fewer than `maxRunning` batches run, a call starts a batch at once (alone, when
 * nothing else waits), so a quiet service adds no delay; under load, the calls that arrived
 * meanwhile go together as soon as a batch finishes, and each batch costs one round trip and one
 * commit instead of one per call.
 *
 * @example
 * const filings = createCallBatches((reports) => fileAll(db, reports), { maxRunning: 1, maxBatch: 32 });
 * const stored = await filings.call(report);
 */
export function createCallBatches<TItem, TResult>(runBatch: RunBatch<TItem, TResult>, options: CallBatchOptions): CallBatches<TItem, TResult> {
  const waiting: Waiting<TItem, TResult>[] = [];
  let running = 0;

  function startNext(): void {
    while (running < options.maxRunning && waiting.length > 0) {
      const batch = waiting.splice(0, options.maxBatch);
      running += 1;
      void run(batch).finally(() => {
        running -= 1;
        startNext();
      });
    }
  }

  async function run(batch: Waiting<TItem, TResult>[]): Promise<void> {
    try {
      const outcomes = await runBatch(batch.map((waiter) => waiter.item));
      batch.forEach((waiter, index) => {
        const outcome = outcomes[index];
        if (!outcome) waiter.reject(new Error(`A batch of ${batch.length} calls gave ${outcomes.length} results.`));
        else if (outcome.ok) waiter.resolve(outcome.value);
        else waiter.reject(outcome.error);
      });
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }

  return {
    call(item) {
      return new Promise<TResult>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        startNext();
      });
    },
  };
}
