import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './is-calendar-date';

describe('isCalendarDate', () => {
  it('accepts real dates written as YYYY-MM-DD', () => {
    for (const date of ['2026-11-23', '2026-01-31', '2026-12-31', '0050-06-15']) expect(isCalendarDate(date)).toBe(true);
  });

  it('knows February: 29 days in leap years, also every 400 years, 28 otherwise', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });

  it('refuses days and months that do not exist', () => {
    for (const date of ['2026-04-31', '2026-00-10', '2026-13-01', '2026-11-00', '2026-11-32']) expect(isCalendarDate(date)).toBe(false);
  });

  it('refuses other ways of writing a date', () => {
    for (const date of ['23-11-2026', '2026-1-5', '2026/11/23', '2026-11-23T10:00', ' 2026-11-23', '20261123', '']) {
      expect(isCalendarDate(date)).toBe(false);
    }
  });
});
