import * as v from 'valibot';
import { FlowSchema } from './flow';
import type { Flow } from './flow';
import { LocaleSchema, LocalizedTextSchema } from './locale';

/**
 * A topic a customer can choose, with its guided questions: the site's flow for that topic.
 * The same schema validates the flow files, so the widget gets exactly what the company wrote.
 */
export const TopicSchema = FlowSchema;

/** A topic a customer can choose, with its guided questions. */
export type Topic = Flow;

/** What the widget needs to know of a site: `GET /v1/sites/:site/config`. */
export const SiteConfigSchema = v.object({
  site: v.string(),
  /** The company's name as customers know it. */
  name: v.string(),
  defaultLocale: LocaleSchema,
  topics: v.array(TopicSchema),
  /** What happens after a case is filed, in the company's words. */
  nextSteps: LocalizedTextSchema,
  limits: v.object({ descriptionMaxLength: v.number() }),
});

/** What the widget needs to know of a site. */
export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;
