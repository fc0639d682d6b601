import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { contentTag } from '../cases/sha256';
import { chooseEncoding } from '../http/content-encoding';
import { ifNoneMatchHits } from '../http/etag-match';
import { createEncodedBodies } from '../kb/encoded-bodies';

const WIDGET_FILE = /^\/loket[\w.-]*\.js(\.map)?$/;
/** The widget's later chunks (`loket-<name>-<hash>.js`): a new build gives them new names. */
const HASHED_CHUNK = /^\/loket-[\w-]+-[\w-]{8}\.js$/;

/** One widget file as read: its text, and a tag of its content that names its version. */
type WidgetFile = { stamp: string; tag: string; text: string };

/**
 * Serves the widget's files (`loket.js`, `loket-ui.js`, the hashed chunks and their maps) from
 * `widgetDir`: compressed once per build in the coding the browser prefers (brotli, gzip or as
 * is), with their length and a strong ETag per coding, 304 for a file the browser has, and nothing
 * else. The loader is on every page of a company's site, so every byte of its answer counts: no
 * chunked framing and no Last-Modified beside the ETag keep it, headers and all, under 2 KB.
 *
 * @example
 * app.use('*', serveWidgetFiles('packages/widget/dist'));
 */
export function serveWidgetFiles(widgetDir: string): MiddlewareHandler {
  const files = new Map<string, WidgetFile>();
  // Compressed as small as the formats go, once per file and build: the time does not matter.
  const encodedBodies = createEncodedBodies('smallest');

  /** The file at `path`, read again when its size or time changed (a new build); `undefined` when there is none. */
  async function widgetFile(path: string): Promise<WidgetFile | undefined> {
    // The pattern allows no folder in the name, so the file is always inside widgetDir.
    const location = join(widgetDir, path);
    const info = await stat(location).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const stamp = `${info.size}:${info.mtimeMs}`;
    let file = files.get(path);
    if (file?.stamp !== stamp) {
      const raw = await readFile(location);
      file = { stamp, text: raw.toString('utf8'), tag: contentTag(raw) };
      files.set(path, file);
    }
    return file;
  }

  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || !WIDGET_FILE.test(c.req.path)) return next();
    const file = await widgetFile(c.req.path);
    if (!file) return next();
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const etag = encoding === 'identity' ? `"${file.tag}"` : `"${file.tag}.${encoding}"`;
    // loket.js and loket-ui.js keep their names, so a new release must reach pages soon; a
    // hashed chunk never changes under its name and may be kept for good.
    c.header('Cache-Control', HASHED_CHUNK.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Vary', 'Accept-Encoding');
    c.header('ETag', etag);
    if (ifNoneMatchHits(c.req.header('If-None-Match'), [etag])) return c.body(null, 304);
    c.header('Content-Type', c.req.path.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8');
    if (encoding !== 'identity') c.header('Content-Encoding', encoding);
    const body = await encodedBodies({ key: c.req.path, version: file.tag, make: () => file.text }, encoding);
    c.header('Content-Length', String(body.length));
    return c.body(body);
  };
}
