// What the benchmark asks of the server: the requests a customer's widget sends, with valid bodies
// for the demo site, each from a different customer.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import autocannon from 'autocannon';

const SITE = 'demo';
const JSON_HEADERS = { 'content-type': 'application/json' };

/** What the widget captures on a desktop, as a customer sends it. */
const ENVIRONMENT = {
  os: { name: 'Windows', version: '11' },
  browser: { name: 'Chrome', version: '131' },
  device: { type: 'desktop' },
  language: 'nl-NL',
  timeZone: 'Europe/Amsterdam',
  screen: { width: 1920, height: 1080 },
  viewport: { width: 1440, height: 900 },
  online: true,
  connection: '4g',
  page: 'https://www.zeewind.example/support',
};

const run = randomBytes(4).toString('hex');
let sequence = 0;

/** The JSON of a report with `\u0000` where its id goes: JSON.stringify once, not per request. */
const REPORT_PARTS = JSON.stringify({
  topic: 'internet',
  answers: { since: '2026-11-20', 'modem-on': 'yes', light: 'dsl', 'cable-checked': 'yes', restarted: 'yes', scope: 'all' },
  description: 'Sinds vrijdagavond geen internet meer; het DSL-lampje brandt rood, ook na herstarten (\u0000).',
  environment: ENVIRONMENT,
  articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' }],
  locale: 'nl',
  contact: { browser: 'browser-\u0000' },
  report: 'report-\u0000',
}).split('\\u0000');

/**
 * A report as the widget files it: the internet topic's required answers, an article that did not
 * help, and a browser id and report id of its own, so every report is a new customer's new case
 * (no repeat contact, no escalation). Built from a template: the load client shares the cores with
 * the server, so its own work per request is kept small.
 */
export function newCaseBody() {
  sequence += 1;
  const id = `${run}-${String(sequence).padStart(9, '0')}`;
  return { key: `bench-${id}`, body: REPORT_PARTS.join(id) };
}

/** POST /v1/sites/demo/cases, each request a new report with its own Idempotency-Key. */
export function creatingCases() {
  return {
    method: 'POST',
    path: `/v1/sites/${SITE}/cases`,
    setupRequest(request) {
      const { key, body } = newCaseBody();
      return { ...request, headers: { ...JSON_HEADERS, 'idempotency-key': key }, body };
    },
  };
}

/** POSTs JSON with node:http and resolves with the status and the text of the answer. */
function postJson(url, path, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}${path}`, { method: 'POST', headers: { ...JSON_HEADERS, ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Files `count` cases through the API, ten at a time, and returns their references and tokens.
 * With node:http rather than fetch: in the PostgreSQL part, after the PGlite part, fetch opened
 * its connections to the new server and never sent the requests (the server answered 408 after a
 * minute).
 */
export async function fileCases(url, count) {
  const fileOne = async () => {
    const { key, body } = newCaseBody();
    const { status, text } = await postJson(url, `/v1/sites/${SITE}/cases`, { 'idempotency-key': key }, body);
    if (status !== 201) throw new Error(`Filing a case for the benchmark failed: ${status} ${text}`);
    return JSON.parse(text);
  };
  const filed = [];
  while (filed.length < count) filed.push(...(await Promise.all(Array.from({ length: Math.min(10, count - filed.length) }, fileOne))));
  return filed;
}

/** GET /v1/cases/:reference with the customer's token, going round the cases given. */
export function readingCases(cases) {
  let next = 0;
  return {
    method: 'GET',
    path: `/v1/cases/${cases[0].reference}`,
    setupRequest(request) {
      const { reference, token } = cases[next++ % cases.length];
      return { ...request, path: `/v1/cases/${reference}`, headers: { authorization: `Bearer ${token}` } };
    },
  };
}

/** POST /v1/sites/demo/suggest with the labelled customer queries of the ranking benchmark, in turn. */
export async function suggesting() {
  const queries = JSON.parse(await readFile(new URL('../ranking/queries.json', import.meta.url), 'utf8'));
  const bodies = queries.map(({ text, locale, topic }) => JSON.stringify({ text, locale, ...(topic ? { topic } : {}), environment: ENVIRONMENT }));
  let next = 0;
  return {
    method: 'POST',
    path: `/v1/sites/${SITE}/suggest`,
    setupRequest: (request) => ({ ...request, headers: JSON_HEADERS, body: bodies[next++ % bodies.length] }),
  };
}

/**
 * Drives `url` with `request` over `connections` connections for `seconds`.
 *
 * @returns requests per second, p50 and p99 latency in ms, and errors (non-2xx responses and
 *   connection errors, timeouts included).
 */
export async function drive(url, request, { connections, seconds }) {
  const result = await autocannon({ url, connections, duration: seconds, requests: [request] });
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}
