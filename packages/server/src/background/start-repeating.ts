/** Options for {@link startRepeating}. */
export type RepeatingOptions = {
  /** Time from the end of one run to the start of the next, when nobody calls `kick`. */
  intervalMs: number;
  /** Receives the failure of a run; the next run happens anyway. */
  logError: (error: unknown) => void;
};

/** A task running in the background. */
export type Repeating = {
  /** Runs the task soon; a run under way is followed by one more. */
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
  const { intervalMs, logError } = options;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let kickedWhileRunning = false;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
    timer.unref?.();
  };

  function run(): void {
    if (stopped || running) return;
    running = task()
      .catch(logError)
      .finally(() => {
        running = undefined;
        if (stopped) return;
        schedule(kickedWhileRunning ? 0 : intervalMs);
        kickedWhileRunning = false;
      });
  }

  schedule(0);
  return {
    kick() {
      if (stopped) return;
      if (running) kickedWhileRunning = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
