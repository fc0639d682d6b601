import type { InsightDay } from '@loket/sdk';

/** Periods longer than this many days are charted by week: a bar a day would be too thin to read. */
export const MAX_DAY_BARS = 60;

/** Self-help and cases over one bar of the day-by-day chart: a day, or a week of days. */
export type ChartBucket = {
  /** First day in the bucket, `YYYY-MM-DD`. */
  start: string;
  /** Last day in the bucket, `YYYY-MM-DD` (the same as `start` for a day). */
  end: string;
  /** Days of the period in the bucket: a week at the edge of the period can be shorter than 7. */
  dayCount: number;
  solved: number;
  failed: number;
  unanswered: number;
  cases: number;
};

/** The days of a report as bars: one per day, or one per week for a long period. */
export type ChartBuckets = { unit: 'day' | 'week'; buckets: ChartBucket[] };

/**
 * Groups the days of a report into the bars of the chart: a bar a day up to {@link MAX_DAY_BARS}
 * days, otherwise a bar a week (Monday to Sunday, as in the Netherlands and ISO 8601).
 * @param days The report's `days`, oldest first.
 * @returns The unit and the buckets, oldest first.
 */
export function groupDays(days: readonly InsightDay[], maxDayBars = MAX_DAY_BARS): ChartBuckets {
  if (days.length <= maxDayBars) {
    return { unit: 'day', buckets: days.map((day) => ({ ...pickCounts(day), start: day.date, end: day.date, dayCount: 1 })) };
  }
  const buckets: ChartBucket[] = [];
  let current: ChartBucket | undefined;
  for (const day of days) {
    const weekStart = mondayOf(day.date);
    if (current === undefined || mondayOf(current.start) !== weekStart) {
      current = { start: day.date, end: day.date, dayCount: 0, solved: 0, failed: 0, unanswered: 0, cases: 0 };
      buckets.push(current);
    }
    current.end = day.date;
    current.dayCount += 1;
    current.solved += day.solved;
    current.failed += day.failed;
    current.unanswered += day.unanswered;
    current.cases += day.cases;
  }
  return { unit: 'week', buckets };
}

/**
 * The Monday of the week a day falls in.
 * @param date A day, `YYYY-MM-DD`.
 * @returns The Monday, `YYYY-MM-DD`.
 */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  // getUTCDay: Sunday is 0, so Sunday belongs to the week that started six days before.
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

function pickCounts(day: InsightDay) {
  return { solved: day.solved, failed: day.failed, unanswered: day.unanswered, cases: day.cases };
}
