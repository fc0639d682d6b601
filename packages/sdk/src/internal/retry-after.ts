/**
 * Milliseconds a `Retry-After` header asks to wait: whole seconds (`42`) or an HTTP date.
 *
 * @returns the wait, at least 0; `undefined` without a header or for one that says neither.
 * @example readRetryAfter('42') // 42000
 */
export function readRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
