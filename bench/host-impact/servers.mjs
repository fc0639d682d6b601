// The two origins of bench/host-impact.mjs: a real Loket server (widget files and API, demo site,
// fresh embedded database) and the company's page on another port, as in production.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIGURE_SVG, renderHostPage } from './host-page.mjs';

/** Paths of the host page: the article without and with our script tag. */
export const HOST_PATHS = { plain: '/plain.html', withLoket: '/with-loket.html' };

/**
 * Serves the host page on a free loopback port. The script tag is set with `embed` once the Loket
 * server runs, because that server must first know this page's origin.
 */
export async function startHostPage() {
  let scriptTag;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://host').pathname;
    const send = (type, body) => response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
    if (path === HOST_PATHS.plain) send('text/html; charset=utf-8', renderHostPage());
    else if (path === HOST_PATHS.withLoket && scriptTag) send('text/html; charset=utf-8', renderHostPage(scriptTag));
    else if (path === '/figure.svg') send('image/svg+xml', FIGURE_SVG);
    else response.writeHead(404).end();
  });
  await new Promise((resolve, reject) => server.listen(0, '127.0.0.1', resolve).once('error', reject));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    embed(loketOrigin) {
      scriptTag = `<script src="${loketOrigin}/loket.js" data-site="demo" async></script>`;
    },
    close: () => new Promise((resolve) => server.close(resolve).closeAllConnections()),
  };
}

/**
 * Starts the server as `npm start` does, on a free loopback port, with a copy of the demo's sites
 * in which `pageOrigin` may call the API (as a company adds its origin to `site.yaml`), and a fresh
 * embedded database in a temporary folder. `close()` stops it and removes the folder.
 */
export async function startLoket(root, pageOrigin) {
  const work = await mkdtemp(join(tmpdir(), 'loket-bench-host-'));
  try {
    const sitesDir = join(work, 'sites');
    await cp(join(root, 'packages/demo-site/sites'), sitesDir, { recursive: true });
    const siteFile = join(sitesDir, 'demo', 'site.yaml');
    const yaml = await readFile(siteFile, 'utf8');
    if (!/^origins:\n/m.test(yaml)) throw new Error(`${siteFile} has no "origins:" list to add the host page to; update bench/host-impact/servers.mjs.`);
    await writeFile(siteFile, yaml.replace(/^origins:\n/m, `origins:\n  - ${pageOrigin}\n`));
    const dataDir = join(work, 'data');
    await mkdir(dataDir);
    const { startServer } = await import(pathToFileURL(join(root, 'packages/server/dist/index.js')).href);
    const server = await startServer({ port: 0, host: '127.0.0.1', sitesDir, dataDir, publicFiles: { widgetDir: join(root, 'packages/widget/dist') } });
    return {
      origin: `http://127.0.0.1:${server.port}`,
      async close() {
        await server.close();
        await rm(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
