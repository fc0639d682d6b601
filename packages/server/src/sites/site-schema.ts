import * as v from 'valibot';
import { CASE_EVENT_TYPES, CASE_PRIORITIES, LocaleSchema, LocalizedTextSchema } from '@loket/sdk';
import type { Article, CasePriority, Flow } from '@loket/sdk';
import { isDuration, parseDuration } from '../rules/business-time';

const ORIGIN = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      return new URL(value).origin === value;
    } catch {
      return false;
    }
  }, 'An origin is a scheme, host and optional port without a path, e.g. "https://www.example.com".'),
);

const HTTP_URL = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'Give a full web address, e.g. "https://www.example.com/support".'),
);

const TIME_ZONE = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }, 'A time zone is an IANA name such as "Europe/Amsterdam".'),
);

/** Opening hours of one day, e.g. `08:30-17:30`; several ranges with commas: `08:00-12:00, 13:00-17:00`. */
const HOURS = v.pipe(
  v.string(),
  v.regex(
    /^\s*([01]\d|2[0-3]):[0-5]\d\s*-\s*(([01]\d|2[0-3]):[0-5]\d|24:00)\s*(,\s*([01]\d|2[0-3]):[0-5]\d\s*-\s*(([01]\d|2[0-3]):[0-5]\d|24:00)\s*)*$/,
    'Write opening hours as "08:30-17:30", or several ranges as "08:00-12:00, 13:00-17:00".',
  ),
);

/** A duration such as `4h`, `30m`, `1h30m` (service levels count business time) or `14d` (windows count calendar time). */
const DURATION = v.pipe(
  v.string(),
  // One check, so a wrong duration gets one message.
  v.check(isDuration, 'Write a duration as e.g. "4h", "30m", "1h30m" or "14d".'),
);

/** How long a finished case is kept, e.g. `730d`: a duration of at least a day. */
const RETENTION_PERIOD = v.pipe(
  DURATION,
  // Only for a duration, so a wrong one gets one message.
  v.check((text) => !isDuration(text) || parseDuration(text) >= 24 * 60, 'A retention period is at least a day, e.g. "730d" (two years).'),
);

/**
 * Requests a minute each client address may send to a site's public API, by kind, when its
 * `site.yaml` does not say: far more than one customer sends (one report, a few dozen suggestions
 * while typing), so that many customers behind one address (an office, a mobile network) pass too.
 */
export const DEFAULT_RATE_LIMITS = {
  /** Reports filed (`POST …/cases`). */
  cases: 60,
  /** Suggestions, impressions and attempts (`POST …/suggest`, `…/impressions`, `…/attempts`). */
  selfHelp: 1200,
  /** Reads of a case and messages to it with its token (`GET /v1/cases/…`, `POST …/messages`). */
  caseAccess: 600,
} as const;

const PER_MINUTE = (what: string) =>
  v.optional(
    v.pipe(v.number(), v.integer(`rateLimits.${what} is a whole number of requests a minute.`), v.minValue(1, `rateLimits.${what} is at least 1 request a minute.`)),
    DEFAULT_RATE_LIMITS[what as keyof typeof DEFAULT_RATE_LIMITS],
  );

const DATE = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Write a date as YYYY-MM-DD, e.g. 2026-12-25.'));

/**
 * A secret from the configuration: written as is, or `$NAME` to read it from the environment
 * variable `NAME` when the server starts (keep real secrets out of the file).
 */
const SECRET = v.pipe(v.string(), v.minLength(1, 'A secret is not empty; write it, or "$NAME" to read it from the environment variable NAME.'));

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A weekday key in `businessHours`. */
export type Weekday = (typeof WEEKDAYS)[number];

const COUNT_RULE = (what: string) =>
  v.pipe(v.number(), v.integer(`${what} is a whole number.`), v.minValue(1, `${what} is at least 1; leave it out to turn this rule off.`));

