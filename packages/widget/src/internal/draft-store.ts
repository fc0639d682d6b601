import type { Answers } from '@loket/sdk';
import type { Corrections } from './corrections';
import type { StepKey } from './report-steps';

/** A report in progress: what the customer chose and typed so far, and where they are. */
export type Report = {
  topic: string;
  answers: Answers;
  description: string;
  /** Environment fields the customer removed. */
  removed: string[];
  /** What the customer confirmed or corrected of the detected details. */
  corrections: Corrections;
  step: StepKey;
};

/** A report kept in the browser, so a reload or a new page loses nothing. */
export type Draft = Report & {
  /** The idempotency key of a send that may have reached the server, with the report it sent. */
  attempt?: { key: string; fingerprint: string };
};

/** A report not yet begun. */
export const EMPTY_REPORT: Report = { topic: '', answers: {}, description: '', removed: [], corrections: {}, step: 'topic' };

// Drafts older than this are forgotten: a week-old half report is more confusing than helpful.
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const VERSION = 1;

const keyFor = (site: string) => `loket:draft:${site}`;

/**
 * Reads the draft of a site. Storage can be refused (private windows, strict settings); then
 * there is simply no draft.
 */
export function loadDraft(site: string, now = Date.now()): Draft | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(keyFor(site)) ?? 'null') as { version: number; savedAt: number; draft: Draft } | null;
    if (!stored || stored.version !== VERSION || now - stored.savedAt > MAX_AGE_MS) return undefined;
    return stored.draft;
  } catch {
    return undefined;
  }
}

/** Keeps the draft of a site; failures to store are ignored (the report still works). */
export function saveDraft(site: string, draft: Draft, now = Date.now()): void {
  try {
    localStorage.setItem(keyFor(site), JSON.stringify({ version: VERSION, savedAt: now, draft }));
  } catch {
    // Storage full or refused: the draft lives only as long as the page.
  }
}

/** Forgets the draft of a site, e.g. once its case is filed. */
export function clearDraft(site: string): void {
  try {
    localStorage.removeItem(keyFor(site));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
