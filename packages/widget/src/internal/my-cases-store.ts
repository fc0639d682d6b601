import { CASE_STATUSES, REFERENCE_PATTERN } from '@loket/sdk';
import type { CaseCreated, CaseStatus } from '@loket/sdk';
import { isRecord, readJson, writeJson } from './storage';

/** A message the customer wrote that waits in the outbox to be added to its case. */
export type PendingMessage = { key: string; text: string; queuedAt: number };

/** A case filed from this browser, as My cases remembers it. */
export type SavedCase = {
  reference: string;
  /** The case token: the only way to read the case and add to it. */
  token: string;
  /** Topic id; empty until known (a case opened from a link). */
  topic: string;
  /** ISO 8601 time it was filed (or first seen, for a case opened from a link). */
  filedAt: string;
  /** The status when the widget last read the case. */
  status?: CaseStatus;
  /** When support responds, as last read; `null` when the site promises no time. */
  respondBy?: string | null;
  /** What the customer is typing in the case's message box, kept until it is sent. */
  messageDraft?: string;
  /** A message send that may have reached the server, so a retry adds it once. */
  messageAttempt?: { key: string; text: string };
  /** Messages waiting in the outbox. */
  pendingMessages?: PendingMessage[];
};

/** A report that waits in the outbox to be filed. */
export type PendingReport = { key: string; topic: string; description: string; queuedAt: number };

/** Everything My cases keeps for a site. */
export type MyCases = { cases: SavedCase[]; pending: PendingReport[] };

const VERSION = 1;
// A browser that files more than this has a very unusual support history; keep the newest.
const MAX_CASES = 50;

const keyFor = (site: string) => `loket:cases:${site}`;
// When storage refuses to keep My cases, it lives in memory for the rest of the visit.
const unsaved = new Map<string, MyCases>();

/**
 * Reads My cases of a site. Storage can be refused or hold something else under our key; then
 * the list is empty, or holds only the entries that still have the right shape.
 */
export function loadMyCases(site: string): MyCases {
  const kept = unsaved.get(site);
  if (kept) return kept;
  const stored = readJson(keyFor(site));
  if (!isRecord(stored) || stored.version !== VERSION) return { cases: [], pending: [] };
  return {
    cases: Array.isArray(stored.cases) ? stored.cases.filter(isSavedCase) : [],
    pending: Array.isArray(stored.pending) ? stored.pending.filter(isPendingReport) : [],
  };
}

/** Keeps My cases of a site; failures to store are ignored (the widget still works for this visit). */
function saveMyCases(site: string, data: MyCases): void {
  if (writeJson(keyFor(site), { version: VERSION, cases: data.cases.slice(0, MAX_CASES), pending: data.pending })) unsaved.delete(site);
  // Storage full or refused: My cases lives only as long as the page.
  else unsaved.set(site, data);
}

/**
 * Changes My cases of a site: reads what is stored now (another tab may have changed it), applies
 * the change and stores the result, which it returns.
 */
export function changeMyCases(site: string, change: (data: MyCases) => MyCases): MyCases {
  const next = change(loadMyCases(site));
  saveMyCases(site, next);
  return next;
}

/** How a filed case is remembered: from the server's answer and the topic it was filed on. */
export function savedCaseOf(created: CaseCreated, topic: string): SavedCase {
  return { reference: created.reference, token: created.token, topic, filedAt: created.createdAt, status: created.status, respondBy: created.respondBy };
}

/** Remembers a case, newest first; a case already known keeps its draft and gets the new fields. */
export function rememberCase(site: string, saved: SavedCase): MyCases {
  return changeMyCases(site, (data) => {
    const known = data.cases.find((item) => item.reference === saved.reference);
    const merged = { ...known, ...saved, topic: saved.topic || known?.topic || '' };
    return { ...data, cases: [merged, ...data.cases.filter((item) => item.reference !== saved.reference)] };
  });
}

/**
 * A change to one remembered case: the fields to set, or a function that gets the case as stored
 * now and returns them. Use the function whenever the change depends on what the case holds (its
 * waiting messages, its draft): another tab may have changed it since this one last read it.
 */
export type CasePatch = Partial<SavedCase> | ((saved: SavedCase) => Partial<SavedCase>);

/** Changes one remembered case, as stored now; nothing happens when it is not remembered. */
export function updateCase(site: string, reference: string, patch: CasePatch): MyCases {
  return changeMyCases(site, (data) => ({
    ...data,
    cases: data.cases.map((item) => (item.reference === reference ? { ...item, ...(typeof patch === 'function' ? patch(item) : patch) } : item)),
  }));
}

/** Forgets a case, e.g. when its token is no longer valid. */
export function forgetCase(site: string, reference: string): MyCases {
  return changeMyCases(site, (data) => ({ ...data, cases: data.cases.filter((item) => item.reference !== reference) }));
}

/** Remembers a report that waits in the outbox. */
export function addPendingReport(site: string, pending: PendingReport): MyCases {
  return changeMyCases(site, (data) => ({ ...data, pending: [...data.pending.filter((item) => item.key !== pending.key), pending] }));
}

/** Forgets a waiting report, once it was filed or refused. */
export function removePendingReport(site: string, key: string): MyCases {
  return changeMyCases(site, (data) => ({ ...data, pending: data.pending.filter((item) => item.key !== key) }));
}

function isPendingMessage(value: unknown): value is PendingMessage {
  return isRecord(value) && typeof value.key === 'string' && typeof value.text === 'string' && typeof value.queuedAt === 'number';
}

/** Storage is shared with the host page and survives our own upgrades: check every entry. */
function isSavedCase(value: unknown): value is SavedCase {
  if (!isRecord(value)) return false;
  const { reference, token, topic, filedAt, status, respondBy, messageDraft, messageAttempt, pendingMessages } = value;
  return (
    typeof reference === 'string' && REFERENCE_PATTERN.test(reference) &&
    typeof token === 'string' && token !== '' &&
    typeof topic === 'string' &&
    typeof filedAt === 'string' &&
    (status === undefined || (CASE_STATUSES as readonly unknown[]).includes(status)) &&
    (respondBy === undefined || respondBy === null || typeof respondBy === 'string') &&
    (messageDraft === undefined || typeof messageDraft === 'string') &&
    (messageAttempt === undefined || (isRecord(messageAttempt) && typeof messageAttempt.key === 'string' && typeof messageAttempt.text === 'string')) &&
    (pendingMessages === undefined || (Array.isArray(pendingMessages) && pendingMessages.every(isPendingMessage)))
  );
}

function isPendingReport(value: unknown): value is PendingReport {
  return isRecord(value) && typeof value.key === 'string' && typeof value.topic === 'string' && typeof value.description === 'string' && typeof value.queuedAt === 'number';
}
