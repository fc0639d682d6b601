// Ranking speed against issue 7's budgets: `npm run bench:ranking` (after `npm run build`).
// On 1,000 articles per language, generated from the demo knowledge base with a fixed seed, and
// a few hundred queries as customers type them: in headless Chromium (the budgets) and in Node
// (for comparison), the time until the index is ready in a fresh page, read from the bytes the
// server serves (as the widget does) or built from the articles (as the widget does without
// them), and the time to rank a query; the size of the served index beside the articles; and the
// server's time to build and serialise the index, once per version of the knowledge base.
// `--check` exits 1 when a budget is missed; otherwise it always exits 0.
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createArticleIndex, serializeArticleIndex, SUGGESTION_MIN_COVERAGE } from '../packages/sdk/dist/index.js';
import { loadSite } from '../packages/server/dist/index.js';
import { createKnowledgeBases } from './ranking/corpus.mjs';
import { percentiles } from './ranking/percentile.mjs';
import { bundleProbe, launchChromium, runInWorker, serveFiles } from './ranking/probe-hosts.mjs';
import { createSpeedQueries } from './ranking/speed-queries.mjs';
import { measureBytes } from './size/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES_PER_LOCALE = 1000;
const SEED = 7;
/** Fresh pages (and Node workers) per language and way for the first use; builds, reads and query rounds once warm. */
const RUNS = { firstUse: 20, builds: 20, queryRounds: 5 };
/** Milliseconds, in the browser, from issue 7: the index ready (the widget reads it), and a query. */
const BUDGET = { ready: 100, query: 2 };
const LOCALES = ['nl', 'en'];
const check = process.argv.includes('--check');
const loadAtStart = loadavg()[0].toFixed(1);

// The probe indexes and ranks as the widget does; if the widget's calls change, so must the probe.
const widgetSource = await readFile(`${root}packages/widget/src/internal/knowledge.ts`, 'utf8');
for (const call of ['readArticleIndex(bytes, articles, { version })', 'createArticleIndex(articles, { learned })', 'rankArticles(this.#index, { locale: this.locale, limit: 3, minCoverage: SUGGESTION_MIN_COVERAGE, ...query })']) {
  if (!widgetSource.includes(call)) throw new Error(`packages/widget/src/internal/knowledge.ts no longer calls ${call}: make bench/ranking/speed-probe.mjs index and rank as the widget does.`);
}
// The served index is made as the server makes it.
const knowledgeSource = await readFile(`${root}packages/server/src/kb/site-knowledge.ts`, 'utf8');
const SERVER_CALL = 'createArticleIndex(byLocale[locale], { learned: learned[locale] })';
if (!knowledgeSource.includes(SERVER_CALL)) throw new Error(`packages/server/src/kb/site-knowledge.ts no longer calls ${SERVER_CALL}: make bench/ranking-speed.mjs serve the index as the server does.`);

const { site, problems } = await loadSite(`${root}packages/demo-site/sites/demo`);
if (!site) throw new Error(`The demo site has problems:\n${problems.join('\n')}`);
const read = async (name) => JSON.parse(await readFile(`${root}bench/ranking/${name}`, 'utf8'));
const labelled = await read('queries.json');
const knowledgeBases = createKnowledgeBases({ site, queries: labelled, perLocale: ARTICLES_PER_LOCALE, seed: SEED });
const queries = createSpeedQueries({ site, texts: [...labelled, ...(await read('unanswerable.json'))], seed: SEED });
const queriesOf = (locale) => queries.filter((query) => query.locale === locale);

const bundle = await bundleProbe(root);
const payloads = Object.fromEntries(LOCALES.map((locale) => [locale, JSON.stringify(knowledgeBases[locale])]));
/** As the server makes the index, timed: once per version of the knowledge base, in a warm process. */
const serverMakes = Object.fromEntries(LOCALES.map((locale) => [locale, []]));
const indexBytes = {};
for (let i = 0; i < 6; i += 1) {
  for (const locale of LOCALES) {
    const { articles, learned, version } = knowledgeBases[locale];
    const start = performance.now();
    indexBytes[locale] = serializeArticleIndex(createArticleIndex(articles, { learned }), locale, { version });
    serverMakes[locale].push(performance.now() - start);
  }
}
const server = await serveFiles(new Map([
  ['/', { type: 'text/html', body: '<!doctype html><title>Loket ranking speed</title>' }],
  ['/probe.js', { type: 'text/javascript', body: bundle }],
  ...LOCALES.map((locale) => [`/kb/${locale}.json`, { type: 'application/json', body: payloads[locale] }]),
  ...LOCALES.map((locale) => [`/kb/${locale}.index`, { type: 'application/vnd.loket.article-index', body: indexBytes[locale] }]),
]));
const urls = Object.fromEntries(LOCALES.map((locale) => [locale, `${server.origin}/kb/${locale}.json`]));
const indexUrls = Object.fromEntries(LOCALES.map((locale) => [locale, `${server.origin}/kb/${locale}.index`]));
const WAYS = ['read', 'build'];

/** Every figure in one host: first uses in fresh pages (each with another query), then warm. */
async function measureIn(run) {
  const firstUse = Object.fromEntries(LOCALES.map((locale) => [locale, { read: [], build: [] }]));
  for (let i = 0; i < RUNS.firstUse; i += 1) {
    for (const locale of LOCALES) {
      const ofLocale = queriesOf(locale);
      for (const how of WAYS) {
        firstUse[locale][how].push(await run('measureFirstUse', { knowledgeBaseUrl: urls[locale], indexUrl: indexUrls[locale], how, query: ofLocale[(i * 37) % ofLocale.length] }));
      }
    }
  }
  const warm = await run('measureWarm', { knowledgeBaseUrls: urls, indexUrls, queries, builds: RUNS.builds, rounds: RUNS.queryRounds });
  return { firstUse, warm };
}

