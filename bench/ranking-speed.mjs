// Ranking speed against issue 7's budgets: `npm run bench:ranking` (after `npm run build`).
// On 1,000 articles per language, generated from the demo knowledge base with a fixed seed, and
// a few hundred queries as customers type them: the time to build the index and to rank a query
// in headless Chromium (the budgets) and in Node (for comparison), and the size of the index if
// it were serialised beside the articles payload the widget fetches today.
// `--check` exits 1 when a budget is missed; otherwise it always exits 0.
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SUGGESTION_MIN_COVERAGE } from '../packages/sdk/dist/index.js';
import { loadSite } from '../packages/server/dist/index.js';
import { createKnowledgeBases } from './ranking/corpus.mjs';
import { percentiles } from './ranking/percentile.mjs';
import { bundleProbe, launchChromium, runInWorker, serveFiles } from './ranking/probe-hosts.mjs';
import { createSpeedQueries } from './ranking/speed-queries.mjs';
import { measureBytes } from './size/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES_PER_LOCALE = 1000;
const SEED = 7;
/** Fresh pages (and Node workers) per language for the first build; builds and query rounds once warm. */
const RUNS = { firstUse: 20, builds: 20, queryRounds: 5 };
/** Milliseconds, in the browser, from issue 7. */
const BUDGET = { build: 100, query: 2 };
const LOCALES = ['nl', 'en'];
const check = process.argv.includes('--check');
const loadAtStart = loadavg()[0].toFixed(1);

// The probe ranks as the widget does; if the widget's calls change, so must the probe.
const widgetSource = await readFile(`${root}packages/widget/src/internal/knowledge.ts`, 'utf8');
for (const call of ['createArticleIndex(articles, { learned })', 'rankArticles(this.#index, { locale: this.locale, limit: 3, minCoverage: SUGGESTION_MIN_COVERAGE, ...query })']) {
  if (!widgetSource.includes(call)) throw new Error(`packages/widget/src/internal/knowledge.ts no longer calls ${call}: make bench/ranking/speed-probe.mjs index and rank as the widget does.`);
}

const { site, problems } = await loadSite(`${root}packages/demo-site/sites/demo`);
if (!site) throw new Error(`The demo site has problems:\n${problems.join('\n')}`);
const read = async (name) => JSON.parse(await readFile(`${root}bench/ranking/${name}`, 'utf8'));
const labelled = await read('queries.json');
const knowledgeBases = createKnowledgeBases({ site, queries: labelled, perLocale: ARTICLES_PER_LOCALE, seed: SEED });
const queries = createSpeedQueries({ site, texts: [...labelled, ...(await read('unanswerable.json'))], seed: SEED });
const queriesOf = (locale) => queries.filter((query) => query.locale === locale);

const bundle = await bundleProbe(root);
const payloads = Object.fromEntries(LOCALES.map((locale) => [locale, JSON.stringify(knowledgeBases[locale])]));
const server = await serveFiles(new Map([
  ['/', { type: 'text/html', body: '<!doctype html><title>Loket ranking speed</title>' }],
  ['/probe.js', { type: 'text/javascript', body: bundle }],
  ...LOCALES.map((locale) => [`/kb/${locale}.json`, { type: 'application/json', body: payloads[locale] }]),
]));
const urls = Object.fromEntries(LOCALES.map((locale) => [locale, `${server.origin}/kb/${locale}.json`]));

