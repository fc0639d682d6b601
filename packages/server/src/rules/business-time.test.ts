import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, parseDuration, parseOpeningHours } from './business-time';
import type { BusinessCalendar } from './business-time';

const WEEKDAYS_0830 = { mon: '08:30-17:30', tue: '08:30-17:30', wed: '08:30-17:30', thu: '08:30-17:30', fri: '08:30-17:30' };
const amsterdam: BusinessCalendar = { timeZone: 'Europe/Amsterdam', businessHours: { ...WEEKDAYS_0830, sat: '10:00-14:00' }, holidays: ['2026-12-25', '2026-12-26'] };

function add(startIso: string, minutes: number, calendar: BusinessCalendar = amsterdam): string {
  return addBusinessMinutes(new Date(startIso), minutes, calendar).toISOString();
}

describe('parseDuration', () => {
  it('reads hours, minutes, days and combinations as minutes', () => {
    expect(parseDuration('8h')).toBe(480);
    expect(parseDuration('30m')).toBe(30);
    expect(parseDuration('1h30m')).toBe(90);
    expect(parseDuration('14d')).toBe(14 * 24 * 60);
  });

  it('refuses text that is not a duration, saying how to write one', () => {
    expect(() => parseDuration('soon')).toThrow(/write e\.g\. "4h"/);
    expect(() => parseDuration('')).toThrow(/not a duration/);
  });
});

describe('parseOpeningHours', () => {
  it('reads several ranges, sorted', () => {
    expect(parseOpeningHours('13:00-17:00, 08:00-12:00')).toEqual([[480, 720], [780, 1020]]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => parseOpeningHours('17:00-08:00')).toThrow(/ends before it starts/);
  });
});

describe('addBusinessMinutes', () => {
  it('counts every minute without business hours', () => {
    expect(add('2026-11-21T23:00:00.000Z', 90, { timeZone: 'Europe/Amsterdam' })).toBe('2026-11-22T00:30:00.000Z');
  });

  it('stays within one open day', () => {
    // Tuesday 10:00 in Amsterdam (UTC+1 in winter) plus 4 hours: 14:00.
    expect(add('2026-11-24T09:00:00.000Z', 240)).toBe('2026-11-24T13:00:00.000Z');
  });

  it('carries the rest over to the next open day', () => {
    // Tuesday 16:30 + 8h: 1h on Tuesday, 7h from Wednesday 08:30 → 15:30.
    expect(add('2026-11-24T15:30:00.000Z', 480)).toBe('2026-11-25T14:30:00.000Z');
  });

  it('skips Sunday and uses the short Saturday', () => {
    // Friday 17:00 + 4h: 30 min Friday, 4h Saturday 10:00-14:00 uses 3.5h… → Saturday 13:30.
    expect(add('2026-11-27T16:00:00.000Z', 240)).toBe('2026-11-28T12:30:00.000Z');
    // Friday 17:00 + 5h: Friday 30 min, Saturday 4h, Monday 08:30 + 30 min → Monday 09:00.
    expect(add('2026-11-27T16:00:00.000Z', 300)).toBe('2026-11-30T08:00:00.000Z');
  });

  it('starts counting at the next opening when started outside the hours', () => {
    // Sunday noon + 1h: Monday 09:30.
    expect(add('2026-11-29T11:00:00.000Z', 60)).toBe('2026-11-30T08:30:00.000Z');
    // Monday 06:00 + 1h: Monday 09:30.
    expect(add('2026-11-30T05:00:00.000Z', 60)).toBe('2026-11-30T08:30:00.000Z');
  });

  it('skips holidays in the site zone', () => {
    // Thursday 24 December 17:00 + 1h: 30 min on the 24th, the 25th (Friday) and 26th (Saturday) are holidays,
    // Sunday is closed: Monday 28 December 09:00.
    expect(add('2026-12-24T16:00:00.000Z', 60)).toBe('2026-12-28T08:00:00.000Z');
  });

  it('skips the lunch break between two ranges', () => {
    const calendar: BusinessCalendar = { timeZone: 'Europe/Amsterdam', businessHours: { mon: '08:00-12:00, 13:00-17:00' } };
    // Monday 11:00 + 2h: one hour before lunch, one after → 14:00.
    expect(add('2026-11-30T10:00:00.000Z', 120, calendar)).toBe('2026-11-30T13:00:00.000Z');
  });

  it('keeps local opening hours across the change to summer time', () => {
    // Saturday 28 March 2026 13:00 CET + 2h: 1h on Saturday, clocks go forward on Sunday,
    // Monday 30 March 08:30 CEST (UTC+2) + 1h → 09:30 CEST = 07:30Z.
    expect(add('2026-03-28T12:00:00.000Z', 120)).toBe('2026-03-30T07:30:00.000Z');
  });

  it('counts the real length of a day whose clocks change', () => {
    // Around the clock on Sunday 25 October 2026 (clocks go back: the day has 25 hours).
    const calendar: BusinessCalendar = { timeZone: 'Europe/Amsterdam', businessHours: { sun: '00:00-24:00' } };
    expect(add('2026-10-24T22:00:00.000Z', 25 * 60, calendar)).toBe('2026-10-25T23:00:00.000Z');
    // The 25th hour does not fit, so the 26th minute-hour lands on the next Sunday at 01:00 CET.
    expect(add('2026-10-24T22:00:00.000Z', 26 * 60, calendar)).toBe('2026-11-01T00:00:00.000Z');
  });

  it('works in a zone far from UTC', () => {
    const calendar: BusinessCalendar = { timeZone: 'America/New_York', businessHours: { ...WEEKDAYS_0830 } };
    // Monday 9 March 2026 (after the US change to EDT, UTC-4) 17:00 + 1h → Tuesday 09:00 EDT = 13:00Z.
    expect(add('2026-03-09T21:00:00.000Z', 60, calendar)).toBe('2026-03-10T13:00:00.000Z');
  });

  it('refuses a calendar that is never open', () => {
    expect(() => add('2026-11-30T10:00:00.000Z', 60, { timeZone: 'UTC', businessHours: {} })).toThrow(/never open/);
  });
});
