import * as v from 'valibot';
import { SupportCaseSchema } from './case';
import { EMAIL_MAX_LENGTH } from './contact';

/**
 * Whose data to export or erase: every case with this contact address, and whatever else the
 * site stores about the address (`POST /v1/admin/sites/:site/contacts/export` and `…/erase`).
 * The address travels in the body, so it stays out of URLs and access logs.
 */
export const ContactSubjectInputSchema = v.object({
  /** The e-mail address, compared without regard to case. */
  email: v.pipe(
    v.string('Give the e-mail address whose data to export or erase, e.g. name@example.com.'),
    v.trim(),
    v.maxLength(EMAIL_MAX_LENGTH, `An e-mail address has at most ${EMAIL_MAX_LENGTH} characters.`),
    v.email('This is not an e-mail address; it looks like name@example.com.'),
  ),
});

/** Whose data to export or erase, by e-mail address. */
export type ContactSubjectInput = v.InferInput<typeof ContactSubjectInputSchema>;

/** An e-mail or webhook delivery about a case, as stored (sent, or still waiting to be). */
export const ExportedDeliverySchema = v.object({
  channel: v.picklist(['webhook', 'email']),
  /** The webhook's URL or the e-mail address. */
  target: v.string(),
  /** The body sent (webhook) or what the e-mail was made of. */
  payload: v.record(v.string(), v.unknown()),
  attempts: v.number(),
  createdAt: v.string(),
  /** ISO 8601 time it arrived, or `null` while it has not. */
  deliveredAt: v.nullable(v.string()),
  lastError: v.nullable(v.string()),
});

/** A self-help step of a report that ended in the case: an article shown, opened or judged, or none found. */
export const ExportedAttemptSchema = v.object({
  article: v.nullable(v.string()),
  /** `shown`, `opened`, `solved`, `not_solved` or `no_match`. */
  outcome: v.string(),
  locale: v.string(),
  topic: v.nullable(v.string()),
  answers: v.record(v.string(), v.unknown()),
  /** The customer's words at the time, as stored: with personal details already replaced. */
  text: v.string(),
  environment: v.record(v.string(), v.unknown()),
  /** The widget's id of the report. */
  report: v.string(),
  createdAt: v.string(),
});

/** Everything stored about one case. */
export const ExportedCaseSchema = v.object({
  /** The case as the admin API shows it, timeline and e-mail address included. */
  case: SupportCaseSchema,
  /** The widget's ids of the reports that filed the case or came back to it. */
  reports: v.array(v.string()),
  /** SHA-256 of the widget's browser id, which recognises a second report from that browser; `null` when none was sent. */
  browserHash: v.nullable(v.string()),
  /** How many tokens open the case; only their hashes are stored, so they cannot be exported. */
  tokens: v.number(),
  /** How many filings with an Idempotency-Key are remembered for it (hashes of the keys only). */
  idempotencyKeys: v.number(),
  deliveries: v.array(ExportedDeliverySchema),
  attempts: v.array(ExportedAttemptSchema),
});

/** Everything stored about one case. */
export type ExportedCase = v.InferOutput<typeof ExportedCaseSchema>;

/**
 * Everything a site stores about one case or one e-mail address:
 * `GET /v1/admin/sites/:site/cases/:reference/export` and `POST /v1/admin/sites/:site/contacts/export`.
 */
export const PrivacyExportSchema = v.object({
  site: v.string(),
  /** ISO 8601 time of the export. */
  exportedAt: v.string(),
  /** What was asked for: one case by reference, or one e-mail address. */
  subject: v.union([v.object({ reference: v.string() }), v.object({ email: v.string() })]),
  /** The case, or every case with the address as contact or as receiver of an e-mail, newest first. */
  cases: v.array(ExportedCaseSchema),
  /**
   * References of other cases whose texts mention the address (someone else's report, a message);
   * only the references, since the rest is about someone else. Empty for a case export.
   */
  mentionedIn: v.array(v.string()),
});

/** Everything a site stores about one case or one e-mail address. */
export type PrivacyExport = v.InferOutput<typeof PrivacyExportSchema>;

/** How many rows an erasure removed or changed. */
export const ErasureCountsSchema = v.object({
  /** Cases deleted, with their timeline, tokens, remembered filings and deliveries. */
  cases: v.number(),
  /** Timeline events deleted with them. */
  events: v.number(),
  /** E-mail and webhook deliveries deleted, sent or not. */
  deliveries: v.number(),
  /** Token hashes deleted: no link or token opens the cases any more. */
  tokens: v.number(),
  /** Remembered filings (Idempotency-Key hashes and answers) deleted. */
  idempotencyKeys: v.number(),
  /** Self-help attempts of the cases' reports kept for the documentation fix report, with text, written answers and report id removed. */
  attemptsAnonymized: v.number(),
  /** Other cases whose texts mentioned the address, now with `[erased]` in its place (erasure by address only). */
  mentionsRedacted: v.number(),
});

/** How many rows an erasure removed or changed. */
export type ErasureCounts = v.InferOutput<typeof ErasureCountsSchema>;

/**
 * The answer to an erasure: `POST /v1/admin/sites/:site/cases/:reference/erase` and
 * `POST /v1/admin/sites/:site/contacts/erase`.
 */
export const ErasureSchema = v.object({
  site: v.string(),
  /** ISO 8601 time of the erasure. */
  erasedAt: v.string(),
  erased: ErasureCountsSchema,
});

/** The answer to an erasure. */
export type Erasure = v.InferOutput<typeof ErasureSchema>;

/** What a privacy log entry records. */
export const PRIVACY_ACTIONS = ['export', 'erase'] as const;
/** What a privacy log entry records: an export or an erasure. */
export type PrivacyAction = (typeof PRIVACY_ACTIONS)[number];

/** Whom a privacy log entry was about: one case, one e-mail address, or the cases the retention period erased. */
export const PRIVACY_SCOPES = ['case', 'contact', 'retention'] as const;
/** Whom a privacy log entry was about. */
export type PrivacyScope = (typeof PRIVACY_SCOPES)[number];

/** One export or erasure, recorded without the data it was about. */
export const PrivacyLogEntrySchema = v.object({
  action: v.picklist(PRIVACY_ACTIONS),
  scope: v.picklist(PRIVACY_SCOPES),
  /** The case's reference for scope `case`; `null` otherwise (an address is never recorded). */
  reference: v.nullable(v.string()),
  /** For an erasure, {@link ErasureCountsSchema}; for an export, how many cases it held. */
  counts: v.record(v.string(), v.number()),
  /** ISO 8601 time. */
  at: v.string(),
});

/** The privacy log of a site, newest first: `GET /v1/admin/sites/:site/privacy-log`. */
export const PrivacyLogSchema = v.object({ entries: v.array(PrivacyLogEntrySchema) });

/** The privacy log of a site. */
export type PrivacyLog = v.InferOutput<typeof PrivacyLogSchema>;
