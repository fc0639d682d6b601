/** A mistake in how a command was called; the message says how to call it instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}
