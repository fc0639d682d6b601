import { environmentFit, findAnswerErrors, pruneAnswers } from '@loket/sdk';
import type { Answers, CaseCreated, Environment, Flow, Locale, TriedArticle } from '@loket/sdk';
import { stripPersonalData } from '../kb/strip-personal-data';
import type { Site } from '../sites/site-schema';
import { recordAttempt, recordImpressions } from '../store/attempt-store';
import { fileCase } from '../store/file-case';
import type { Customer, SeedContext } from './seed-context';
import { pickText } from './stories/index';
import type { Story } from './stories/index';
import { AFTER_FAILED_ARTICLE, COMING_BACK } from './support-texts';

/** How a customer's report ended. */
export type ReportResult =
  | { kind: 'solved' }
  | { kind: 'abandoned' }
  | { kind: 'filed'; created: CaseCreated; at: Date; answers: Answers; tried: string[] };

/** Options for {@link playReport}. */
export type PlayReportOptions = {
  /** The customer comes back about an open case: with the answers they gave before, and these articles tried already. */
  comingBack?: { answers: Answers; tried: readonly string[] };
};

/** Chance that a customer opens the first suggestion, and (unless the story says) each one after an article did not help. */
const OPENS_FIRST = 0.92;
const OPENS_NEXT = 0.3;
/** Chance that a customer who opened an article says whether it helped. */
const JUDGES = 0.95;

/**
 * Plays one customer's report as the widget would send it: the suggested articles (impressions),
 * or `no_match` when none fits; the articles opened and whether they helped; and, when none
 * did, the case (or nothing, when the customer gives up). Everything goes through the store
 * functions the routes use, at the report's own time.
 */
export async function playReport(context: SeedContext, story: Story, customer: Customer, at: Date, options: PlayReportOptions = {}): Promise<ReportResult> {
  const { db, site, random, counts } = context;
  const { locale, environment } = customer;
  const answers = options.comingBack?.answers ?? answersFor(story, findFlow(site, story), { random, locale, at });
  const report = random.id(22);
  const words = pickText(random, story.texts, locale);
  const text = options.comingBack ? `${pickText(random, COMING_BACK, locale)} ${words}` : words;
  const shared = { site: site.key, locale, topic: story.topic, environment, report };
  // The server strips attempt texts on the way in; the seed stores what the server would.
  const attemptText = stripPersonalData(text);
  let time = at;
  const later = (minMinutes: number, maxMinutes: number) => (time = new Date(time.getTime() + random.between(minMinutes, maxMinutes) * 60_000));
  counts.reports += 1;

  const suggested = suggestedArticles(site, story, locale, environment);
  const tried: TriedArticle[] = [];
  if (suggested.length === 0) {
    await recordAttempt(db, { ...shared, outcome: 'no_match', answers, text: attemptText }, time);
    counts.attempts += 1;
  } else {
    counts.attempts += await recordImpressions(db, { ...shared, articles: suggested }, time);
    const toTry = suggested.filter((article) => !options.comingBack?.tried.includes(article));
    // Someone coming back has read the articles before and mostly goes straight to the form.
    const skips = random.chance(options.comingBack ? 0.6 : 0.05);
    for (const [index, article] of toTry.entries()) {
      if (skips || !random.chance(index === 0 ? OPENS_FIRST : story.opensNext ?? OPENS_NEXT)) break;
      const attempt = { ...shared, article, answers, text: attemptText };
      await recordAttempt(db, { ...attempt, outcome: 'opened' }, later(0.5, 3));
      counts.attempts += 1;
      if (!random.chance(JUDGES)) break;
      const solved = random.chance(helpChance(story, article, environment));
      await recordAttempt(db, { ...attempt, outcome: solved ? 'solved' : 'not_solved' }, later(2, 10));
      counts.attempts += 1;
      if (solved) {
        counts.solvedBySelfHelp += 1;
        return { kind: 'solved' };
      }
      tried.push({ article, outcome: 'not_solved' });
    }
  }

  if (!options.comingBack && !random.chance(story.files ?? 0.75)) {
    counts.abandoned += 1;
    return { kind: 'abandoned' };
  }
  const description = tried.length > 0 ? sentences(text, pickText(random, story.afterFailedArticle ?? AFTER_FAILED_ARTICLE, locale)) : text;
  const contact = { browser: customer.browser, ...(customer.email ? { email: customer.email } : {}) };
  const filedAt = later(2, 8);
  const result = await fileCase(db, site, { topic: story.topic, answers, description, environment, articlesTried: tried, locale, contact, report }, { now: filedAt });
  // Without an idempotency key every filing is new.
  if (result.kind !== 'created') throw new Error(`Filing a demo case came to '${result.kind}' instead of a new case.`);
  return { kind: 'filed', created: result.created, at: filedAt, answers, tried: tried.map((item) => item.article) };
}

/** Two texts as consecutive sentences: a full stop after the first unless it ends in one already. */
function sentences(first: string, second: string): string {
  return /[.!?]$/.test(first) ? `${first} ${second}` : `${first}. ${second}`;
}

function findFlow(site: Site, story: Story): Flow {
  const flow = site.flows.find((candidate) => candidate.id === story.topic);
  if (!flow) throw new Error(`Demo story '${story.id}' needs the topic '${story.topic}', which site '${site.key}' does not have. Seed the demo site.`);
  return flow;
}

/** The story's answers, as the route stores them: hidden ones dropped, and valid for the flow. */
function answersFor(story: Story, flow: Flow, context: Parameters<Story['answers']>[0]): Answers {
  const answers = pruneAnswers(flow, story.answers(context));
  const errors = findAnswerErrors(flow, answers);
  if (errors.length > 0) {
    const list = errors.map((error) => `${error.path}: ${error.message}`).join('; ');
    throw new Error(`Demo story '${story.id}' gives answers the '${flow.id}' flow refuses (${list}). Fix the story in packages/server/src/demo/stories/.`);
  }
  return answers;
}

/** The story's articles that exist in the customer's language and fit their system, as the ranking would show them. */
function suggestedArticles(site: Site, story: Story, locale: Locale, environment: Environment): string[] {
  return story.suggested.filter((id) => {
    const article = site.articles.find((candidate) => candidate.id === id && candidate.locale === locale);
    return article !== undefined && environmentFit(article.appliesTo, environment) !== 'contradicts';
  });
}

function helpChance(story: Story, article: string, environment: Environment): number {
  const chance = story.helps?.[article] ?? 0;
  return typeof chance === 'function' ? chance(environment) : chance;
}
