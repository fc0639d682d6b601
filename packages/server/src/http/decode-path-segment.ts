/**
 * Decodes one percent-encoded segment of a request path, such as the site key in
 * `/v1/sites/:site`, as Hono decodes route parameters: a segment that does not decode (`%ED%A0%80`,
 * a lone `%`) is kept as it came rather than throwing a `URIError` into the request.
 *
 * @example
 * decodePathSegment('acme%20shop'); // 'acme shop'
 * decodePathSegment('%E0%A4%A'); // '%E0%A4%A'
 */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
