// The soak's reconciliation: what the customers sent and heard (the ledger) against what the
// server stored, read straight from the server (no proxy, no faults) through its admin API and the
// customers' own case views.
import { CASE_KEY_IN_DESCRIPTION, MESSAGE_KEY_IN_TEXT } from './traffic.mjs';

/** Every case of the site, page by page. */
async function listAllCases(support) {
  const cases = [];
  for (let cursor; ;) {
    const page = await support.cases.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    cases.push(...page.cases);
    if (!page.nextCursor) return cases;
    cursor = page.nextCursor;
  }
}

/**
 * Counts one kind of item: sent, acknowledged, stored, duplicated (keys stored more than once),
 * lost (acknowledged but not stored, or stored elsewhere than the customer was told), stored but
 * never acknowledged, and refused (the server turned it down for good).
 *
 * @param ledger - key → { acknowledged, reference?, refused? }
 * @param storedReferences - key → the references of the cases it is stored on, once per copy.
 */
function count(ledger, storedReferences) {
  const row = { sent: ledger.size, acknowledged: 0, stored: 0, duplicated: 0, lost: 0, storedNotAcknowledged: 0, refused: 0, unknownStored: 0 };
  for (const [key, entry] of ledger) {
    const stored = storedReferences.get(key) ?? [];
    if (entry.acknowledged) row.acknowledged += 1;
    if (entry.refused) row.refused += 1;
    if (stored.length > 0) row.stored += 1;
    if (stored.length > 1) row.duplicated += 1;
    if (entry.acknowledged && !stored.includes(entry.reference)) row.lost += 1;
    if (!entry.acknowledged && stored.length > 0) row.storedNotAcknowledged += 1;
  }
  for (const key of storedReferences.keys()) if (!ledger.has(key)) row.unknownStored += 1;
  return row;
}

function groupByKey(items) {
  const byKey = new Map();
  for (const { key, reference } of items) byKey.set(key, [...(byKey.get(key) ?? []), reference]);
  return byKey;
}

/**
 * Reads back everything stored for the soak's site and compares it with the ledger.
 *
 * @param sdk - `@loket/sdk`.
 * @returns one row for cases and one for messages (see `count`).
 */
export async function reconcile(sdk, { baseUrl, site, secretKey, ledger }) {
  const support = sdk.createSupportClient({ baseUrl, site, secretKey });
  // Each report comes from a browser of its own, so a report filed twice shows as a second case
  // or, linked to the first as the same customer's repeat contact, as a repeat contact on it.
  const storedCases = (await listAllCases(support)).flatMap((stored) =>
    Array(1 + stored.repeatContacts).fill({ key: CASE_KEY_IN_DESCRIPTION.exec(stored.description)?.[1], reference: stored.reference }),
  );
  const cases = count(ledger.cases, groupByKey(storedCases.filter((stored) => stored.key)));

  // Messages are on the timelines of the cases they were sent to: read each once.
  const customer = sdk.createClient({ baseUrl, site });
  const messageCases = new Set([...ledger.messages.values()].map((message) => message.reference));
  const tokens = new Map([...ledger.cases.values()].filter((entry) => entry.acknowledged).map((entry) => [entry.reference, entry.token]));
  const storedMessages = [];
  for (const reference of messageCases) {
    const { timeline } = await customer.cases.get(reference, tokens.get(reference));
    for (const event of timeline) {
      const key = event.type === 'message' ? MESSAGE_KEY_IN_TEXT.exec(event.text)?.[1] : undefined;
      if (key) storedMessages.push({ key, reference });
    }
  }
  const messages = count(ledger.messages, groupByKey(storedMessages));
  return { cases, messages, unmatchedCases: new Set(storedCases.filter((stored) => !stored.key).map((stored) => stored.reference)).size };
}
