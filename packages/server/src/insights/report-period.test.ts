import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidationError } from '@loket/sdk';
import type { Database } from '../store/database';
import { openTestDatabase } from '../test-support';
import { readSince, resolvePeriod } from './report-period';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

function sinceMessage(text: string): string {
  try {
    readSince(text);
  } catch (error) {
    if (isValidationError(error)) return `${error.fields[0]!.path}: ${error.fields[0]!.message}`;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('readSince', () => {
  it('reads days, dates, times with and without a zone, and all; 30d when left out', () => {
    expect(readSince(undefined)).toEqual({ kind: 'days', days: 30 });
    expect(readSince('90d')).toEqual({ kind: 'days', days: 90 });
    expect(readSince('2026-10-01')).toEqual({ kind: 'local', text: '2026-10-01' });
    expect(readSince('2026-10-01T08:30')).toEqual({ kind: 'local', text: '2026-10-01T08:30' });
    expect(readSince('2026-10-01T08:30:00.000Z')).toEqual({ kind: 'instant', at: new Date('2026-10-01T08:30:00.000Z') });
    expect(readSince('2026-10-01T08:30:00+02:00')).toEqual({ kind: 'instant', at: new Date('2026-10-01T06:30:00.000Z') });
    expect(readSince('all')).toEqual({ kind: 'all' });
  });

  it('refuses anything else on the field since, saying how to write it', () => {
    for (const text of ['yesterday', '30', '30 days', '-3d', '2026-10', '']) {
      expect(sinceMessage(text)).toBe('since: Write since as a number of days (30d), a date (2026-10-01) or all.');
    }
    expect(sinceMessage('0d')).toBe('since: Write since as 1d to 3660d, a date (2026-10-01) or all.');
    expect(sinceMessage('2026-02-30')).toBe('since: 2026-02-30 is not a date on the calendar. Write since as a number of days (30d), a date (2026-10-01) or all.');
    expect(sinceMessage('2026-10-01T25:00:00Z')).toBe('since: Write since as a number of days (30d), a date (2026-10-01) or all.');
    // An offset no zone has: refused, not an internal error.
    expect(sinceMessage('2026-10-01T06:00:00+99:00')).toBe('since: Write since as a number of days (30d), a date (2026-10-01) or all.');
  });
});

describe('resolvePeriod', () => {
  const now = new Date('2026-07-15T12:00:00.000Z');
  const resolve = (text: string, timeZone = 'Europe/Amsterdam') => resolvePeriod(db, readSince(text), { now, timeZone });

  it('counts days back from now, and reads dates and times without a zone in the site time zone', async () => {
    expect(await resolve('7d')).toEqual({ since: new Date('2026-07-08T12:00:00.000Z'), until: now });
    expect(await resolve('2026-07-01')).toEqual({ since: new Date('2026-06-30T22:00:00.000Z'), until: now });
    expect(await resolve('2026-07-01T09:15', 'America/New_York')).toEqual({ since: new Date('2026-07-01T13:15:00.000Z'), until: now });
    expect(await resolve('all')).toEqual({ since: null, until: now });
  });

  it('refuses a period that starts after now', async () => {
    await expect(resolve('2026-08-01')).rejects.toMatchObject({ fields: [{ path: 'since', message: expect.stringContaining('The period starts after now') }] });
  });
});
