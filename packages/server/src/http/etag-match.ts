/**
 * Tells whether a request's `If-None-Match` names one of `etags`, by the weak comparison that
 * RFC 9110 (13.1.2) prescribes for it: `W/` is ignored, `*` matches anything, and the header may
 * list several tags.
 *
 * @example
 * ifNoneMatchHits('W/"abc.gz", "def"', ['"abc.gz"', '"abc.br"']); // true
 */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etags: readonly string[]): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = new Set(etags.map(opaque));
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => wanted.has(opaque(tag)));
}
