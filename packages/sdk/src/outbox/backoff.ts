/** How long to wait before retrying: {@link backoffDelay}'s settings. */
export type Backoff = {
  /** Milliseconds before the first retry. */
  baseDelay: number;
  /** Longest wait, in milliseconds. */
  maxDelay: number;
  /** A random number in [0, 1). */
  random: () => number;
};

/**
 * Milliseconds to wait after the `attempts`-th failure: `baseDelay` doubled per earlier failure,
 * at most `maxDelay`, shortened by up to a quarter at random so that many browsers coming back
 * online at once do not retry in step (and the cap is never exceeded).
 *
 * @example backoffDelay(3, { baseDelay: 2000, maxDelay: 300_000, random: () => 0 }) // 8000
 */
export function backoffDelay(attempts: number, { baseDelay, maxDelay, random }: Backoff): number {
  const full = Math.min(maxDelay, baseDelay * 2 ** Math.max(0, attempts - 1));
  return Math.round(full * (1 - random() / 4));
}
