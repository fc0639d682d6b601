import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { serveWidgetFiles } from './widget-files';

/** Folders of files the server hands out beside the API. */
export type PublicFiles = {
  /** The widget's build folder with `loket.js` and `loket-ui.js`, served at the root. */
  widgetDir?: string;
  /** A web site to serve at `/` (the demo), with `index.html` for paths that are not files. */
  siteDir?: string;
};

const compressed = compress();

/** Adds routes that serve the widget bundle (see {@link serveWidgetFiles}) and an optional site, with ETags, compressed for clients that accept it. */
export function servePublicFiles(app: Hono, files: PublicFiles): void {
  app.use('*', etag());
  const { widgetDir, siteDir } = files;
  if (widgetDir) app.use('*', serveWidgetFiles(widgetDir));
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
