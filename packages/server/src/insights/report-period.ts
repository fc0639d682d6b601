import { ValidationError } from '@loket/sdk';
import type { Queryable } from '../store/database';

/** The period a report covers when none is asked for. */
export const DEFAULT_SINCE = '30d';

/** Longest span back in days that `since` may name (ten years). */
export const MAX_SINCE_DAYS = 3660;

/**
 * The start of a report's period as asked for: a number of days back from now, a date or a time
 * without a zone (read in the site's time zone), a time with a zone, or everything recorded.
 */
export type Since =
  | { kind: 'days'; days: number }
  | { kind: 'local'; text: string }
  | { kind: 'instant'; at: Date }
  | { kind: 'all' };

/** The period a report covers: from `since` (`null`: from the first recorded row) up to `until`. */
export type ReportPeriod = { since: Date | null; until: Date };

const DAYS = /^(\d{1,4})d$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function sinceError(message = 'Write since as a number of days (30d), a date (2026-10-01) or all.'): ValidationError {
  return new ValidationError([{ path: 'since', code: 'invalid', message }]);
}

/** Whether the date and time of a {@link LOCAL} match exist on the calendar (no 30 February, no 25:00). */
function isCalendarTime(match: RegExpExecArray): boolean {
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part)));
  const time = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  return [time.getUTCFullYear(), time.getUTCMonth() + 1, time.getUTCDate(), time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds()]
    .every((part, index) => part === [year, month, day, hour, minute, second][index]);
}

/**
 * Reads the `since` of a report: `30d` (days back from now), `2026-10-01` or
 * `2026-10-01T08:00` (in the site's time zone), `2026-10-01T08:00:00Z` (any ISO 8601 time with a
 * zone), or `all`.
 *
 * @param text - As the caller wrote it; `undefined` means {@link DEFAULT_SINCE}.
 * @throws {ValidationError} on the field `since`, saying how to write it.
 * @example
 * readSince('7d'); // { kind: 'days', days: 7 }
 */
export function readSince(text: string | undefined = DEFAULT_SINCE): Since {
  const trimmed = text.trim();
  if (trimmed === 'all') return { kind: 'all' };
  const days = DAYS.exec(trimmed);
  if (days) {
    const count = Number(days[1]);
    if (count < 1 || count > MAX_SINCE_DAYS) throw sinceError(`Write since as 1d to ${MAX_SINCE_DAYS}d, a date (2026-10-01) or all.`);
    return { kind: 'days', days: count };
  }
  const local = LOCAL.exec(trimmed);
  if (local) {
    if (!isCalendarTime(local)) throw sinceError(`${trimmed} is not a date on the calendar. Write since as a number of days (30d), a date (2026-10-01) or all.`);
    return { kind: 'local', text: trimmed };
  }
  const zoned = ZONED.exec(trimmed);
  if (zoned) {
    const wallClock = LOCAL.exec(trimmed.slice(0, trimmed.length - zoned[1]!.length))!;
    const at = new Date(trimmed);
    // An offset such as +99:00 passes the pattern but is no time at all.
    if (isCalendarTime(wallClock) && !Number.isNaN(at.getTime())) return { kind: 'instant', at };
  }
  throw sinceError();
}

/**
 * Turns a {@link Since} into the period of a report ending `now`. A date or a time without a zone
 * is read in the site's time zone (by the database, which knows every zone's rules).
 *
 * @throws {ValidationError} when the period would start after `now`.
 * @example
 * const period = await resolvePeriod(db, readSince('2026-10-01'), { now: new Date(), timeZone: 'Europe/Amsterdam' });
 */
export async function resolvePeriod(db: Queryable, since: Since, options: { now: Date; timeZone: string }): Promise<ReportPeriod> {
  const { now, timeZone } = options;
  let start: Date | null;
  if (since.kind === 'all') start = null;
  else if (since.kind === 'days') start = new Date(now.getTime() - since.days * 86_400_000);
  else if (since.kind === 'instant') start = since.at;
  else {
    const { rows } = await db.query<{ at: Date | string }>('SELECT ($1::timestamp AT TIME ZONE $2::text) AS at', [since.text, timeZone]);
    start = new Date(rows[0]!.at);
  }
  if (start && start.getTime() > now.getTime()) {
    throw sinceError(`The period starts after now (${now.toISOString()}). Name an earlier start, e.g. since=30d.`);
  }
  return { since: start, until: now };
}

/**
 * The SQL condition that a row's time falls in the period, when the query's parameters `$2` and
 * `$3` are the period's `since` (or `null`) and `until`.
 */
export function inPeriod(column = 'created_at'): string {
  return `($2::timestamptz IS NULL OR ${column} >= $2::timestamptz) AND ${column} <= $3::timestamptz`;
}

/** The parameters `$2` and `$3` that {@link inPeriod} reads. */
export function periodParams(period: ReportPeriod): [Date | null, Date] {
  return [period.since, period.until];
}
