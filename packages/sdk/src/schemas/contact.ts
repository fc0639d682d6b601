import * as v from 'valibot';

/** Longest e-mail address, as SMTP allows. */
export const EMAIL_MAX_LENGTH = 254;

/** Longest name a customer gives. */
export const NAME_MAX_LENGTH = 200;

/** Longest identity signature; an HMAC-SHA256 in hex has 64 characters. */
const SIGNATURE_MAX_LENGTH = 128;

/** Shape of a browser id: a random string the widget keeps in the browser. */
export const BROWSER_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * How the customer can be recognised and reached. Every field is optional: with an e-mail
 * address the customer gets an e-mail when support replies; the same address or the same browser
 * links a new report on the same topic to the open case. A `signature` from the company's own
 * backend vouches for the address (see `signature`).
 */
export const ContactSchema = v.object({
  /** Where updates on the case go. */
  email: v.optional(
    v.pipe(
      v.string('Give an e-mail address, e.g. name@example.com.'),
      v.trim(),
      v.maxLength(EMAIL_MAX_LENGTH, `An e-mail address has at most ${EMAIL_MAX_LENGTH} characters.`),
      v.email('This is not an e-mail address; it looks like name@example.com.'),
    ),
  ),
  /** The customer's name, as they gave it (or the host page passed it to `Loket.identify`). */
  name: v.optional(
    v.pipe(
      v.string('Give a name as text.'),
      v.trim(),
      v.maxLength(NAME_MAX_LENGTH, `A name has at most ${NAME_MAX_LENGTH} characters.`),
    ),
  ),
  /**
   * Proof that the company's site knows this e-mail address: the HMAC-SHA256 (hex) of `email`,
   * exactly as given, keyed with the site's `identitySecret`, computed by the company's backend and
   * passed to `Loket.identify`. A matching signature marks the contact verified; a missing or wrong
   * one leaves it unverified (the case is filed all the same).
   */
  signature: v.optional(v.pipe(v.string(), v.maxLength(SIGNATURE_MAX_LENGTH, `A signature has at most ${SIGNATURE_MAX_LENGTH} characters.`))),
  /** A random id the widget keeps in this browser, so a second report from it is recognised. */
  browser: v.optional(v.pipe(v.string(), v.regex(BROWSER_ID_PATTERN, 'A browser id is 16 to 64 letters, digits, dashes or underscores.'))),
});

/** How the customer can be recognised and reached. */
export type Contact = v.InferOutput<typeof ContactSchema>;
