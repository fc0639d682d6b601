// Ranking quality and speed on the demo knowledge base: `npm run bench:ranking` (after `npm run build`),
// followed there by bench/ranking-speed.mjs, the speed on 1,000 articles in the browser.
// Prints top-1 and top-3 accuracy for a labelled set of customer queries, how often a question
// without an article is told so plainly, the time per query, and the same after replaying
// "solved" outcomes (learned on half the queries, measured on the other half).
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createArticleIndex, learnFromOutcomes, rankArticles, SUGGESTION_MIN_COVERAGE } from '../packages/sdk/dist/index.js';
import { loadArticles } from '../packages/server/dist/index.js';
import { percentiles } from './ranking/percentile.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = { top3: 0.95 };
/** The coverage the widget and the server use to decide that no article fits; MIN_COVERAGE tries another. */
const WIDGET_MIN_COVERAGE = Number(process.env.MIN_COVERAGE ?? SUGGESTION_MIN_COVERAGE);

const { articles, problems } = await loadArticles(`${root}packages/demo-site/sites/demo/articles`);
if (problems.length > 0) throw new Error(`The demo knowledge base has problems:\n${problems.join('\n')}`);
const read = async (name) => JSON.parse(await readFile(`${root}bench/ranking/${name}`, 'utf8'));
const queries = await read('queries.json');
const unanswerable = await read('unanswerable.json');

const rank = (index, query, minCoverage = 0) =>
  rankArticles(index, { locale: query.locale, text: query.text, environment: query.environment ?? {}, limit: 3, minCoverage, ...(query.topic ? { topic: query.topic } : {}) });

function measure(index, set, minCoverage) {
  let top1 = 0;
  let top3 = 0;
  const times = [];
  for (const query of set) {
    const start = performance.now();
    const ids = rank(index, query, minCoverage).map((article) => article.id);
    times.push(performance.now() - start);
    if (ids[0] === query.expected) top1 += 1;
    if (ids.includes(query.expected)) top3 += 1;
  }
  const at = percentiles(times);
  return { top1: top1 / set.length, top3: top3 / set.length, p50: at(0.5), p95: at(0.95) };
}

const toldNoMatch = (index, minCoverage) => unanswerable.filter((query) => rank(index, query, minCoverage).length === 0).length / unanswerable.length;
const percent = (share) => `${(share * 100).toFixed(1)}%`;
const ms = (value) => `${value.toFixed(2)} ms`;

const index = createArticleIndex(articles);
console.log(`Ranking on the demo knowledge base: ${articles.length} articles, ${queries.length} labelled queries, ${unanswerable.length} without an article\n`);
console.log('min coverage | top-1  | top-3  | no article → told so | p50/query | p95/query');
for (const minCoverage of [...new Set([0, 0.25, WIDGET_MIN_COVERAGE, 0.5, 0.67])].sort()) {
  const result = measure(index, queries, minCoverage);
  const marker = minCoverage === WIDGET_MIN_COVERAGE ? ' ← widget' : '';
  console.log(`${minCoverage.toFixed(2).padStart(12)} | ${percent(result.top1).padStart(6)} | ${percent(result.top3).padStart(6)} | ${percent(toldNoMatch(index, minCoverage)).padStart(20)} | ${ms(result.p50).padStart(9)} | ${ms(result.p95).padStart(9)}${marker}`);
}

// Replay "solved" outcomes: customers of half the queries (even positions) found their article and
// said so; measure the other half as evidence grows, to show more phrasings never make it worse
// (a plain BM25 over concatenated phrasings would). The last rows repeat every outcome, as busy
// articles gather the same words many times, and add 10% "solved" clicks on a wrong article.
const taught = queries.filter((_, position) => position % 2 === 0);
const heldOut = queries.filter((_, position) => position % 2 === 1);
const solved = (query, article = query.expected) => ({ article, locale: query.locale, text: query.text, outcome: 'solved' });
const wrongArticle = (query, position) => articles.filter((article) => article.locale === query.locale && article.id !== query.expected)[position % 20].id;
const steps = [
  ['nothing learned', []],
  [`${taught.length / 4} outcomes`, taught.slice(0, taught.length / 4).map((query) => solved(query))],
  [`${taught.length / 2} outcomes`, taught.slice(0, taught.length / 2).map((query) => solved(query))],
  [`${taught.length} outcomes`, taught.map((query) => solved(query))],
  [`${taught.length * 5} outcomes (each ×5)`, Array.from({ length: 5 }, () => taught.map((query) => solved(query))).flat()],
  [`… + 10% wrong "solved"`, [
    ...Array.from({ length: 5 }, () => taught.map((query) => solved(query))).flat(),
    ...taught.filter((_, position) => position % 2 === 0).map((query, position) => solved(query, wrongArticle(query, position))),
  ]],
];
console.log(`\nAs evidence grows (learned on ${taught.length} queries, measured on the ${heldOut.length} others, min coverage ${WIDGET_MIN_COVERAGE}):`);
console.log('evidence                         | top-1  | top-3');
for (const [label, outcomes] of steps) {
  const result = measure(createArticleIndex(articles, { learned: learnFromOutcomes(outcomes) }), heldOut, WIDGET_MIN_COVERAGE);
  console.log(`${label.padEnd(32)} | ${percent(result.top1).padStart(6)} | ${percent(result.top3).padStart(6)}`);
}

const widget = measure(index, queries, WIDGET_MIN_COVERAGE);
const verdict = widget.top3 >= BUDGET.top3 ? '✓ within budget' : '✗ BELOW BUDGET';
console.log(`\nTop-3 accuracy as the widget ranks: ${percent(widget.top3)} (budget ≥ ${percent(BUDGET.top3)}): ${verdict}`);
if (widget.top3 < BUDGET.top3) process.exitCode = 1;
