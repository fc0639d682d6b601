/**
 * Makes a random idempotency key (a version 4 UUID). `crypto.randomUUID` exists only in secure
 * contexts (https, localhost); a page on plain http still gets a key of the same shape from
 * `getRandomValues`.
 *
 * @example
 * const draft = { key: newIdempotencyKey(), input };
 * await client.cases.create(draft.input, { idempotencyKey: draft.key });
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
