import * as v from 'valibot';
import { LocaleSchema } from './locale';
import { ESCALATION_REASONS } from './timeline';

/**
 * Kinds of items on the documentation fix report: an article customers tried that did not help
 * (`failing_article`), a group of questions no article answered (`unanswered`), and a topic or
 * environment with many repeat contacts and escalations (`hotspot`).
 */
export const INSIGHT_KINDS = ['failing_article', 'unanswered', 'hotspot'] as const;

/** Kind of a documentation fix report item. */
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** The parts of an environment the report groups by. */
export const ENVIRONMENT_GROUP_FIELDS = ['os', 'browser', 'device'] as const;

/** The part of an environment a group is about. */
export type EnvironmentGroupField = (typeof ENVIRONMENT_GROUP_FIELDS)[number];

const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));
const SHARE = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/**
 * A group of environments as customers know them: an operating system or browser with its major
 * version (`Windows 7`, `macOS 10.13`, `Chrome 131`), or a kind of device (`mobile`).
 */
export const EnvironmentGroupSchema = v.object({
  field: v.picklist(ENVIRONMENT_GROUP_FIELDS),
  /** Name as captured, e.g. `Windows`; for `device` the device type, e.g. `mobile`. */
  name: v.string(),
  /** Major version as customers know it, e.g. `7` or `10.13`; absent when unknown or for devices. */
  version: v.optional(v.string()),
  /** `name` and `version` together, e.g. `Windows 7`: what the report shows. */
  label: v.string(),
});

/** A group of environments, e.g. Windows 7. */
export type EnvironmentGroup = v.InferOutput<typeof EnvironmentGroupSchema>;

/** How an article fared in one group of environments. */
export const ArticleEnvironmentSchema = v.object({
  environment: EnvironmentGroupSchema,
  /** Customers in this group who said whether the article solved it. */
  judged: COUNT,
  /** Of those, how many said it did not. */
  failed: COUNT,
  /** `failed / judged`. */
  failureRate: SHARE,
});

/** How an article fared in one group of environments. */
export type ArticleEnvironment = v.InferOutput<typeof ArticleEnvironmentSchema>;

const ITEM_BASE = {
  /** Place on the ranked list, from 1. */
  rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** How many customers this item affected (distinct reports, or cases for hotspots); the list is ranked by it. */
  affected: COUNT,
};

/**
 * An article customers tried that did not help. Counts are of distinct reports: a customer who
 * opens an article twice counts once.
 */
export const FailingArticleInsightSchema = v.object({
  ...ITEM_BASE,
  kind: v.literal('failing_article'),
  /** Article id, e.g. `installer-windows-7-8`. */
  article: v.string(),
  /** Its title in the report's language (the id when the article no longer exists). */
  title: v.string(),
  /** Reports the article was suggested in. */
  shown: COUNT,
  /** Reports in which the customer opened it (at least those that gave an outcome). */
  tried: COUNT,
  /** Reports in which it solved the problem. */
  solved: COUNT,
  /** Reports in which it did not (`affected` is this number). */
  failed: COUNT,
  /** `failed / (solved + failed)`. */
  failureRate: SHARE,
  /** Cases filed after the article did not help. */
  filedAfter: COUNT,
  /** Environments where it fails most, worst first (at most three). */
  environments: v.array(ArticleEnvironmentSchema),
});

/** An article customers tried that did not help. */
export type FailingArticleInsight = v.InferOutput<typeof FailingArticleInsightSchema>;

/** An answer to a guided question that many reports in a group share. */
export const CommonAnswerSchema = v.object({
  /** Question id in the topic's flow. */
  question: v.string(),
  /** The answer as stored (an option id, `yes`/`no`, or text). */
  answer: v.string(),
  /** The question as the flow words it, in the report's language (the id when the flow no longer has it). */
  questionText: v.string(),
  /** The answer as the customer saw it, e.g. the option's label. */
  answerText: v.string(),
  /** Reports in the group with this answer. */
  count: COUNT,
});

/** An answer many reports in a group share. */
export type CommonAnswer = v.InferOutput<typeof CommonAnswerSchema>;

