// The customers of the soak: each a browser of its own with the SDK's client and outbox, as the
// widget uses them. Cases and messages go through the outbox (the same idempotency key on every
// retry, backoff, kept until sent); reads and suggestions through a client that retries as the
// SDK does by default. Every report and message is written down in a ledger, with whether and
// how the customer heard that it arrived, for the reconciliation afterwards.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { newCaseBody } from '../server/scenarios.mjs';

/** What the customers sent and what they heard back. */
export function createLedger(run) {
  return {
    run,
    /** Idempotency key → { reference?, token?, acknowledged, refused? } of each case filed. */
    cases: new Map(),
    /** Idempotency key → { reference, acknowledged, refused? } of each message added. */
    messages: new Map(),
    reads: { answered: 0, notFound: 0, wrong: 0, failed: 0 },
    suggestions: { answered: 0, failed: 0 },
  };
}

/** The description a case is stored with; the reconciliation finds its key in it. */
export const caseDescription = (key) => `Soak ${key}: sinds vrijdagavond geen internet meer; het DSL-lampje brandt rood.`;
export const CASE_KEY_IN_DESCRIPTION = /^Soak (soak-\S+):/;
export const messageText = (key) => `Soak message ${key}: het lampje brandt nog steeds rood.`;
export const MESSAGE_KEY_IN_TEXT = /^Soak message (soak-\S+):/;

const WEIGHTS = [['file', 4], ['read', 3], ['message', 2], ['suggest', 2]];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

function pickOperation() {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const [name, weight] of WEIGHTS) if ((roll -= weight) < 0) return name;
  return 'file';
}

const pickOne = (items) => items[Math.floor(Math.random() * items.length)];

/**
 * Starts `count` customers against `baseUrl` until `until()` says stop.
 *
 * @param sdk - `@loket/sdk`, loaded by the caller.
 * @returns `finished` (resolves when every customer stopped starting new work) and `drain()`,
 *   which sends what the outboxes still keep until nothing is left or `timeoutMs` passed.
 */
export async function startCustomers(sdk, { baseUrl, site, count, pauseMs, ledger, until }) {
  const queries = JSON.parse(await readFile(new URL('../ranking/queries.json', import.meta.url), 'utf8'));
  const acknowledgedCases = [];
  let sequence = 0;

  const acknowledgeCase = (key, created) => {
    const entry = ledger.cases.get(key);
    if (entry.acknowledged) return;
    Object.assign(entry, { acknowledged: true, reference: created.reference, token: created.token });
    acknowledgedCases.push(entry);
  };
  const acknowledgeMessage = (key) => (ledger.messages.get(key).acknowledged = true);
  const refuse = (entries, key, error) => (entries.get(key).refused = `${error.code ?? error.name}: ${error.message}`);

  const customers = Array.from({ length: count }, (_, index) => {
    // As the widget sets them up (retries: 0 behind an outbox), with a shorter backoff for a short run.
    const client = sdk.createClient({ baseUrl, site, retries: 0, timeout: 8_000 });
    const outbox = sdk.createOutbox(client, { indexedDB: null, baseDelay: 100, maxDelay: 2_000 });
    outbox.subscribe((event) => {
      if (event.type === 'sent') (event.item.kind === 'case' ? acknowledgeCase(event.item.key, event.result) : acknowledgeMessage(event.item.key));
      if (event.type === 'refused') refuse(event.item.kind === 'case' ? ledger.cases : ledger.messages, event.item.key, event.error);
    });
    const reader = sdk.createClient({ baseUrl, site, timeout: 8_000 });
    return { index, outbox, reader };
  });

  async function fileCase({ index, outbox }) {
    const key = `soak-${ledger.run}-c${index}-${++sequence}`;
    ledger.cases.set(key, { acknowledged: false });
    const input = { ...JSON.parse(newCaseBody().body), description: caseDescription(key) };
    try {
      const result = await outbox.fileCase(input, key);
      if (result.status === 'sent') acknowledgeCase(key, result.result);
    } catch (error) {
      refuse(ledger.cases, key, error);
    }
  }

  async function addMessage({ index, outbox }) {
    if (acknowledgedCases.length === 0) return fileCase({ index, outbox });
    const { reference, token } = pickOne(acknowledgedCases);
    const key = `soak-${ledger.run}-m${index}-${++sequence}`;
    ledger.messages.set(key, { acknowledged: false, reference });
    try {
      const result = await outbox.addMessage(reference, token, { text: messageText(key) }, key);
      if (result.status === 'sent') acknowledgeMessage(key);
    } catch (error) {
      refuse(ledger.messages, key, error);
    }
  }

  async function readCase({ reader }) {
    if (acknowledgedCases.length === 0) return;
    const { reference, token } = pickOne(acknowledgedCases);
    try {
      const found = await reader.cases.get(reference, token);
      ledger.reads[found.reference === reference ? 'answered' : 'wrong'] += 1;
    } catch (error) {
      ledger.reads[error.code === 'case_not_found' ? 'notFound' : 'failed'] += 1;
    }
  }

  async function suggest({ reader }) {
    const { text, locale } = pickOne(queries);
    try {
      await reader.selfHelp.suggest({ text, locale });
      ledger.suggestions.answered += 1;
    } catch {
      ledger.suggestions.failed += 1;
    }
  }

  const operations = { file: fileCase, read: readCase, message: addMessage, suggest };
  const finished = Promise.all(
    customers.map(async (customer) => {
      while (!until()) {
        await operations[pickOperation()](customer);
        await sleep(pauseMs);
      }
    }),
  );

  return {
    finished,
    async drain(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (const { outbox } of customers) {
        while ((await outbox.pending()).length > 0 && Date.now() < deadline) {
          await outbox.flush({ force: true });
          if ((await outbox.pending()).length > 0) await sleep(200);
        }
        outbox.close();
      }
    },
  };
}
