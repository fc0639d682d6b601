import type { Answers, Environment, Locale } from '@loket/sdk';
import { environmentOf, GENERAL_MIX } from '../demo-environments';
import type { EnvironmentProfile } from '../demo-environments';
import type { Random } from '../random';

/** Texts in both languages of the demo; one is picked at random. */
export type Texts = { readonly nl: readonly string[]; readonly en: readonly string[] };

/** What a story's answers may depend on. */
export type AnswerContext = { random: Random; locale: Locale; at: Date };

/** The chance that an article solves a customer's problem, fixed or depending on their system. */
export type HelpChance = number | ((environment: Environment) => number);

/**
 * One kind of customer report in the demo data: the topic and answers, the words customers use,
 * the articles suggested for it and how often each helps, and how support handles the cases
 * that result. Each report picks a story by its weight.
 */
export type Story = {
  /** Short name, for error messages, e.g. `installer-windows-7`. */
  id: string;
  /** Topic id in the demo site's flows. */
  topic: string;
  /** Share of reports, relative to the other stories. */
  weight: number;
  /** Only in the last this many days (the story began then); every day when absent. */
  sinceDaysAgo?: number;
  /** The customer's system; the general mix of computers and phones when absent. */
  environment?: (random: Random, locale: Locale) => Environment;
  /** Answers to the topic's questions; answers to questions the flow hides are dropped. */
  answers(context: AnswerContext): Answers;
  /** What customers type, in their own words. */
  texts: Texts;
  /** Articles the widget suggests, best first; none for a question the articles do not answer. */
  suggested: readonly string[];
  /** How often each suggested article solves the problem when tried; 0 when absent. */
  helps?: Readonly<Record<string, HelpChance>>;
  /** Chance that a customer opens the next suggestion after an article did not help. @default 0.3 */
  opensNext?: number;
  /** Chance that a customer whose problem is not solved files a case. @default 0.75 */
  files?: number;
  /** Chance that a customer comes back about an open case. @default 0.04 */
  comesBack?: number;
  /** Added to the description when the articles tried did not help. */
  afterFailedArticle?: Texts;
  /** Support's first answer: what they found or did. */
  reply: Texts;
  /** Support's message with the solution, which solves the case. */
  solution: Texts;
  /** Business hours from support's first answer to the solution. @default [4, 24] */
  solveHours?: readonly [number, number];
};

/** The environment of a customer on one of the profiles, each as likely as its weight. */
export function fromMix(mix: ReadonlyArray<readonly [EnvironmentProfile, number]>) {
  return (random: Random, locale: Locale): Environment => environmentOf(random, random.weighted(mix), locale);
}

/** The environment of a customer from the general mix of computers and phones. */
export const generalEnvironment = fromMix(GENERAL_MIX);

/** A customer's system for a story: the story's own mix, else the general one. */
export function environmentFor(random: Random, story: Story, locale: Locale): Environment {
  return (story.environment ?? generalEnvironment)(random, locale);
}

/** One of the texts in the customer's language. */
export function pickText(random: Random, texts: Texts, locale: Locale): string {
  return random.pick(texts[locale]);
}