/** A group of similar reports for which no article was suggested: a question the documents do not answer. */
export const UnansweredInsightSchema = v.object({
  ...ITEM_BASE,
  kind: v.literal('unanswered'),
  /** Topic id of the reports, or `null` when they had none. */
  topic: v.nullable(v.string()),
  /** Words that mark the group, most telling first (as the customers wrote them). */
  words: v.array(v.string()),
  /** Answers most of the group gave, most common first. */
  answers: v.array(CommonAnswerSchema),
  /** Reports in the group that ended in a case. */
  filed: COUNT,
  /** Up to three typical reports in the customers' words, with personal details removed. */
  examples: v.array(v.string()),
});

/** A group of similar reports for which no article was suggested. */
export type UnansweredInsight = v.InferOutput<typeof UnansweredInsightSchema>;

/** A topic or a group of environments with many repeat contacts and escalations. */
export const HotspotInsightSchema = v.object({
  ...ITEM_BASE,
  kind: v.literal('hotspot'),
  /** The topic id, when this hotspot is a topic. */
  topic: v.nullable(v.string()),
  /** The environment group, when this hotspot is an environment. */
  environment: v.nullable(EnvironmentGroupSchema),
  /** Cases filed in the period in this topic or environment. */
  cases: COUNT,
  /** Cases the customer came back about at least once. */
  repeated: COUNT,
  /** Repeat contacts in all. */
  repeatContacts: COUNT,
  /** Cases escalated at least once (`affected` counts cases repeated or escalated). */
  escalated: COUNT,
  /** Escalations by reason. */
  reasons: v.object(Object.fromEntries(ESCALATION_REASONS.map((reason) => [reason, COUNT])) as Record<(typeof ESCALATION_REASONS)[number], typeof COUNT>),
});

/** A topic or a group of environments with many repeat contacts and escalations. */
export type HotspotInsight = v.InferOutput<typeof HotspotInsightSchema>;

/** One item of the documentation fix report. */
export const InsightSchema = v.variant('kind', [FailingArticleInsightSchema, UnansweredInsightSchema, HotspotInsightSchema]);

/** One item of the documentation fix report. */
export type Insight = v.InferOutput<typeof InsightSchema>;

/** Self-help and cases on one day of the period, for charts. */
export const InsightDaySchema = v.object({
  /** The day, `YYYY-MM-DD`, in the site's time zone. */
  date: v.string(),
  /** Reports in which an article solved the problem. */
  solved: COUNT,
  /** Reports in which an article did not help. */
  failed: COUNT,
  /** Reports for which no article was suggested. */
  unanswered: COUNT,
  /** Cases filed. */
  cases: COUNT,
});

/** Self-help and cases on one day. */
export type InsightDay = v.InferOutput<typeof InsightDaySchema>;

/** The documentation fix report: `GET /v1/admin/insights/docs`. */
export const DocsReportSchema = v.object({
  site: v.string(),
  /** Language of titles in the report. */
  locale: LocaleSchema,
  /** ISO 8601 start of the period, or `null` for everything recorded. */
  since: v.nullable(v.string()),
  /** ISO 8601 end of the period (when the report was made). */
  until: v.string(),
  /** Titles of the topics named in the items, by topic id, in the report's language. */
  topics: v.record(v.string(), v.string()),
  /** Totals over the period, counted as in the items. */
  totals: v.object({
    /** Reports that got self-help: an article suggested, tried, or none found. */
    reports: COUNT,
    solved: COUNT,
    failed: COUNT,
    unanswered: COUNT,
    cases: COUNT,
    /** Cases the customer came back about at least once. */
    repeated: COUNT,
    /** Cases escalated at least once. */
    escalated: COUNT,
  }),
  /** What to fix, most customers affected first. */
  items: v.array(InsightSchema),
  /** Day by day, oldest first, every day of the period (at most the last 366). */
  days: v.array(InsightDaySchema),
});

/** The documentation fix report. */
export type DocsReport = v.InferOutput<typeof DocsReportSchema>;

/** Formats the report can be had in: `json` (the default), `markdown` (for an issue tracker) and `csv`. */
export const DOCS_REPORT_FORMATS = ['json', 'markdown', 'csv'] as const;

/** A format of the documentation fix report. */
export type DocsReportFormat = (typeof DOCS_REPORT_FORMATS)[number];
