import * as v from 'valibot';

const SHORT_TEXT = v.pipe(v.string(), v.maxLength(200));

/** How the customer checked a detected value: left as detected, `confirmed`, or `corrected`. */
export const VERIFICATIONS = ['confirmed', 'corrected'] as const;

/** Operating system as captured in the browser, e.g. `{ name: 'Windows', version: '11' }`. */
export const OsSchema = v.object({
  name: SHORT_TEXT,
  version: v.optional(SHORT_TEXT),
  /** Set when a flow asked the customer to check it. */
  verified: v.optional(v.picklist(VERIFICATIONS)),
});

/** Browser as captured in the browser, e.g. `{ name: 'Chrome', version: '131' }`. */
export const BrowserSchema = v.object({
  name: SHORT_TEXT,
  version: v.optional(SHORT_TEXT),
  /** Set when a flow asked the customer to check it. */
  verified: v.optional(v.picklist(VERIFICATIONS)),
});

/** Kinds of device told apart by the environment capture. */
export const DEVICE_TYPES = ['desktop', 'mobile', 'tablet'] as const;

/** A width and height in CSS pixels. */
export const SizeSchema = v.object({
  width: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
});

/** A value the host page passed with `Loket.setContext()`. */
export const ContextValueSchema = v.union([
  v.pipe(v.string(), v.maxLength(500)),
  v.number(),
  v.boolean(),
]);

/**
 * The environment of a report: what the widget captured and the customer agreed to send.
 * Every field is optional, because the customer can remove any of them.
 */
export const EnvironmentSchema = v.object({
  os: v.optional(OsSchema),
  browser: v.optional(BrowserSchema),
  device: v.optional(v.object({ type: v.picklist(DEVICE_TYPES) })),
  /** BCP 47 language tag of the browser, e.g. `nl-NL`. */
  language: v.optional(v.pipe(v.string(), v.maxLength(35))),
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  timeZone: v.optional(v.pipe(v.string(), v.maxLength(64))),
  screen: v.optional(SizeSchema),
  viewport: v.optional(SizeSchema),
  online: v.optional(v.boolean()),
  /** Effective connection type where the browser tells it, e.g. `4g`. */
  connection: v.optional(v.pipe(v.string(), v.maxLength(20))),
  /** Page the report was made on, without query string or fragment. */
  page: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  /** The host page's own context, passed with `Loket.setContext({...})`. */
  context: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.maxLength(64)), ContextValueSchema),
      v.check((record) => Object.keys(record).length <= 30, 'At most 30 context fields.'),
    ),
  ),
});

/** Operating system as captured in the browser. */
export type Os = v.InferOutput<typeof OsSchema>;
/** Browser as captured in the browser. */
export type Browser = v.InferOutput<typeof BrowserSchema>;
/** Kind of device. */
export type DeviceType = (typeof DEVICE_TYPES)[number];
/** The environment of a report; every field optional. */
export type Environment = v.InferOutput<typeof EnvironmentSchema>;
