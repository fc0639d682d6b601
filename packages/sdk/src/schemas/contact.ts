import * as v from 'valibot';

/** Longest e-mail address, as SMTP allows. */
export const EMAIL_MAX_LENGTH = 254;

/** Shape of a browser id: a random string the widget keeps in the browser. */
export const BROWSER_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * How the customer can be recognised and reached. Both fields are optional: with an e-mail
 * address the customer gets an e-mail when support replies; the same address or the same browser
 * links a new report on the same topic to the open case.
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
  /** A random id the widget keeps in this browser, so a second report from it is recognised. */
  browser: v.optional(v.pipe(v.string(), v.regex(BROWSER_ID_PATTERN, 'A browser id is 16 to 64 letters, digits, dashes or underscores.'))),
});

/** How the customer can be recognised and reached. */
export type Contact = v.InferOutput<typeof ContactSchema>;
