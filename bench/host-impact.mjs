// What our script tag costs the page it is on, in headless Chromium: `npm run bench:host` (builds
// first if needed). A plain article page on one origin, without and with the tag pointing at a
// real Loket server on another: bytes before any interaction, long tasks, Total Blocking Time and
// layout shift; then, with the tag, pointer on the launcher (the UI preloads) and the time from
// the click to the first step on screen with focus in it; then pointer on the first topic (the
// report's steps are fetched) and the time from the click on it to its first question on screen,
// focused. Every visit is a fresh browser context
// (cold cache); everything from the Loket origin counts, however the UI is split into files.
// `--check` exits 1 when a budget is missed; otherwise it always exits 0. RUNS=n sets the runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bytes, printReport } from './host-impact/report.mjs';
import { HOST_PATHS, startHostPage, startLoket } from './host-impact/servers.mjs';
import { visit } from './host-impact/visit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 7);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const check = process.argv.includes('--check');

const built = ['packages/widget/dist/loket.js', 'packages/widget/dist/loket-ui.js', 'packages/server/dist/index.js'];
if (!built.every((file) => existsSync(`${root}${file}`))) {
  console.log('The widget or the server is not built: building first with `npm run build`.\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}. Install Debian's (apt-get install chromium) or set CHROME_PATH; this benchmark downloads no browser.`);
  process.exit(2);
}

const host = await startHostPage();
let loket;
let browser;
try {
  const started = Date.now();
  [loket, browser] = await Promise.all([
    startLoket(root, host.origin),
    chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    }),
  ]);
  host.embed(loket.origin);
  const cpu = cpus();
  console.log(`Host-page impact of the Loket script tag, headless Chromium ${browser.version()}`);
  const load = loadavg()[0];
  console.log(`Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${platform()} ${release()}, Node ${process.version}, load average ${load.toFixed(1)}`);
  if (load > cpu.length / 2) console.log(`Note: the machine is busy (load ${load.toFixed(1)} on ${cpu.length} cores); times and long tasks come out higher than on an idle machine.`);
  console.log(`Host page ${host.origin} (article: text, a fixed-size figure, a fixed footer button); Loket server ${loket.origin} (widget files, API, demo site, fresh PGlite)`);

  const page = (path) => `${host.origin}${path}`;
  // One visit first, not counted: the server's first requests (route setup, first queries) are
  // not what a visitor of a running server waits for. Each counted visit is still cold in the browser.
  await visit(browser, { url: page(HOST_PATHS.withLoket), loketOrigin: loket.origin });
  const plain = [];
  const withLoket = [];
  for (let run = 0; run < RUNS; run += 1) {
    plain.push(await visit(browser, { url: page(HOST_PATHS.plain) }));
    withLoket.push(await visit(browser, { url: page(HOST_PATHS.withLoket), loketOrigin: loket.origin }));
  }
  console.log(`${RUNS} visits per variant after 1 warm-up, alternating, each in a fresh context (cold cache); median (worst). Times judged on the median, the rest on the worst run.\n`);

  const { missed, budgets } = printReport({ plain, withLoket, loketOrigin: loket.origin });
  console.log(`\nHost impact: ${missed === 0 ? `all ${budgets} budgets met` : `${missed} of ${budgets} budgets MISSED`} (loader ${bytes(withLoket[0].loket.bytes)} on the wire; ${((Date.now() - started) / 1000).toFixed(0)} s)${check ? '' : ' (run with --check to fail on it)'}`);
  if (check && missed > 0) process.exitCode = 1;
} finally {
  await browser?.close();
  await loket?.close();
  await host.close();
}
