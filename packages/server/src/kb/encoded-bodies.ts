import { encodeBody } from '../http/content-encoding';
import type { CompressionEffort, ContentEncoding } from '../http/content-encoding';

/** A body sent in versions: a site's articles or search index in one language, or a widget file. */
export type VersionedBody = {
  /** Which body this is, e.g. `demo nl articles` (one per site, language and kind) or a widget file's path. */
  key: string;
  /** The version of what it is made from; a new version replaces the old. */
  version: string;
  /** Makes the body, once per version. */
  make: () => string | Uint8Array;
};

/** The body of a {@link VersionedBody} in a content coding. */
export type EncodedBodies = (body: VersionedBody, encoding: ContentEncoding) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * Keeps bodies as sent, per key: each made and compressed once per version (a new version
 * replaces the old), rather than for every request. A thousand articles are some 5 MB of JSON:
 * brotli or gzip makes a tenth of that, at a CPU cost that one request should not pay again and
 * again. A coding that failed is made again next time.
 *
 * @param effort - How hard to compress (see {@link CompressionEffort}). @default 'fast'
 * @example
 * const encodedBodies = createEncodedBodies();
 * const body = await encodedBodies({ key: 'demo nl articles', version, make: () => JSON.stringify(knowledgeBase) }, 'br');
 */
export function createEncodedBodies(effort: CompressionEffort = 'fast'): EncodedBodies {
  const cache = new Map<string, { version: string; made: string | Uint8Array; bodies: Map<ContentEncoding, Promise<Uint8Array<ArrayBuffer>>> }>();
  return ({ key, version, make }, encoding) => {
    let entry = cache.get(key);
    if (entry?.version !== version) {
      entry = { version, made: make(), bodies: new Map() };
      cache.set(key, entry);
    }
    const { bodies, made } = entry;
    let body = bodies.get(encoding);
    if (!body) {
      // In a buffer of its own (zlib's may be shared), as a web Response takes it.
      body = encodeBody(made, encoding, effort).then((encoded) => new Uint8Array(encoded));
      bodies.set(encoding, body);
      body.catch(() => bodies.delete(encoding));
    }
    return body;
  };
}
