/** Options for {@link startRepeating}. */
export type RepeatingOptions = {
  /** Time from the end of one run to the start of the next, when nobody calls `kick`. */
  intervalMs: number;
  /** Receives the failure of a run; the next run happens anyway. */
  logError: (error: unknown) => void;
  /**
   * Time from `kick` to the run it asks for, so that the kicks of that time share one run.
   * @default 0
   */
  kickDelayMs?: number;
};

/** A task running in the background. */
export type Repeating = {
  /** Runs the task after `kickDelayMs`; a run under way is followed by one more. */
  kick(): void;
  /** Stops the timer and resolves when the run under way has finished. */
  stop(): Promise<void>;
};

/**
 * Runs `task` soon and then `intervalMs` after each run ends, one run at a time, until stopped.
 * A failed run goes to `logError`. The timer alone does not keep the process alive.
 *
 * @example
 * const repeating = startRepeating(() => sweep(), { intervalMs: 60_000, logError: console.error });
 * await repeating.stop();
 */
export function startRepeating(task: () => Promise<void>, options: RepeatingOptions): Repeating {
  const { intervalMs, logError, kickDelayMs = 0 } = options;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the scheduled run starts (`performance.now()` time). */
  let dueAt = Infinity;
  let running: Promise<void> | undefined;
  let kickedWhileRunning = false;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    dueAt = performance.now() + delayMs;
    timer = setTimeout(run, delayMs);
    timer.unref?.();
  };

  function run(): void {
    if (stopped || running) return;
    dueAt = Infinity;
    running = task()
      .catch(logError)
      .finally(() => {
        running = undefined;
        if (stopped) return;
        schedule(kickedWhileRunning ? kickDelayMs : intervalMs);
        kickedWhileRunning = false;
      });
  }

  schedule(0);
  return {
    kick() {
      if (stopped) return;
      if (running) kickedWhileRunning = true;
      // A run due sooner is left as it is: kicks in a row must not put it off.
      else if (dueAt > performance.now() + kickDelayMs) schedule(kickDelayMs);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
