import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DocsReportSchema } from '@loket/sdk';
import type { DocsReport, InsightDay, Locale } from '@loket/sdk';
import type { Database } from '../store/database';
import { openTestDatabase } from '../test-support';
import { buildDocsReport } from './docs-report';
import { FIXTURE_NOW, FIXTURE_SITE, seedDocsReportFixture } from './docs-report-fixture';
import { readSince, resolvePeriod } from './report-period';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDocsReportFixture(db);
  // Another site's rows never count.
  await seedDocsReportFixture(db, 'other-site');
});
afterAll(() => db.close());

async function report(since: string, locale: Locale = 'en'): Promise<DocsReport> {
  const period = await resolvePeriod(db, readSince(since), { now: FIXTURE_NOW, timeZone: FIXTURE_SITE.timeZone });
  return v.parse(DocsReportSchema, await buildDocsReport(db, FIXTURE_SITE, { ...period, locale }));
}

/** The days from `first` to `last` with zero counts, except those given. */
function days(first: string, last: string, counted: Record<string, Partial<InsightDay>>): InsightDay[] {
  const list: InsightDay[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); day <= new Date(`${last}T00:00:00Z`); day = new Date(day.getTime() + 86_400_000)) {
    const date = day.toISOString().slice(0, 10);
    list.push({ date, solved: 0, failed: 0, unanswered: 0, cases: 0, ...counted[date] });
  }
  return list;
}

const windows7 = { field: 'os', name: 'Windows', version: '7', label: 'Windows 7' };
const chrome109 = { field: 'browser', name: 'Chrome', version: '109', label: 'Chrome 109' };
const desktop = { field: 'device', name: 'desktop', label: 'desktop' };
const noReasons = { failed_attempts: 0, repeat_contacts: 0, response_time_breached: 0 };

describe('the documentation fix report of the last 30 days', () => {
  it('ranks every item by customers affected, with each number worked out by hand', async () => {
    const { items } = await report('30d');
    expect(items).toEqual([
      {
        rank: 1, kind: 'failing_article', article: 'installer-old-windows', title: 'Installer fails on old Windows',
        // Shown in r1–r8 and once without a report id; tried in r1–r7 and r9 (r7 only opened it).
        shown: 9, tried: 8,
        // r3 said solved, then not solved: failed. r4 said not solved, then solved: solved. r10 is older than the period.
        solved: 3, failed: 4, affected: 4, failureRate: 4 / 7,
        // Two cases of the period list it as not solved; one lists it as solved, one is older.
        filedAfter: 2,
        environments: [
          // Windows 7 (3 of 4) and Chrome 109 (2 of 3) are too few to be sure they fail more than
          // elsewhere (1 of 3); desktop (4 of 6) against 0 of 1 elsewhere is.
          { environment: desktop, judged: 6, failed: 4, failureRate: 4 / 6 },
        ],
      },
      {
        rank: 2, kind: 'unanswered', topic: 'software', affected: 3, filed: 1,
        words: ['error', '0x80070005', 'appears', 'crashes', 'installer'],
        // u1 is told by its case (admin: no); u2 by its last no_match; u3 had no report id.
        answers: [
          { question: 'problem', answer: 'error', questionText: 'What happens?', answerText: 'An error message appears', count: 3 },
          { question: 'admin', answer: 'yes', questionText: 'May you install programs yourself?', answerText: 'Yes', count: 2 },
        ],
        examples: [
          'installer error 0x80070005 crashes',
          'Installer crashes with error 0x80070005, call me at [phone]',
          'the installer crashes with error 0x80070005 every time',
        ],
      },
      {
        rank: 3, kind: 'hotspot', topic: 'internet', environment: null,
        cases: 5, repeated: 2, repeatContacts: 3, escalated: 2, affected: 3,
        reasons: { failed_attempts: 1, repeat_contacts: 1, response_time_breached: 1 },
      },
      // Ties on 2 affected: failing articles by id, then unanswered, then hotspots.
      {
        rank: 4, kind: 'failing_article', article: 'reset-password', title: 'Wachtwoord opnieuw instellen',
        shown: 0, tried: 2, solved: 0, failed: 2, affected: 2, failureRate: 1, filedAfter: 0, environments: [],
      },
      {
        rank: 5, kind: 'failing_article', article: 'restart-modem', title: 'Restart your modem',
        shown: 3, tried: 3, solved: 1, failed: 2, affected: 2, failureRate: 2 / 3, filedAfter: 0, environments: [],
      },
      {
        rank: 6, kind: 'failing_article', article: 'retired-article', title: 'retired-article',
        shown: 0, tried: 2, solved: 0, failed: 2, affected: 2, failureRate: 1, filedAfter: 0, environments: [],
      },
      {
        rank: 7, kind: 'unanswered', topic: 'internet', affected: 2, filed: 1,
        words: ['dsl-lampje', 'knippert', 'modem', 'onweer', 'oranje'],
        answers: [{ question: 'light', answer: 'dsl', questionText: 'Which light is red?', answerText: 'DSL light', count: 2 }],
        examples: ['Na onweer knippert mijn modem oranje. Mail naar [e-mail]', 'modem knippert oranje na onweer'],
      },
      {
        rank: 8, kind: 'hotspot', topic: null, environment: { field: 'os', name: 'Windows', version: '11', label: 'Windows 11' },
        cases: 3, repeated: 2, repeatContacts: 3, escalated: 1, affected: 2, reasons: { ...noReasons, repeat_contacts: 1 },
      },
    ]);
  });

  it('leaves out what affected too few: modem-lights failed once, the printer and zebra questions stand alone, billing came back once', async () => {
    const { items } = await report('30d');
    expect(items.some((item) => item.kind === 'failing_article' && item.article === 'modem-lights')).toBe(false);
    expect(items.flatMap((item) => (item.kind === 'unanswered' ? item.examples : []))).not.toContain('my printer is out of ink');
    expect(items.some((item) => item.kind === 'hotspot' && item.topic === 'billing')).toBe(false);
  });

  it('gives the period, the topic titles, the totals and every day in the site time zone', async () => {
    const { items: _items, ...rest } = await report('30d');
    expect(rest).toEqual({
      site: 'fixture',
      locale: 'en',
      since: '2026-10-24T12:00:00.000Z',
      until: '2026-11-23T12:00:00.000Z',
      topics: { software: 'Installing the app', internet: 'Internet is down' },
      // Reports: 9 of the first article plus one shown without a report id, 3 + 2 + 2 + 1 of the others, 7 unanswered.
      totals: { reports: 25, solved: 4, failed: 11, unanswered: 7, cases: 10, repeated: 3, escalated: 3 },
      days: days('2026-10-24', '2026-11-23', {
        '2026-11-20': { solved: 4, failed: 11 },
        '2026-11-21': { unanswered: 7 },
        '2026-11-22': { cases: 9 },
        // Filed at 23:30 UTC on the 22nd: half past midnight in Amsterdam.
        '2026-11-23': { cases: 1 },
      }),
    });
  });

  it("words titles, topics, questions and answers in the report's language", async () => {
    const nl = await report('30d', 'nl');
    expect(nl.topics).toEqual({ software: 'De app installeren', internet: 'Internet werkt niet' });
    expect(nl.items.map((item) => (item.kind === 'failing_article' ? item.title : item.kind))).toEqual([
      'Installatie mislukt op oud Windows', 'unanswered', 'hotspot', 'Wachtwoord opnieuw instellen', 'Start uw modem opnieuw', 'retired-article', 'unanswered', 'hotspot',
    ]);
    const software = nl.items.find((item) => item.kind === 'unanswered' && item.topic === 'software');
    expect(software?.kind === 'unanswered' && software.answers.map(({ questionText, answerText }) => [questionText, answerText])).toEqual([
      ['Wat gebeurt er?', 'Er verschijnt een foutmelding'],
      ["Mag u zelf programma's installeren?", 'Ja'],
    ]);
  });
});

