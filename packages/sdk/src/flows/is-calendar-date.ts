const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Tells whether a text is a real calendar date written as `YYYY-MM-DD`.
 *
 * Counted by hand rather than with `Date`, which maps the years 0–99 to 1900–1999.
 *
 * @param value - The text to check.
 * @returns `true` for a date such as `2028-02-29`; `false` for `2026-02-30` or `23-11-2026`.
 * @example
 * isCalendarDate('2026-11-23'); // true
 * isCalendarDate('2026-02-29'); // false: 2026 is no leap year
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  const longest = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= longest;
}
