/**
 * Runs `task` when the browser is idle (at the latest after `timeout` ms), so it never holds up
 * what the customer or the host page is doing. Safari before 18 has no requestIdleCallback: a
 * timeout there.
 */
export function whenIdle(task: () => void, timeout = 500): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task);
}
