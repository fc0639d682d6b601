import { OPEN_CASE_STATUSES } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import type { Database, Queryable } from '../store/database';
import { playPlannedReport } from './customer-journey';
import { databaseInTransaction } from './database-in-transaction';
import { EventQueue } from './event-queue';
import { sweepNow } from './overdue-sweeps';
import { createRandom, seededSource } from './random';
import { planReports } from './report-schedule';
import type { SeedContext } from './seed-context';
import { BURSTS, STORIES } from './stories/index';

/** The seed of the demo data: the same seed gives the same reports, cases and timelines. */
export const DEMO_SEED = 20260;

/** Options for {@link seedDemo}. */
export type SeedDemoOptions = {
  /** The end of the period; the data covers the `days` before it. @default new Date() */
  now?: Date;
  /** Seed of the random choices: the same seed (and `now`) gives the same data. @default DEMO_SEED */
  seed?: number;
  /** How many days back the data goes. @default 90 */
  days?: number;
};

/** What {@link seedDemo} stored. */
export type SeedDemoResult = {
  /** Customer reports played: self-help sessions, with or without a case. */
  reports: number;
  /** Reports an article solved, which never became a case. */
  solvedBySelfHelp: number;
  /** Reports whose customer gave up without an article that helped and without filing a case. */
  abandoned: number;
  /** Cases filed. */
  cases: number;
  /** Reports added to an open case (repeat contacts). */
  repeatContacts: number;
  /** Cases escalated at least once. */
  escalatedCases: number;
  /** Cases still open at `now`. */
  openCases: number;
  /** Rows in `attempts`: articles shown, opened, solved, not solved, and reports no article matched. */
  attempts: number;
  /** Messages by support and customers. */
  messages: number;
  /** Start of the period. */
  since: Date;
  /** End of the period: `now`. */
  until: Date;
};

const REPORTS_PER_DAY = 7.5;
const LATE_REPLIES = 0.04;

/**
 * Fills the database with a realistic demo of the demo site (`packages/demo-site/sites/demo`):
 * a few hundred cases and their timelines, and the self-help around them, spread over the last
 * 90 days, in working hours mostly. Everything is written through the store functions the
 * server uses (filing with repeat contacts and escalations, attempts and impressions, support
 * messages and status changes, the overdue sweeper), backdated, in one transaction.
 *
 * The data tells stories the documentation fix report should surface: the article for Windows 7
 * and 8.1 installs fails for most Windows 7 customers; `wifi-drops-evening` mostly helps; the
 * TV app on Samsung TVs asking for a code, e-mail forwarding and bridge mode have no article;
 * the old Zeewind Box 2 and houses with several floors fill the wifi topic with repeat contacts
 * and escalations; an outage evening leaves support late. Most reports end without a case, many
 * of them with an article that helped.
 *
 * @returns what was stored.
 * @throws {Error} when the site is not the demo site (a topic or article the stories need is missing).
 * @example
 * const { site } = await loadSite('packages/demo-site/sites/demo');
 * const result = await seedDemo(db, site!, { now: new Date() });
 */
export async function seedDemo(db: Database, site: Site, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  checkDemoSite(site);
  const now = options.now ?? new Date();
  const days = options.days ?? 90;
  const random = createRandom(seededSource(options.seed ?? DEMO_SEED));
  const planned = planReports(random, STORIES, BURSTS, { now, days, timeZone: site.timeZone, reportsPerDay: REPORTS_PER_DAY, lateReplies: LATE_REPLIES });
  return db.transaction(async (tx) => {
    const context: SeedContext = {
      db: databaseInTransaction(tx, db.kind),
      site,
      random,
      queue: new EventQueue(),
      counts: { reports: 0, solvedBySelfHelp: 0, abandoned: 0, attempts: 0, messages: 0 },
      cases: new Map(),
      sweeps: new Set(),
    };
    for (const report of planned) context.queue.add(report.at, () => playPlannedReport(context, report));
    // What would happen after `now` (answers, comebacks) stays undone: those cases are still open.
    for (let next = context.queue.take(); next && next.at.getTime() <= now.getTime(); next = context.queue.take()) await next.run();
    await sweepNow(context, now);
    const references = [...context.cases.keys()];
    await markAsHistory(tx, site.key, references);
    const totals = await countCases(tx, site.key, references);
    const { reports, solvedBySelfHelp, abandoned, attempts, messages } = context.counts;
    return { ...totals, reports, solvedBySelfHelp, abandoned, attempts, messages, since: new Date(now.getTime() - days * 24 * 60 * 60_000), until: now };
  });
}

/**
 * Marks the demo's timeline events as already sent, as migration 007 did for events from before
 * notifications: they are history, and no e-mail or webhook should go out for them.
 */
async function markAsHistory(tx: Queryable, site: string, references: string[]): Promise<void> {
  await tx.query(
    `UPDATE case_events SET fanned_out_at = created_at
      WHERE fanned_out_at IS NULL AND case_id IN (SELECT id FROM cases WHERE site = $1 AND reference = ANY($2::text[]))`,
    [site, references],
  );
}

async function countCases(tx: Queryable, site: string, references: string[]) {
  const { rows } = await tx.query<{ cases: number; repeat_contacts: number; escalated: number; open: number }>(
    `SELECT count(*)::int AS cases, coalesce(sum(repeat_contacts), 0)::int AS repeat_contacts,
            count(*) FILTER (WHERE jsonb_array_length(escalations) > 0)::int AS escalated,
            count(*) FILTER (WHERE status = ANY($3::text[]))::int AS open
       FROM cases WHERE site = $1 AND reference = ANY($2::text[])`,
    [site, references, OPEN_CASE_STATUSES],
  );
  const row = rows[0]!;
  return { cases: row.cases, repeatContacts: row.repeat_contacts, escalatedCases: row.escalated, openCases: row.open };
}

/** Checks that the site has every topic and article the stories use, so a wrong site fails before anything is written. */
function checkDemoSite(site: Site): void {
  const problems: string[] = [];
  for (const story of STORIES) {
    if (!site.flows.some((flow) => flow.id === story.topic)) problems.push(`topic '${story.topic}'`);
    for (const article of story.suggested) {
      if (!site.articles.some((candidate) => candidate.id === article)) problems.push(`article '${article}'`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`The demo data is made for the demo site (packages/demo-site/sites/demo), but site '${site.key}' has no ${[...new Set(problems)].join(', ')}. Seed the demo site.`);
  }
}
