import * as v from 'valibot';
import { LocaleSchema, LocalizedTextSchema } from '@loket/sdk';
import type { Article, Flow } from '@loket/sdk';

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
});

/** A site's configuration as written in `site.yaml`, after validation. */
export type SiteFile = v.InferOutput<typeof SiteFileSchema>;

/** A configured site: its key, its `site.yaml`, its flows (one per topic, in order) and its articles. */
export type Site = SiteFile & { key: string; flows: Flow[]; articles: Article[] };
