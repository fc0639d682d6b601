/** Wait before the second attempt of a delivery. */
export const FIRST_RETRY_DELAY_MS = 15_000;

/** Longest wait between two attempts: a receiver that is down for days gets one try an hour. */
export const MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * How long to wait after a failed attempt: 15 s, doubling with each attempt, at most an hour.
 *
 * @param attempts - the attempts made so far, the failed one included (1 or more).
 * @example
 * retryDelayMs(1); // 15_000
 * retryDelayMs(3); // 60_000
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
}
