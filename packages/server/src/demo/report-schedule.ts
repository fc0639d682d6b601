import { atLocalTime, localDay, weekdayOf } from './demo-clock';
import type { Random } from './random';
import type { Burst, Story } from './stories/index';

/** A customer report to play: when it starts and what it is about. */
export type PlannedReport = {
  at: Date;
  story: Story;
  /** Chance that support answers the resulting case after the promised time. */
  lateReplies: number;
};

/** Options for {@link planReports}. */
export type PlanOptions = {
  now: Date;
  /** How many days back the reports go. */
  days: number;
  timeZone: string;
  /** Reports on an average weekday. */
  reportsPerDay: number;
  /** Chance that support answers a case after the promised time, outside bursts. */
  lateReplies: number;
};

// Sunday … Saturday: Mondays are busiest, weekends quiet.
const WEEKDAY_SHARE = [0.55, 1.3, 1.15, 1.05, 1.0, 0.9, 0.65];
// Local times customers report at (minutes past midnight) and how often: mostly working hours.
const TIMES_OF_DAY: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[7 * 60, 8 * 60 + 30], 4],
  [[8 * 60 + 30, 12 * 60], 30],
  [[12 * 60, 17 * 60 + 30], 32],
  [[17 * 60 + 30, 20 * 60], 18],
  [[20 * 60, 23 * 60], 12],
  [[23 * 60, 24 * 60 - 1], 2],
];

/** A local time customers report at, in minutes past midnight: mostly in working hours, some in the evening. */
export function randomTimeOfDay(random: Random): number {
  const [from, until] = random.weighted(TIMES_OF_DAY);
  return random.between(from, until);
}

/**
 * Plans the reports of the last `days` days: a number per day that follows the weekday, each
 * with a story picked by weight (among the stories that had begun by then) and a time of day,
 * plus the bursts. None lies after `now`.
 *
 * @returns the reports, earliest first.
 */
export function planReports(random: Random, stories: readonly Story[], bursts: readonly Burst[], options: PlanOptions): PlannedReport[] {
  const { now, days, timeZone } = options;
  const planned: PlannedReport[] = [];
  for (let daysAgo = days - 1; daysAgo >= 0; daysAgo -= 1) {
    const day = localDay(now, daysAgo, timeZone);
    const eligible = stories.filter((story) => story.sinceDaysAgo === undefined || daysAgo <= story.sinceDaysAgo).map((story) => [story, story.weight] as const);
    const count = Math.round(options.reportsPerDay * WEEKDAY_SHARE[weekdayOf(day)]! * random.between(0.75, 1.25));
    for (let index = 0; index < count; index += 1) {
      const story = random.weighted(eligible);
      planned.push({ at: atLocalTime(day, randomTimeOfDay(random), timeZone), story, lateReplies: options.lateReplies });
    }
  }
  for (const burst of bursts) {
    const story = stories.find((candidate) => candidate.id === burst.story);
    if (!story) throw new Error(`The burst names the story '${burst.story}', which does not exist.`);
    const day = localDay(now, burst.daysAgo, timeZone);
    for (let index = 0; index < burst.reports; index += 1) {
      planned.push({ at: atLocalTime(day, random.between(burst.from, burst.until), timeZone), story, lateReplies: burst.lateReplies });
    }
  }
  return planned.filter((report) => report.at.getTime() <= now.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
}
