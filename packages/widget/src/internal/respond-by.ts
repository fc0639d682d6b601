import type { Locale } from '@loket/sdk';
import type { Translation } from '../translations/index';

/** When support responds, in parts a sentence can use: `relative` for today and tomorrow, else a day name. */
export type RespondByTime = { relative?: 'today' | 'tomorrow'; day: string; time: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Describes an ISO time in the customer's language and local time: "today"/"tomorrow", a weekday
 * within the coming week, else a weekday with its date; the time on a 24-hour clock (10:00).
 * `undefined` for a time that cannot be read.
 */
export function describeRespondBy(iso: string, locale: Locale, now: Date = new Date()): RespondByTime | undefined {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return undefined;
  const tag = TAGS[locale];
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(when);
  const days = Math.round((startOfDay(when) - startOfDay(now)) / DAY_MS);
  const day = new Intl.DateTimeFormat(tag, days >= 0 && days < 7 ? { weekday: 'long' } : { weekday: 'long', day: 'numeric', month: 'long' }).format(when);
  return { ...(days === 0 ? { relative: 'today' as const } : days === 1 ? { relative: 'tomorrow' as const } : {}), day, time };
}

// Local midnight; calendar days, so 23:00 → 09:00 next morning counts as tomorrow.
function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** A date the customer reads in a list, e.g. "23 November 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A moment on a timeline, e.g. "23 Nov, 14:05". */
export function formatMoment(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "We respond by Tuesday 10:00", for a promised time still ahead; `undefined` for none or one passed. */
export function respondByText(t: Translation, locale: Locale, respondBy: string | null | undefined, now = new Date()): string | undefined {
  if (!respondBy || !(new Date(respondBy).getTime() >= now.getTime())) return undefined;
  const when = describeRespondBy(respondBy, locale, now);
  return when ? t.respondBy(when) : undefined;
}
