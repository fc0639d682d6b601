// What bench/ranking-speed.mjs runs in Chromium and in Node: esbuild bundles this file with the
// SDK's source, as the widget's own build does, so both measure the very code the widget ships.
// Repeated timings use tinybench in both (bundled for the page) with every sample kept: the query
// task ranks the next query of the set on each call, so its samples are the spread over a few
// hundred different queries, not one query repeated; the caller computes percentiles from them.
// A first use is one call in a fresh page, which tinybench would warm up first, so it is timed
// with performance.now() around the call (5 µs steps, as the page is cross-origin isolated).
import { Bench } from 'tinybench';
import { createArticleIndex, rankArticles, readArticleIndex, SUGGESTION_MIN_COVERAGE } from '@loket/sdk';

/** As `Knowledge` in packages/widget/src/internal/knowledge.ts builds the index when the server's cannot be used. */
const indexAsWidget = ({ articles, learned }) => createArticleIndex(articles, { learned });

/** As `Knowledge` reads the index the server made for the articles it fetched. */
const readAsWidget = ({ articles, version }, bytes) => readArticleIndex(bytes, articles, { version });

/** As `Knowledge.rank` ranks for the report so far. */
const rankAsWidget = (index, { locale, ...query }) => rankArticles(index, { locale, limit: 3, minCoverage: SUGGESTION_MIN_COVERAGE, ...query });

/** Fetches and parses a knowledge base, as the widget does before indexing it (not timed). */
const fetchKnowledgeBase = async (url) => (await fetch(url)).json();

/** Fetches the bytes of a served index (not timed). */
const fetchIndex = async (url) => (await fetch(url)).arrayBuffer();

/**
 * The index made ready and the first query in a fresh page (or Node worker): what a customer
 * waits for when opening self-help, with nothing compiled or cached yet. `how` is `read` (the
 * index the server serves, as the widget uses it) or `build` (as the widget does without it).
 * @returns milliseconds of each
 */
export async function measureFirstUse({ knowledgeBaseUrl, indexUrl, how, query }) {
  const knowledgeBase = await fetchKnowledgeBase(knowledgeBaseUrl);
  const bytes = how === 'read' ? await fetchIndex(indexUrl) : undefined;
  const start = performance.now();
  const index = how === 'read' ? readAsWidget(knowledgeBase, bytes) : indexAsWidget(knowledgeBase);
  const ready = performance.now();
  rankAsWidget(index, query);
  return { ready: ready - start, firstQuery: performance.now() - ready };
}

/** Runs `fn` exactly `iterations` times after `warmup` calls and returns every sample (ms). */
async function sample(fn, iterations, warmup) {
  const bench = new Bench({ iterations, time: 0, warmupIterations: warmup, warmupTime: 0, retainSamples: true, throws: true });
  bench.add('task', fn);
  const [task] = await bench.run();
  return [...task.result.latency.samples];
}

/**
 * Repeated index builds and reads, and queries once warm, as while a customer types: per locale,
 * `builds` builds and reads, and every query of that locale `rounds` times.
 * @returns per locale `{ build, read, query }`, each a list of samples in milliseconds
 */
export async function measureWarm({ knowledgeBaseUrls, indexUrls, queries, builds, rounds }) {
  const results = {};
  for (const [locale, url] of Object.entries(knowledgeBaseUrls)) {
    const knowledgeBase = await fetchKnowledgeBase(url);
    const bytes = await fetchIndex(indexUrls[locale]);
    const build = await sample(() => indexAsWidget(knowledgeBase), builds, 3);
    const read = await sample(() => readAsWidget(knowledgeBase, bytes), builds, 3);
    const index = readAsWidget(knowledgeBase, bytes);
    const ofLocale = queries.filter((query) => query.locale === locale);
    let next = 0;
    const query = await sample(() => rankAsWidget(index, ofLocale[next++ % ofLocale.length]), ofLocale.length * rounds, ofLocale.length);
    results[locale] = { build, read, query };
  }
  return results;
}
