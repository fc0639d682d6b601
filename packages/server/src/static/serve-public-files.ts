import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { etag } from 'hono/etag';

/** Folders of files the server hands out beside the API. */
export type PublicFiles = {
  /** The widget's build folder with `loket.js` and `loket-ui.js`, served at the root. */
  widgetDir?: string;
  /** A web site to serve at `/` (the demo), with `index.html` for paths that are not files. */
  siteDir?: string;
};

const WIDGET_FILE = /^\/loket[\w.-]*\.js(\.map)?$/;

/** Adds routes that serve the widget bundle and an optional site, with ETags. */
export function servePublicFiles(app: Hono, files: PublicFiles): void {
  app.use('*', etag());
  const { widgetDir, siteDir } = files;
  if (widgetDir) {
    app.use('*', async (c, next) => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
      if (!WIDGET_FILE.test(c.req.path)) return next();
      // Short caching: the loader's name is fixed, so a new release must reach pages soon.
      c.header('Cache-Control', 'public, max-age=300');
      c.header('Access-Control-Allow-Origin', '*');
      return serveStatic({ root: widgetDir })(c, next);
    });
  }
  if (siteDir) {
    app.use('*', serveStatic({ root: siteDir }));
    const indexFile = join(siteDir, 'index.html');
    app.get('*', async (c, next) => {
      if (!existsSync(indexFile) || !(c.req.header('Accept') ?? '').includes('text/html')) return next();
      c.header('Cache-Control', 'no-cache');
      return c.html(await readFile(indexFile, 'utf8'));
    });
  }
}
