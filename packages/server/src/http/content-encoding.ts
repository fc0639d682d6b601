import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The content codings the API sends: brotli, gzip, or the body as it is. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';

/** Codings in the order the server prefers them when a client accepts several equally. */
const PREFERRED: readonly ContentEncoding[] = ['br', 'gzip', 'identity'];

/**
 * The coding to send a body in, by the request's `Accept-Encoding` (RFC 9110, 12.5.3): the
 * acceptable coding with the highest weight, brotli before gzip when the weights are equal. A
 * coding with `q=0` is refused, `*` stands for any coding not named, and `identity` is acceptable
 * unless refused.
 *
 * @example
 * chooseEncoding('gzip, deflate, br'); // 'br'
 * chooseEncoding('gzip;q=1, br;q=0.5'); // 'gzip'
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: ContentEncoding) => weights.get(coding) ?? weights.get('*') ?? (coding === 'identity' ? 0.001 : 0);
  // The body as it is when nothing is acceptable: better than refusing (406) a JSON API's answer.
  let best: ContentEncoding = 'identity';
  let bestWeight = 0;
  for (const coding of PREFERRED) {
    if (weightOf(coding) > bestWeight) {
      best = coding;
      bestWeight = weightOf(coding);
    }
  }
  return best;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * How hard to compress: `fast` (brotli quality 5, gzip level 6) for bodies of some MB made once per
 * version, a few hundred ms against seconds at brotli's best for some 10% less; `smallest` (brotli
 * 11, gzip 9) for small files sent to every visitor, such as the widget's loader.
 */
export type CompressionEffort = 'fast' | 'smallest';

/** Compresses a body (text or bytes) in the thread pool, off the event loop. */
export async function encodeBody(body: string | Uint8Array, encoding: ContentEncoding, effort: CompressionEffort = 'fast'): Promise<Buffer> {
  if (encoding === 'br') {
    const mode = typeof body === 'string' ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC;
    const quality = effort === 'smallest' ? constants.BROTLI_MAX_QUALITY : 5;
    return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: mode, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) } });
  }
  if (encoding === 'gzip') return gzipped(body, { level: effort === 'smallest' ? 9 : 6 });
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
}
