import { OPEN_CASE_STATUSES } from '@loket/sdk';
import type { CaseStatus } from '@loket/sdk';

/**
 * A moment as staff read it, in their own time zone: `23 nov 2026, 14:05`.
 * @param iso An ISO 8601 time, as the API sends it.
 * @param locale For example `nl-NL`.
 */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A moment in a list, short: `23 nov, 14:05`; the year only when it is not this year's.
 * @param iso An ISO 8601 time, as the API sends it.
 * @param locale For example `nl-NL`.
 */
export function formatShortDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: thisYear ? undefined : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/**
 * A calendar date answer (`YYYY-MM-DD`) as words, without shifting it by a time zone.
 * @returns For example `23 november 2026`; the text itself when it is not such a date.
 */
export function formatCalendarDate(text: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Tells whether support is late: the case is open and its respond-by time has passed.
 * @param now Milliseconds since the epoch, e.g. `Date.now()`.
 */
export function isOverdue(item: { status: CaseStatus; respondBy: string | null }, now: number): boolean {
  if (item.respondBy === null || !(OPEN_CASE_STATUSES as readonly CaseStatus[]).includes(item.status)) return false;
  return Date.parse(item.respondBy) < now;
}