/** Every figure in one host: first uses in fresh pages (each with another query), then warm. */
async function measureIn(run) {
  const firstUse = Object.fromEntries(LOCALES.map((locale) => [locale, []]));
  for (let i = 0; i < RUNS.firstUse; i += 1) {
    for (const locale of LOCALES) {
      const ofLocale = queriesOf(locale);
      firstUse[locale].push(await run('measureFirstUse', { knowledgeBaseUrl: urls[locale], query: ofLocale[(i * 37) % ofLocale.length] }));
    }
  }
  const warm = await run('measureWarm', { knowledgeBaseUrls: urls, queries, builds: RUNS.builds, rounds: RUNS.queryRounds });
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
  const serialised = {};
  for (const locale of LOCALES) serialised[locale] = await runInWorker(bundle, 'serialiseIndex', { knowledgeBaseUrl: urls[locale] });
  measured = { timer, chromium, chromiumVersion, node, serialised };
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

const { timer, chromium, chromiumVersion, node, serialised } = measured;
const count = (locale) => knowledgeBases[locale].articles.length.toLocaleString('en');
const perLocale = (describe) => LOCALES.map((locale) => `${describe(locale)} ${locale}`).join(', ');
console.log(`Ranking speed on ${perLocale(count)} articles (the ${site.articles.length} demo articles and seeded variants) and ${queries.length} queries as customers type them (${perLocale((locale) => queriesOf(locale).length)}), indexed and ranked as the widget does: one language at a time, limit 3, min coverage ${SUGGESTION_MIN_COVERAGE}`);
console.log(`Chromium ${chromiumVersion} headless (performance.now() in steps of ${(timer.step * 1000).toFixed(0)} µs, cross-origin isolated: ${timer.isolated}) and Node ${process.versions.node} (worker threads), ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadAtStart} at the start and ${load()} at the end\n`);
console.log(columns('what', 'Chromium', 'Node', 'budget', 'Chromium against budget'));
const checks = [];
for (const locale of LOCALES) {
  const builds = (host) => host.firstUse[locale].map((run) => run.build);
  const firstQueries = (host) => host.firstUse[locale].map((run) => run.firstQuery);
  const buildP95 = percentiles(builds(chromium))(0.95);
  const queryP95 = percentiles(chromium.warm[locale].query)(0.95);
  checks.push({ label: `${locale} index build p95`, value: buildP95, budget: BUDGET.build }, { label: `${locale} query p95`, value: queryP95, budget: BUDGET.query });
  console.log(columns(`${locale}: index build in a fresh page, ${RUNS.firstUse}× (median / p95)`, medianP95(builds(chromium)), medianP95(builds(node)), `p95 < ${BUDGET.build} ms`, verdict(buildP95, BUDGET.build)));
  console.log(columns(`${locale}: index build again, ${RUNS.builds}× (median / p95)`, medianP95(chromium.warm[locale].build), medianP95(node.warm[locale].build), '—'));
  console.log(columns(`${locale}: first query in a fresh page (median / p95)`, medianP95(firstQueries(chromium)), medianP95(firstQueries(node)), '—'));
  console.log(columns(`${locale}: query, ${queriesOf(locale).length} × ${RUNS.queryRounds} (p50 / p95 / p99)`, p50p95p99(chromium.warm[locale].query), p50p95p99(node.warm[locale].query), `p95 < ${BUDGET.query} ms`, verdict(queryP95, BUDGET.query)));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (contents) => {
  const { minified: json, gzip, brotli } = measureBytes(contents);
  return `${kb(json)} · ${kb(gzip)} · ${kb(brotli)}`;
};
const sizeColumns = (what, nl, en, budget = '') => `${what.padEnd(54)} | ${nl.padEnd(31)} | ${en.padEnd(31)} | ${budget}`;
const part = (name) => (locale) => serialised[locale][name];
const wholeIndex = (locale) => `{"bm25":${serialised[locale].bm25},"vocabulary":${serialised[locale].vocabulary},"rest":${serialised[locale].rest}}`;
console.log(`\nSize of the index of ${count('nl')} articles serialised as JSON, beside the articles the widget fetches (JSON · gzip -9 · brotli 11; 1 KB = 1024 B)\n`);
console.log(sizeColumns('what', 'nl', 'en', 'budget'));
for (const [what, contents] of [
  [`BM25 postings (${perLocale((locale) => serialised[locale].terms.toLocaleString('en'))} terms)`, part('bm25')],
  [`vocabulary (${perLocale((locale) => serialised[locale].words.toLocaleString('en'))} words and terms)`, part('vocabulary')],
  ['topics, appliesTo rules, ids, learned signal', part('rest')],
]) console.log(sizeColumns(what, sizes(contents('nl')), sizes(contents('en'))));
console.log(sizeColumns('the whole index, without the articles', sizes(wholeIndex('nl')), sizes(wholeIndex('en')), 'report only'));
console.log(sizeColumns('articles payload, GET /v1/sites/:site/articles', sizes(payloads.nl), sizes(payloads.en), 'report only'));
console.log('The widget fetches the articles and builds the index itself; the index is not sent today. The variants repeat');
console.log('the demo articles\' sentences, which brotli\'s large window finds: real articles compress less than these.');

const missed = checks.filter(({ value, budget }) => !(value < budget));
const summary = checks.map(({ label, value, budget }) => `${label} ${ms(value)} of ${budget} ms ${value < budget ? '✓' : '✗'}`).join(', ');
console.log(`\nRanking speed in Chromium: ${summary}: ${missed.length === 0 ? 'within budget' : `${missed.length} of ${checks.length} budgets MISSED`}${check ? '' : ' (run with --check to fail on it)'}`);
if (check && missed.length > 0) process.exitCode = 1;
