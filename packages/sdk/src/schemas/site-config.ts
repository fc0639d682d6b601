import * as v from 'valibot';
import { LocaleSchema, LocalizedTextSchema } from './locale';

/** One topic a customer can choose. */
export const TopicSchema = v.object({
  id: v.string(),
  label: LocalizedTextSchema,
  /** A line under the label that says what belongs here. */
  hint: v.optional(LocalizedTextSchema),
});

/** A topic a customer can choose. */
export type Topic = v.InferOutput<typeof TopicSchema>;

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
