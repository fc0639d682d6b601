// What bench/ranking-speed.mjs runs in Chromium and in Node: esbuild bundles this file with the
// SDK's source, as the widget's own build does, so both measure the very code the widget ships.
// Repeated timings use tinybench in both (bundled for the page) with every sample kept: the query
// task ranks the next query of the set on each call, so its samples are the spread over a few
// hundred different queries, not one query repeated; the caller computes percentiles from them.
// A first use is one call in a fresh page, which tinybench would warm up first, so it is timed
// with performance.now() around the call (5 µs steps, as the page is cross-origin isolated).
import { Bench } from 'tinybench';
import { createArticleIndex, rankArticles, SUGGESTION_MIN_COVERAGE } from '@loket/sdk';

/** As `Knowledge` in packages/widget/src/internal/knowledge.ts indexes what it fetched. */
const indexAsWidget = ({ articles, learned }) => createArticleIndex(articles, { learned });

/** As `Knowledge.rank` ranks for the report so far. */
const rankAsWidget = (index, { locale, ...query }) => rankArticles(index, { locale, limit: 3, minCoverage: SUGGESTION_MIN_COVERAGE, ...query });

/** Fetches and parses a knowledge base, as the widget does before indexing it (not timed). */
const fetchKnowledgeBase = async (url) => (await fetch(url)).json();

/**
 * The first index build and the first query in a fresh page (or Node worker): what a customer
 * waits for when opening self-help, with nothing compiled or cached yet.
 * @returns milliseconds of each
 */
export async function measureFirstUse({ knowledgeBaseUrl, query }) {
  const knowledgeBase = await fetchKnowledgeBase(knowledgeBaseUrl);
  const start = performance.now();
  const index = indexAsWidget(knowledgeBase);
  const built = performance.now();
  rankAsWidget(index, query);
  return { build: built - start, firstQuery: performance.now() - built };
}

/** Runs `fn` exactly `iterations` times after `warmup` calls and returns every sample (ms). */
async function sample(fn, iterations, warmup) {
  const bench = new Bench({ iterations, time: 0, warmupIterations: warmup, warmupTime: 0, retainSamples: true, throws: true });
  bench.add('task', fn);
  const [task] = await bench.run();
  return [...task.result.latency.samples];
}

/**
 * Repeated index builds and queries once warm, as while a customer types: per locale, `builds`
 * builds, and every query of that locale `rounds` times.
 * @returns per locale `{ build, query }`, each a list of samples in milliseconds
 */
export async function measureWarm({ knowledgeBaseUrls, queries, builds, rounds }) {
  const results = {};
  for (const [locale, url] of Object.entries(knowledgeBaseUrls)) {
    const knowledgeBase = await fetchKnowledgeBase(url);
    const build = await sample(() => indexAsWidget(knowledgeBase), builds, 3);
    const index = indexAsWidget(knowledgeBase);
    const ofLocale = queries.filter((query) => query.locale === locale);
    let next = 0;
    const query = await sample(() => rankAsWidget(index, ofLocale[next++ % ofLocale.length]), ofLocale.length * rounds, ofLocale.length);
    results[locale] = { build, query };
  }
  return results;
}

/** JSON with maps, sets and typed arrays written as arrays of their entries. */
const toJson = (value) =>
  JSON.stringify(value, (_, inner) => (typeof inner === 'object' && inner !== null && !Array.isArray(inner) && typeof inner[Symbol.iterator] === 'function' ? [...inner] : inner));

/**
 * The index of one knowledge base as JSON, in three parts: the BM25 postings, the vocabulary
 * (every word with its terms, for typos and completions) and the rest (topics, rules, ids and
 * learned signal). The articles themselves are left out: they are the payload.
 */
export async function serialiseIndex({ knowledgeBaseUrl }) {
  const knowledgeBase = await fetchKnowledgeBase(knowledgeBaseUrl);
  const { articles, bm25, vocabulary, ...rest } = indexAsWidget(knowledgeBase).locales[knowledgeBase.locale];
  // The words' shared prefixes are left out: they follow from the sorted words.
  const { words, terms } = vocabulary;
  return { bm25: toJson(bm25), vocabulary: toJson({ words, terms }), rest: toJson(rest), words: words.length, terms: bm25.termIds.size };
}
