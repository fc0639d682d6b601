// Where bench/ranking-speed.mjs runs bench/ranking/speed-probe.mjs: headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core; no browser is ever downloaded) and Node worker
// threads. Both fetch the knowledge bases from one loopback server, as the widget fetches them.
import { createServer } from 'node:http';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * The probe bundled as packages/widget/dist/loket-ui.js is built (rollup.config.mjs): the SDK
 * from its `source` export condition, for browsers, ES2022, minified.
 * @returns the bundle's code, one ES module without imports
 */
export async function bundleProbe(root) {
  const result = await build({
    entryPoints: [`${root}bench/ranking/speed-probe.mjs`],
    absWorkingDir: root,
    tsconfig: `${root}tsconfig.json`,
    conditions: ['source'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

// Cross-origin isolation gives the page performance.now() at 5 µs instead of 100 µs resolution
// (https://developer.mozilla.org/docs/Web/API/Performance/now#security_requirements).
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * Serves fixed files on a free loopback port, cross-origin isolated.
 * @param files - Map of path to `{ type, body }`
 * @returns `{ origin, close }`
 */
export async function serveFiles(files) {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url, 'http://localhost').pathname);
    response.writeHead(file ? 200 : 404, { 'Content-Type': file?.type ?? 'text/plain', ...ISOLATED });
    response.end(file?.body ?? 'Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { origin: `http://127.0.0.1:${server.address().port}`, close };
}

// A worker runs as CommonJS; it imports the bundle, runs one export and reports its result.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.probe).then((probe) => probe[workerData.call](workerData.input)).then((result) => parentPort.postMessage(result));
`;

/**
 * Runs an export of the probe in a new Node worker: a fresh V8 isolate with nothing compiled or
 * cached, like a page that has just loaded the widget.
 */
export function runInWorker(bundle, call, input) {
  const probe = `data:text/javascript;base64,${Buffer.from(bundle).toString('base64')}`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { probe, call, input } });
    worker.once('message', (result) => worker.terminate().then(() => resolve(result)));
    worker.once('error', reject);
  });
}

/**
 * Starts headless Chromium. `run` runs an export of the probe served at `origin` in a new
 * browser context (a fresh page, nothing cached); `timer` tells the page's timer resolution.
 */
export async function launchChromium(origin) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const inFreshPage = async (evaluate, argument) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      return await page.evaluate(evaluate, argument);
    } finally {
      await context.close();
    }
  };
  return {
    version: browser.version(),
    run: (call, input) => inFreshPage(async ({ call, input }) => (await import('/probe.js'))[call](input), { call, input }),
    // The smallest step performance.now() takes, and whether the page is cross-origin isolated.
    timer: () => inFreshPage(() => {
      let step = Infinity;
      for (let i = 0, last = performance.now(); i < 100_000; i += 1) {
        const now = performance.now();
        if (now > last) step = Math.min(step, now - last);
        last = now;
      }
      return { isolated: crossOriginIsolated, step };
    }),
    close: () => browser.close(),
  };
}
