import type { CasePriority } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import { addBusinessMinutes, parseDuration } from './business-time';

/** What of a site decides response times. */
export type ResponseTerms = Pick<Site, 'timeZone' | 'businessHours' | 'holidays' | 'serviceLevels'>;

/**
 * The time by which support owes a response to a case of this priority, counted from `from` in
 * the site's business time.
 *
 * @returns `null` when the site promises no response time for the priority.
 * @example
 * respondByFor(site, 'normal', new Date()); // e.g. next working day 10:00 for "8h"
 */
export function respondByFor(site: ResponseTerms, priority: CasePriority, from: Date): Date | null {
  const level = site.serviceLevels[priority];
  if (level === undefined) return null;
  return addBusinessMinutes(from, parseDuration(level), site);
}

/** The earlier of two promised times; a missing one does not count. */
export function earlierOf(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.getTime() <= b.getTime() ? a : b;
}
