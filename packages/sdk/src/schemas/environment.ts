import * as v from 'valibot';
import { recordOf } from './record-keys';

/** Longest name or version of an operating system or browser. */
const ENVIRONMENT_TEXT_MAX_LENGTH = 200;
/** Longest page address. */
const PAGE_MAX_LENGTH = 2000;
/** Most fields the host page's context can hold. */
const CONTEXT_MAX_FIELDS = 30;
/** Longest name of a context field. */
const CONTEXT_NAME_MAX_LENGTH = 64;
/** Longest text value of a context field. */
const CONTEXT_TEXT_MAX_LENGTH = 500;

/** Text of at most `max` characters; the message names the limit. */
const textOfAtMost = (max: number) => v.pipe(v.string(), v.maxLength(max, `At most ${max} characters.`));

const SHORT_TEXT = textOfAtMost(ENVIRONMENT_TEXT_MAX_LENGTH);

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
  textOfAtMost(CONTEXT_TEXT_MAX_LENGTH),
  // JSON cannot hold Infinity: it would be stored as null.
  v.pipe(v.number(), v.finite('A number in the context is finite.')),
  v.boolean(),
], `A context value is text (at most ${CONTEXT_TEXT_MAX_LENGTH} characters), a finite number or true/false.`);

/**
 * The environment of a report: what the widget captured and the customer agreed to send.
 * Every field is optional, because the customer can remove any of them.
 */
export const EnvironmentSchema = v.object({
  os: v.optional(OsSchema),
  browser: v.optional(BrowserSchema),
  device: v.optional(v.object({ type: v.picklist(DEVICE_TYPES) })),
  /** BCP 47 language tag of the browser, e.g. `nl-NL`. */
  language: v.optional(textOfAtMost(35)),
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  timeZone: v.optional(textOfAtMost(64)),
  screen: v.optional(SizeSchema),
  viewport: v.optional(SizeSchema),
  online: v.optional(v.boolean()),
  /** Effective connection type where the browser tells it, e.g. `4g`. */
  connection: v.optional(textOfAtMost(20)),
  /** Page the report was made on, without query string or fragment. */
  page: v.optional(textOfAtMost(PAGE_MAX_LENGTH)),
  /** The host page's own context, passed with `Loket.setContext({...})`. */
  context: v.optional(
    v.pipe(
      recordOf(
        v.pipe(v.string(), v.maxLength(CONTEXT_NAME_MAX_LENGTH, `A context field's name has at most ${CONTEXT_NAME_MAX_LENGTH} characters.`)),
        ContextValueSchema,
        (key) => `A context field cannot be called '${key}': rename it.`,
      ),
      v.check((record) => Object.keys(record).length <= CONTEXT_MAX_FIELDS, `At most ${CONTEXT_MAX_FIELDS} context fields.`),
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
