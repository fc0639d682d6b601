import type { Answers, CaseInput, TriedArticle } from '@loket/sdk';
import type { Corrections } from './corrections';
import type { StepKey } from './report-steps';
import { isRecord, readJson, removeStored, writeJson } from './storage';

/** A report in progress: what the customer chose and typed so far, and where they are. */
export type Report = {
  topic: string;
  answers: Answers;
  description: string;
  /**
   * Where updates on the case go, as the customer typed it; empty when they want none. Absent
   * until they type: the address the host page identified them with (`Loket.identify`) shows then.
   */
  email?: string;
  /** The customer's name as they typed it; absent until they do, like {@link Report.email}. */
  name?: string;
  /** Environment fields the customer removed. */
  removed: string[];
  /** What the customer confirmed or corrected of the detected details. */
  corrections: Corrections;
  /** Articles the customer opened and said did not help; sent with the case. */
  articlesTried: TriedArticle[];
  step: StepKey;
  /**
   * Random id of the report, made with its first change and sent with its impressions, attempts
   * and case, so the documentation fix report counts customers rather than clicks.
   */
  id?: string;
};

/** A report kept in the browser, so a reload or a new page loses nothing. */
export type Draft = Report & {
  /**
   * A send that may have reached the server: its idempotency key, the exact input it sent, and a
   * fingerprint of the report it came from. Sending the same report again resends that input with
   * that key, so one case results however often the customer retries or reloads.
   */
  attempt?: { key: string; fingerprint: string; input: CaseInput };
};

/** A report not yet begun. */
export const EMPTY_REPORT: Report = { topic: '', answers: {}, description: '', removed: [], corrections: {}, articlesTried: [], step: 'topic' };

// Drafts older than this are forgotten: a week-old half report is more confusing than helpful.
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const VERSION = 2;

const keyFor = (site: string) => `loket:draft:${site}`;

// As ReportIdSchema in the SDK: a stored id of another shape would make every send fail.
const REPORT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Reads the draft of a site. Storage can be refused (private windows, strict settings); then
 * there is simply no draft.
 */
export function loadDraft(site: string, now = Date.now()): Draft | undefined {
  const stored = readJson(keyFor(site));
  if (!isRecord(stored) || stored.version !== VERSION || now - (stored.savedAt as number) > MAX_AGE_MS) return undefined;
  return isDraft(stored.draft) ? stored.draft : undefined;
}

/** Keeps the draft of a site; failures to store are ignored (the report still works). */
export function saveDraft(site: string, draft: Draft, now = Date.now()): void {
  // Storage full or refused: the draft lives only as long as the page.
  writeJson(keyFor(site), { version: VERSION, savedAt: now, draft });
}

/** Forgets the draft of a site, e.g. once its case is filed. */
export function clearDraft(site: string): void {
  removeStored(keyFor(site));
}

/**
 * Tells whether stored data has the shape of a draft. Storage is shared with the host page and
 * survives our own upgrades; a draft of another shape is dropped rather than break the widget.
 */
function isDraft(value: unknown): value is Draft {
  if (!isRecord(value)) return false;
  const { topic, answers, description, email, name, removed, corrections, articlesTried, step, attempt, id } = value;
  return (
    typeof topic === 'string' &&
    isRecord(answers) &&
    Object.values(answers).every((answer) => typeof answer === 'string' || (Array.isArray(answer) && answer.every((item) => typeof item === 'string'))) &&
    typeof description === 'string' &&
    (email === undefined || typeof email === 'string') &&
    (name === undefined || typeof name === 'string') &&
    Array.isArray(removed) && removed.every((item) => typeof item === 'string') &&
    isRecord(corrections) &&
    Array.isArray(articlesTried) && articlesTried.every((item) => isRecord(item) && typeof item.article === 'string') &&
    typeof step === 'string' &&
    (id === undefined || (typeof id === 'string' && REPORT_ID.test(id))) &&
    (attempt === undefined || (isRecord(attempt) && typeof attempt.key === 'string' && typeof attempt.fingerprint === 'string' && isRecord(attempt.input)))
  );
}