describe('the period of the documentation fix report', () => {
  it('counts everything recorded for since=all, and lists the days from the first one', async () => {
    const all = await report('all');
    expect(all.since).toBeNull();
    expect(all.totals).toEqual({ reports: 27, solved: 4, failed: 12, unanswered: 8, cases: 11, repeated: 3, escalated: 3 });
    expect(all.items[0]).toMatchObject({
      article: 'installer-old-windows', tried: 9, solved: 3, failed: 5, failureRate: 5 / 8, filedAfter: 3,
      environments: [
        { environment: windows7, judged: 5, failed: 4 },
        { environment: desktop, judged: 7, failed: 5 },
      ],
    });
    expect(all.items[1]).toMatchObject({ kind: 'unanswered', topic: 'software', affected: 4, filed: 1 });
    expect(all.days).toEqual(days('2026-10-01', '2026-11-23', {
      '2026-10-01': { failed: 1, unanswered: 1, cases: 1 },
      '2026-11-20': { solved: 4, failed: 11 },
      '2026-11-21': { unanswered: 7 },
      '2026-11-22': { cases: 9 },
      '2026-11-23': { cases: 1 },
    }));
  });

  it('reads a date as midnight in the site time zone and leaves out what came before', async () => {
    const since = await report('2026-11-21');
    expect(since.since).toBe('2026-11-20T23:00:00.000Z');
    expect(since.totals).toEqual({ reports: 7, solved: 0, failed: 0, unanswered: 7, cases: 10, repeated: 3, escalated: 3 });
    expect(since.items.map((item) => [item.rank, item.kind, item.affected])).toEqual([
      [1, 'unanswered', 3], [2, 'hotspot', 3], [3, 'unanswered', 2], [4, 'hotspot', 2],
    ]);
    expect(since.days.map((day) => day.date)).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
  });

  it('counts days back from now for since=7d', async () => {
    const week = await report('7d');
    expect(week.since).toBe('2026-11-16T12:00:00.000Z');
    expect(week.days.map((day) => day.date)).toEqual(days('2026-11-16', '2026-11-23', {}).map((day) => day.date));
    expect(week.totals).toEqual((await report('30d')).totals);
  });

  it('lists at most the last 366 days', async () => {
    const period = { since: new Date('2024-01-01T00:00:00Z'), until: FIXTURE_NOW };
    const long = await buildDocsReport(db, FIXTURE_SITE, { ...period, locale: 'en' });
    expect(long.days).toHaveLength(366);
    expect(long.days.at(-1)?.date).toBe('2026-11-23');
    expect(long.totals.cases).toBe(11);
  });

  it('gives an empty report for a site without any rows', async () => {
    const empty = await buildDocsReport(db, { ...FIXTURE_SITE, key: 'quiet' }, { since: null, until: FIXTURE_NOW, locale: 'en' });
    expect(v.parse(DocsReportSchema, empty)).toMatchObject({
      items: [], topics: {}, totals: { reports: 0, solved: 0, failed: 0, unanswered: 0, cases: 0, repeated: 0, escalated: 0 },
      days: [{ date: '2026-11-23', solved: 0, failed: 0, unanswered: 0, cases: 0 }],
    });
  });
});
