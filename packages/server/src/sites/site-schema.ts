import * as v from 'valibot';
import { LocaleSchema, LocalizedTextSchema, TOPIC_ID_MAX_LENGTH } from '@loket/sdk';

const TOPIC_ID = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'A topic id uses lower-case letters, digits and dashes, e.g. "wifi-drops".'),
  v.maxLength(TOPIC_ID_MAX_LENGTH),
);

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

/** Schema of a site's `site.yaml`. */
export const SiteFileSchema = v.pipe(
  v.strictObject({
    /** The company's name as customers know it. */
    name: v.pipe(v.string(), v.minLength(1)),
    /** Language of the widget when the page does not say. */
    defaultLocale: v.optional(LocaleSchema, 'nl'),
    /** Web origins allowed to call the API from a browser, besides the server's own. */
    origins: v.optional(v.array(ORIGIN), []),
    /** What happens after a case is filed, shown to the customer. */
    nextSteps: LocalizedTextSchema,
    topics: v.pipe(
      v.array(v.strictObject({ id: TOPIC_ID, label: LocalizedTextSchema, hint: v.optional(LocalizedTextSchema) })),
      v.minLength(1, 'A site needs at least one topic.'),
    ),
  }),
  v.forward(
    v.check(
      (site) => new Set(site.topics.map((topic) => topic.id)).size === site.topics.length,
      'Each topic id may appear only once.',
    ),
    ['topics'],
  ),
);

/** A site's configuration as written in `site.yaml`, after validation. */
export type SiteFile = v.InferOutput<typeof SiteFileSchema>;

/** A configured site: its key and its validated configuration. */
export type Site = SiteFile & { key: string };