/** Schema of a site's `site.yaml`. The topics and their questions live in `flows/`. */
export const SiteFileSchema = v.strictObject({
  /** The company's name as customers know it. */
  name: v.pipe(v.string(), v.minLength(1)),
  /** Language of the widget when the page does not say. */
  defaultLocale: v.optional(LocaleSchema, 'nl'),
  /** Web origins allowed to call the API from a browser, besides the server's own. */
  origins: v.optional(v.array(ORIGIN), []),
  /** What happens after a case is filed, shown to the customer. */
  nextSteps: LocalizedTextSchema,
  /** Time zone of the business hours and holidays. */
  timeZone: v.optional(TIME_ZONE, 'Europe/Amsterdam'),
  /** When support works, per weekday (`mon` … `sun`); a day left out is closed. Without it, support works around the clock. */
  businessHours: v.optional(v.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, v.optional(HOURS)])) as Record<Weekday, v.OptionalSchema<typeof HOURS, undefined>>)),
  /** Days support is closed although the weekday is open, as `YYYY-MM-DD`. */
  holidays: v.optional(v.array(DATE), []),
  /** How soon support responds to a new case, in business time, per priority. A priority left out has no promise. */
  serviceLevels: v.optional(v.strictObject(Object.fromEntries(CASE_PRIORITIES.map((priority) => [priority, v.optional(DURATION)])) as Record<CasePriority, v.OptionalSchema<typeof DURATION, undefined>>), {}),
  /** A new report from the same e-mail address or browser on the same topic within `window` is added to the open case. */
  repeatContacts: v.optional(v.strictObject({ window: v.optional(DURATION, '14d') }), { window: '14d' }),
  /** When a case is escalated (priority up one step, support level up one); each rule at most once per case. Leave a rule out to turn it off. */
  escalation: v.optional(
    v.strictObject({
      /** Escalate when this many articles did not help (before and after filing). */
      failedAttempts: v.optional(COUNT_RULE('failedAttempts')),
      /** Escalate when the customer came back about the case this many times. */
      repeatContacts: v.optional(COUNT_RULE('repeatContacts')),
      /** Escalate when support did not respond by the promised time. */
      responseTimeBreached: v.optional(v.boolean(), false),
    }),
    {},
  ),
  /**
   * How long cases are kept: a case that is `solved` or `closed` is erased (as by the admin API's
   * erase) once it has not changed for `cases`. Open cases are kept. Off when left out.
   */
  retention: v.optional(v.strictObject({ cases: RETENTION_PERIOD })),
  /**
   * Requests a minute that one client address may send to the site's public API, by kind; a
   * client over a limit gets 429 with `Retry-After` until the minute is over (docs/sites.md).
   */
  rateLimits: v.optional(
    v.strictObject({ cases: PER_MINUTE('cases'), selfHelp: PER_MINUTE('selfHelp'), caseAccess: PER_MINUTE('caseAccess') }),
    { ...DEFAULT_RATE_LIMITS },
  ),
  /** Keys for the admin API (`Authorization: Bearer <key>`), at least 24 characters each; several allow rotation. */
  secretKeys: v.optional(v.array(SECRET), []),
  /**
   * Key of the signatures with which the company's own backend vouches for a logged-in customer's
   * e-mail address (`Loket.identify({ email, signature })`, signature = HMAC-SHA256 of the address
   * in hex): a case whose address comes with a valid signature has `contact.verified: true`.
   * At least 24 characters, best as "$NAME". Without it no address is verified.
   */
  identitySecret: v.optional(SECRET),
  /** E-mail to customers who left an address, when support replies, asks or changes the status. */
  email: v.optional(
    v.strictObject({
      /** Sender, e.g. `Zeewind Support <support@zeewind.example>`. */
      from: v.pipe(v.string(), v.minLength(3)),
      smtp: v.strictObject({
        host: v.pipe(v.string(), v.minLength(1)),
        port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535)), 587),
        /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
        secure: v.optional(v.boolean(), false),
        user: v.optional(v.string()),
        password: v.optional(SECRET),
      }),
      /** The page with the widget; the e-mail links to it with `#loket-case=…` to open the case. */
      caseLink: HTTP_URL,
    }),
  ),
  /** Receivers of signed case events (HMAC-SHA256 of the timestamp and body with `secret`). */
  webhooks: v.optional(
    v.array(
      v.strictObject({
        url: HTTP_URL,
        secret: SECRET,
        /** Event types to send; all when left out. */
        events: v.optional(v.array(v.picklist(CASE_EVENT_TYPES, `An event type is one of: ${CASE_EVENT_TYPES.join(', ')}.`))),
      }),
    ),
    [],
  ),
});

/** A site's configuration as written in `site.yaml`, after validation. */
export type SiteFile = v.InferOutput<typeof SiteFileSchema>;

/** A configured site: its key, its `site.yaml` (with `$NAME` secrets read), its flows (one per topic, in order) and its articles. */
export type Site = SiteFile & { key: string; flows: Flow[]; articles: Article[] };
