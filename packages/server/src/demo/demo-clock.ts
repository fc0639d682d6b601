import { wallClock } from '../rules/business-time';

const DAY_MS = 24 * 60 * 60_000;
/** The zone's wall clock at an instant, read as if it were UTC (milliseconds). */
function wallClockOf(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** Midnight (as UTC milliseconds of the calendar date) of the local day `daysAgo` days before `now`. */
export function localDay(now: Date, daysAgo: number, timeZone: string): number {
  const wall = wallClockOf(now.getTime(), timeZone);
  return wall - (wall % DAY_MS) - daysAgo * DAY_MS;
}

/**
 * The instant at which clocks in the time zone show `minutes` past midnight of a local day from
 * {@link localDay}. Around a clock change the result may be an hour off, which the demo can bear.
 */
export function atLocalTime(day: number, minutes: number, timeZone: string): Date {
  const wall = day + minutes * 60_000;
  const offset = wallClockOf(wall, timeZone) - wall;
  const guess = wall - offset;
  return new Date(wall - (wallClockOf(guess, timeZone) - guess));
}

/** The weekday of a local day from {@link localDay}: 0 is Sunday. */
export function weekdayOf(day: number): number {
  return new Date(day).getUTCDay();
}

/** The local calendar date `YYYY-MM-DD` of an instant, `daysBefore` days earlier, as flows expect dates. */
export function localDate(at: Date, daysBefore: number, timeZone = 'Europe/Amsterdam'): string {
  return new Date(localDay(at, daysBefore, timeZone)).toISOString().slice(0, 10);
}

/** `hours` of wall-clock time later. */
export function hoursAfter(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * 60 * 60_000);
}
