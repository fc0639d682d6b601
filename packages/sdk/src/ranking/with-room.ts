/**
 * `array` with room for at least `size` numbers, its contents kept: itself when it has the room,
 * else a copy at least twice as long, so that growing one number at a time costs little.
 *
 * @internal
 * @example
 * let ids = new Int32Array(1024);
 * ids = withRoom(ids, count + 1);
 */
export function withRoom(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const grown = new Int32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}