let browser;
let measured;
try {
  browser = await launchChromium(server.origin);
  const timer = await browser.timer();
  const chromium = await measureIn(browser.run);
  const chromiumVersion = browser.version;
  await browser.close();
  browser = undefined;
  const node = await measureIn((call, input) => runInWorker(bundle, call, input));
  measured = { timer, chromium, chromiumVersion, node };
} finally {
  await browser?.close();
  await server.close();
}

const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)}`;
const medianP95 = (samples) => `${ms(percentiles(samples)(0.5))} / ${ms(percentiles(samples)(0.95))} ms`;
const p50p95p99 = (samples) => `${[0.5, 0.95, 0.99].map((p) => ms(percentiles(samples)(p))).join(' / ')} ms`;
const verdict = (value, budget) => `${value < budget ? '✓' : '✗'} ${ms(value)} ms (${Math.round((value / budget) * 100)}% of budget)`;
const columns = (what, chromium, node, budget, result = '') => `${what.padEnd(54)} | ${chromium.padEnd(22)} | ${node.padEnd(22)} | ${budget.padEnd(12)} | ${result}`;
const load = () => loadavg()[0].toFixed(1);

const { timer, chromium, chromiumVersion, node } = measured;
const count = (locale) => knowledgeBases[locale].articles.length.toLocaleString('en');
const perLocale = (describe) => LOCALES.map((locale) => `${describe(locale)} ${locale}`).join(', ');
console.log(`Ranking speed on ${perLocale(count)} articles (the ${site.articles.length} demo articles and seeded variants) and ${queries.length} queries as customers type them (${perLocale((locale) => queriesOf(locale).length)}), indexed and ranked as the widget does: one language at a time, limit 3, min coverage ${SUGGESTION_MIN_COVERAGE}`);
console.log(`Chromium ${chromiumVersion} headless (performance.now() in steps of ${(timer.step * 1000).toFixed(0)} µs, cross-origin isolated: ${timer.isolated}) and Node ${process.versions.node} (worker threads), ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadAtStart} at the start and ${load()} at the end\n`);
console.log(columns('what', 'Chromium', 'Node', 'budget', 'Chromium against budget'));
const checks = [];
for (const locale of LOCALES) {
  const firstUses = (host, how, figure) => host.firstUse[locale][how].map((run) => run[figure]);
  const readP95 = percentiles(firstUses(chromium, 'read', 'ready'))(0.95);
  const queryP95 = percentiles(chromium.warm[locale].query)(0.95);
  checks.push({ label: `${locale} index ready p95`, value: readP95, budget: BUDGET.ready }, { label: `${locale} query p95`, value: queryP95, budget: BUDGET.query });
  const row = (what, samples, budget = '—', result = '') => console.log(columns(`${locale}: ${what}`, medianP95(samples(chromium)), medianP95(samples(node)), budget, result));
  row(`index read in a fresh page, ${RUNS.firstUse}× (median / p95)`, (host) => firstUses(host, 'read', 'ready'), `p95 < ${BUDGET.ready} ms`, verdict(readP95, BUDGET.ready));
  row('first query after it (median / p95)', (host) => firstUses(host, 'read', 'firstQuery'));
  row(`index built in a fresh page instead, ${RUNS.firstUse}×`, (host) => firstUses(host, 'build', 'ready'));
  row(`index read again, ${RUNS.builds}× (median / p95)`, (host) => host.warm[locale].read);
  row(`index built again, ${RUNS.builds}× (median / p95)`, (host) => host.warm[locale].build);
  console.log(columns(`${locale}: query, ${queriesOf(locale).length} × ${RUNS.queryRounds} (p50 / p95 / p99)`, p50p95p99(chromium.warm[locale].query), p50p95p99(node.warm[locale].query), `p95 < ${BUDGET.query} ms`, verdict(queryP95, BUDGET.query)));
}
console.log(`\nThe server builds and serialises the index once per version of the knowledge base (Node, warm, 6×, median / p95): ${perLocale((locale) => medianP95(serverMakes[locale]))}`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (contents) => {
  const { minified: raw, gzip, brotli } = measureBytes(contents);
  return `${kb(raw)} · ${kb(gzip)} · ${kb(brotli)}`;
};
const sizeColumns = (what, nl, en, budget = '') => `${what.padEnd(54)} | ${nl.padEnd(31)} | ${en.padEnd(31)} | ${budget}`;
console.log(`\nWhat the widget fetches for self-help, ${count('nl')} articles (raw · gzip -9 · brotli 11; 1 KB = 1024 B; the server sends brotli 5 or gzip 6)\n`);
console.log(sizeColumns('what', 'nl', 'en', 'budget'));
console.log(sizeColumns('the index, GET /v1/sites/:site/articles/index', sizes(indexBytes.nl), sizes(indexBytes.en), 'report only'));
console.log(sizeColumns('the articles, GET /v1/sites/:site/articles', sizes(payloads.nl), sizes(payloads.en), 'report only'));
console.log('Both are fetched side by side and cached by ETag per version. The variants repeat the demo articles\' sentences,');
console.log('which brotli\'s large window finds: real articles compress less than these.');

const missed = checks.filter(({ value, budget }) => !(value < budget));
const summary = checks.map(({ label, value, budget }) => `${label} ${ms(value)} of ${budget} ms ${value < budget ? '✓' : '✗'}`).join(', ');
console.log(`\nRanking speed in Chromium: ${summary}: ${missed.length === 0 ? 'within budget' : `${missed.length} of ${checks.length} budgets MISSED`}${check ? '' : ' (run with --check to fail on it)'}`);
if (check && missed.length > 0) process.exitCode = 1;
