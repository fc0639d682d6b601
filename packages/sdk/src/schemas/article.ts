import * as v from 'valibot';
import { DEVICE_TYPES } from './environment';
import { LocaleSchema } from './locale';

const ID = v.pipe(
  v.string('An id is text.'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'An id uses lower-case letters, digits and dashes, e.g. "wifi-drops".'),
  v.maxLength(80, 'An id has at most 80 characters.'),
);

/**
 * A version rule: a version with an optional comparison, e.g. `<10`, `>=11`, `=7`, `10` (same
 * as `=10`), or a range `7 - 8.1`. Windows names compare by their version: XP is 5.1, Vista 6.0.
 */
export const VersionRuleSchema = v.pipe(
  v.string('A version rule is text, e.g. "<10".'),
  v.regex(/^\s*(?:(?:<=|>=|<|>|=)?\s*[\w.]+|[\w.]+\s+-\s+[\w.]+)\s*$/, 'A version rule looks like "<10", ">=11", "=7", "10" or "7 - 8.1".'),
);

/** A rule on a name and optionally a version, e.g. `{ name: Windows, version: "<10" }`. */
export const NameVersionRuleSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  version: v.optional(VersionRuleSchema),
});

const oneOrMore = <T extends v.GenericSchema>(schema: T) => v.union([schema, v.pipe(v.array(schema), v.minLength(1))]);

/**
 * Where an article applies. Each key that is present must match the environment; a list means
 * any one of its rules. An environment without that field (the customer removed it) does not
 * exclude the article.
 */
export const AppliesToSchema = v.strictObject({
  os: v.optional(oneOrMore(NameVersionRuleSchema)),
  browser: v.optional(oneOrMore(NameVersionRuleSchema)),
  device: v.optional(oneOrMore(v.picklist(DEVICE_TYPES))),
});

/** Where an article applies. */
export type AppliesTo = v.InferOutput<typeof AppliesToSchema>;
/** A rule on a name and optionally a version. */
export type NameVersionRule = v.InferOutput<typeof NameVersionRuleSchema>;

/** The front matter of an article file, as a documentation writer writes it. */
export const ArticleFrontMatterSchema = v.strictObject({
  /** Defaults to the file name without the language and `.md`: `wifi-drops.nl.md` is `wifi-drops`. */
  id: v.optional(ID),
  title: v.pipe(v.string('Give the article a title.'), v.minLength(1, 'Give the article a title.'), v.maxLength(200)),
  locale: LocaleSchema,
  /** Flow topic ids this article belongs to. */
  topics: v.optional(v.array(ID), []),
  tags: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(50))), []),
  /** Ways customers phrase the problem, e.g. "my wifi keeps dropping". */
  questions: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(300))), []),
  appliesTo: v.optional(AppliesToSchema),
});

/** The front matter of an article file. */
export type ArticleFrontMatter = v.InferOutput<typeof ArticleFrontMatterSchema>;

/** Block and inline elements an article may contain; nothing else is ever rendered. */
export const ARTICLE_ELEMENTS = ['p', 'h3', 'h4', 'h5', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'strong', 'em', 'br', 'hr', 'a'] as const;
/** An element an article may contain. */
export type ArticleElement = (typeof ARTICLE_ELEMENTS)[number];

/**
 * An article body as a tree: text (strings) and elements from a fixed list. Links carry an
 * `href` that is `http:`, `https:`, `mailto:` or `tel:`; the server drops any other link and keeps
 * its text. Raw HTML in the Markdown arrives as plain text, so it shows and never runs.
 */
export type ArticleNode = string | { tag: Exclude<ArticleElement, 'a'>; children?: ArticleNode[] } | { tag: 'a'; href: string; children: ArticleNode[] };

/** Schema of an {@link ArticleNode}. */
export const ArticleNodeSchema: v.GenericSchema<ArticleNode> = v.union([
  v.string(),
  v.strictObject({ tag: v.literal('a'), href: v.pipe(v.string(), v.regex(/^(?:https?:|mailto:|tel:)/i)), children: v.array(v.lazy(() => ArticleNodeSchema)) }),
  v.strictObject({
    tag: v.picklist(ARTICLE_ELEMENTS.filter((tag): tag is Exclude<ArticleElement, 'a'> => tag !== 'a')),
    children: v.optional(v.array(v.lazy(() => ArticleNodeSchema))),
  }),
]);

/** An article as the widget and the ranking get it: searchable fields plus the body as a tree. */
export const ArticleSchema = v.object({
  id: ID,
  locale: LocaleSchema,
  title: v.string(),
  topics: v.array(v.string()),
  tags: v.array(v.string()),
  questions: v.array(v.string()),
  appliesTo: v.optional(AppliesToSchema),
  /** The body as plain text, for search. */
  text: v.string(),
  /** The body as a tree of allowed elements, for display. */
  body: v.array(ArticleNodeSchema),
});

/** An article as the widget and the ranking get it. */
export type Article = v.InferOutput<typeof ArticleSchema>;

/** `GET /v1/sites/:site/articles?locale=nl`: the knowledge base of one language. */
export const KnowledgeBaseSchema = v.object({
  site: v.string(),
  locale: LocaleSchema,
  /** Changes whenever an article or what was learned changes; also the ETag. */
  version: v.string(),
  articles: v.array(ArticleSchema),
  /**
   * What the ranking learned from customers' outcomes: per article id, a weight per derived term
   * (positive from "solved", negative from "did not help"). Terms only, never what anyone wrote.
   */
  learned: v.optional(v.record(v.string(), v.record(v.string(), v.number())), {}),
});

/** The knowledge base of one language. */
export type KnowledgeBase = v.InferOutput<typeof KnowledgeBaseSchema>;

