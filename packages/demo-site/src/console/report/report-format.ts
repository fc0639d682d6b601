/** Numbers and dates of the report, written the way the reader's language writes them. */
export type ReportFormat = {
  /** A count, e.g. `1.234` in Dutch. */
  count(value: number): string;
  /** A share from 0 to 1 as a whole percentage, e.g. `80%`. */
  percent(share: number): string;
  /** A day, `YYYY-MM-DD`, short: `12 okt.`. */
  dayShort(date: string): string;
  /** A day, `YYYY-MM-DD`, with the year: `12 okt. 2026`. */
  day(date: string): string;
};

/**
 * Makes the formatters for a language.
 * @param locale A BCP 47 tag such as `nl-NL`.
 */
export function createReportFormat(locale: string): ReportFormat {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // Days are calendar days in the site's time zone; read and written in UTC so no zone shifts them.
  const dayShort = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const toDate = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return {
    count: (value) => count.format(value),
    percent: (share) => percent.format(share),
    dayShort: (date) => dayShort.format(toDate(date)),
    day: (date) => day.format(toDate(date)),
  };
}
