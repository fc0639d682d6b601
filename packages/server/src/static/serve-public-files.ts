import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';

/** Folders of files the server hands out beside the API. */
export type PublicFiles = {
  /** The widget's build folder with `loket.js` and `loket-ui.js`, served at the root. */
  widgetDir?: string;
  /** A web site to serve at `/` (the demo), with `index.html` for paths that are not files. */
  siteDir?: string;
};

const WIDGET_FILE = /^\/loket[\w.-]*\.js(\.map)?$/;
/** The widget's later chunks (`loket-<name>-<hash>.js`): a new build gives them new names. */
const HASHED_CHUNK = /^\/loket-[\w-]+-[\w-]{8}\.js$/;
const compressed = compress();

/** Adds routes that serve the widget bundle and an optional site, with ETags, compressed for clients that accept gzip. */
export function servePublicFiles(app: Hono, files: PublicFiles): void {
  app.use('*', etag());
  const { widgetDir, siteDir } = files;
  if (widgetDir) {
    app.use('*', async (c, next) => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
      // The pattern allows no folder in the name, so the file is always inside widgetDir.
      if (!WIDGET_FILE.test(c.req.path) || !existsSync(join(widgetDir, c.req.path))) return next();
      // loket.js and loket-ui.js keep their names, so a new release must reach pages soon; a
      // hashed chunk never changes under its name and may be kept for good.
      c.header('Cache-Control', HASHED_CHUNK.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      c.header('Access-Control-Allow-Origin', '*');
      // Compressed for every visitor's sake: the loader is 1.5 KB gzip against 2.6 KB as is.
      await compressed(c, async () => {
        const file = await serveStatic({ root: widgetDir })(c, next);
        if (file) c.res = file;
      });
      return c.res;
    });
  }
  if (siteDir) {
    // The site's pages, scripts and styles compressed as well (gzip, over 1 KB, text types only).
    app.use('*', compressed);
    app.use('*', serveStatic({ root: siteDir }));
    const indexFile = join(siteDir, 'index.html');
    app.get('*', async (c, next) => {
      if (!existsSync(indexFile) || !(c.req.header('Accept') ?? '').includes('text/html')) return next();
      c.header('Cache-Control', 'no-cache');
      return c.html(await readFile(indexFile, 'utf8'));
    });
  }
}
