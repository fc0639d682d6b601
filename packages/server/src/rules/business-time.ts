/** When support works: the site's time zone, opening hours per weekday and holidays. */
export type BusinessCalendar = {
  /** IANA time zone of the hours and holidays, e.g. `Europe/Amsterdam`. */
  timeZone: string;
  /**
   * Opening hours per weekday (`mon` … `sun`), e.g. `08:30-17:30` or `08:00-12:00, 13:00-17:00`;
   * a day left out is closed. `undefined`: support works around the clock.
   */
  businessHours?: Partial<Record<string, string | undefined>>;
  /** Days support is closed, as `YYYY-MM-DD` in the site's time zone. */
  holidays?: readonly string[];
};

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MINUTE = 60_000;
// A calendar with at least one open weekday finds an open minute within a week plus a year of
// holidays; past this, the calendar is never open.
const MAX_DAYS = 5 * 366;

/**
 * Reads a duration such as `4h`, `30m`, `1h30m` or `14d` (a day is 24 hours) as minutes.
 *
 * @throws {Error} when the text is not a duration.
 * @example
 * parseDuration('1h30m'); // 90
 */
export function parseDuration(text: string): number {
  const match = /^\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*$/.exec(text);
  if (!match || !/\d/.test(text)) throw new Error(`"${text}" is not a duration; write e.g. "4h", "30m", "1h30m" or "14d".`);
  const [, days = '0', hours = '0', minutes = '0'] = match;
  return Number(days) * 24 * 60 + Number(hours) * 60 + Number(minutes);
}

/** Whether the text is a duration that {@link parseDuration} reads. */
export function isDuration(text: string): boolean {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads one day's opening hours, `08:00-12:00, 13:00-17:00`, as minute ranges from midnight,
 * sorted by start. `24:00` ends a range at midnight.
 *
 * @throws {Error} for text that is not opening hours or a range that ends before it starts.
 */
export function parseOpeningHours(text: string): Array<[number, number]> {
  const ranges = text.split(',').map((part) => {
    const match = /^\s*(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})\s*$/.exec(part);
    if (!match) throw new Error(`"${part.trim()}" is not a range of opening hours; write e.g. "08:30-17:30".`);
    const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
    const range: [number, number] = [h1 * 60 + m1, h2 * 60 + m2];
    if (range[1] <= range[0]) throw new Error(`"${part.trim()}" ends before it starts; write the earlier time first.`);
    return range;
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock date and time, to the second. */
export type WallClock = Readonly<{ year: number; month: number; day: number; hour: number; minute: number; second: number }>;

// Each case filed asks for the wall clock of "now", and formatting takes tens of microseconds: the
// last answer per time zone is kept for the rest of its second (offsets change on whole seconds).
const lastWallClock = new Map<string, { second: number; clock: WallClock }>();

/** The wall-clock date and time of an instant in a time zone. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const second = Math.floor(instant / 1000);
  const last = lastWallClock.get(timeZone);
  if (last?.second === second) return last.clock;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const clock = { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
  lastWallClock.set(timeZone, { second, clock });
  return clock;
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which the zone's clocks show `minutes` past midnight of a day (given as UTC
 * midnight of that calendar date). Takes the offset at the result itself, so hours on the day
 * clocks change are right; a time that does not exist (skipped by a change) moves forward.
 */
function instantOf(dayUtc: number, minutes: number, timeZone: string): number {
  const wall = dayUtc + minutes * MINUTE;
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return offsetAt(second, timeZone) === offsetAt(first, timeZone) ? second : Math.max(first, second);
}

// Response times are computed for every case filed, over and over for the same few days, and each
// day's periods take a dozen time-zone conversions: they are kept per calendar (a site's, which
// lives as long as the server) and day.
const periodsByCalendar = new WeakMap<BusinessCalendar, Map<number, ReadonlyArray<readonly [number, number]>>>();
const MAX_CACHED_DAYS = 1000;

/** The open periods of one calendar date, as instants; none on holidays and closed days. */
function openPeriods(dayUtc: number, calendar: BusinessCalendar): ReadonlyArray<readonly [number, number]> {
  let byDay = periodsByCalendar.get(calendar);
  if (!byDay) periodsByCalendar.set(calendar, (byDay = new Map()));
  let periods = byDay.get(dayUtc);
  if (!periods) {
    if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
    periods = computeOpenPeriods(dayUtc, calendar);
    byDay.set(dayUtc, periods);
  }
  return periods;
}

function computeOpenPeriods(dayUtc: number, calendar: BusinessCalendar): Array<[number, number]> {
  const date = new Date(dayUtc);
  if (calendar.holidays?.includes(date.toISOString().slice(0, 10))) return [];
  const hours = calendar.businessHours?.[WEEKDAYS[date.getUTCDay()]!];
  if (!hours) return [];
  return parseOpeningHours(hours).map(([start, end]) => [instantOf(dayUtc, start, calendar.timeZone), instantOf(dayUtc, end, calendar.timeZone)]);
}

/**
 * Adds `minutes` of business time to an instant: only minutes in the site's opening hours count,
 * never on holidays. Starting outside the hours counts from the next opening. Without
 * `businessHours` every minute counts.
 *
 * @throws {Error} when the calendar is never open.
 * @example
 * // Friday 17:00 in Amsterdam plus 1 hour, open 08:30-17:30 on weekdays: Monday 09:00.
 * addBusinessMinutes(new Date('2026-11-20T16:00:00Z'), 60, { timeZone: 'Europe/Amsterdam',
 *   businessHours: { mon: '08:30-17:30', tue: '08:30-17:30', wed: '08:30-17:30', thu: '08:30-17:30', fri: '08:30-17:30' } });
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  if (!calendar.businessHours) return new Date(start.getTime() + minutes * MINUTE);
  let remaining = minutes * MINUTE;
  let cursor = start.getTime();
  const local = wallClock(cursor, calendar.timeZone);
  let dayUtc = Date.UTC(local.year, local.month - 1, local.day);
  for (let days = 0; days < MAX_DAYS; days += 1, dayUtc += 24 * 60 * MINUTE) {
    for (const [open, close] of openPeriods(dayUtc, calendar)) {
      const from = Math.max(cursor, open);
      if (from >= close) continue;
      if (remaining <= close - from) return new Date(from + remaining);
      remaining -= close - from;
      cursor = close;
    }
  }
  throw new Error('The business hours are never open; give at least one weekday opening hours.');
}
