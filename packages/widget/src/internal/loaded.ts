/**
 * What a chunk fetched later provides, for code that runs only after it arrived (handlers of
 * views it draws); a bug, not the customer's problem, if it has not.
 */
export function loaded<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('[loket] Used before its chunk loaded.');
  return value;
}
