import type { KnowledgeBase } from '@loket/sdk';
import { encodeBody } from '../http/content-encoding';
import type { ContentEncoding } from '../http/content-encoding';

/** The body of `GET /v1/sites/:site/articles` for one site and language in a content coding. */
export type EncodedArticles = (knowledgeBase: KnowledgeBase, encoding: ContentEncoding) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * Keeps the articles' answer as sent, per site and language: its JSON made and compressed once per
 * version of the knowledge base (a new version replaces the old), rather than for every request.
 * A thousand articles are some 5 MB of JSON: brotli or gzip makes a tenth of that, at a CPU cost
 * that one request should not pay again and again. A coding that failed is made again next time.
 *
 * @example
 * const encodedArticles = createEncodedArticles();
 * const body = await encodedArticles(knowledgeBase, chooseEncoding(c.req.header('Accept-Encoding')));
 */
export function createEncodedArticles(): EncodedArticles {
  const cache = new Map<string, { version: string; json: string; bodies: Map<ContentEncoding, Promise<Uint8Array<ArrayBuffer>>> }>();
  return (knowledgeBase, encoding) => {
    const key = `${knowledgeBase.site}\u0001${knowledgeBase.locale}`;
    let entry = cache.get(key);
    if (entry?.version !== knowledgeBase.version) {
      entry = { version: knowledgeBase.version, json: JSON.stringify(knowledgeBase), bodies: new Map() };
      cache.set(key, entry);
    }
    const { bodies, json } = entry;
    let body = bodies.get(encoding);
    if (!body) {
      // In a buffer of its own (zlib's may be shared), as a web Response takes it.
      body = encodeBody(json, encoding).then((encoded) => new Uint8Array(encoded));
      bodies.set(encoding, body);
      body.catch(() => bodies.delete(encoding));
    }
    return body;
  };
}
