/**
 * Orders text the same on every machine and database (by UTF-16 code unit, not by a locale's
 * collation), so ties in the report always break the same way.
 *
 * @example
 * ['b', 'B', 'a'].sort(compareText); // ['B', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
