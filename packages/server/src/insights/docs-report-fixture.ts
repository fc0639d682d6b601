/**
 * A known set of self-help attempts and cases for testing the documentation fix report: every
 * number the report should give for it is worked out by hand in docs-report.test.ts.
 */
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { FlowSchema } from '@loket/sdk';
import type { Answers, Article, Environment, EscalationReason, Locale, TriedArticle } from '@loket/sdk';
import { generateReference } from '../cases/reference';
import { SiteFileSchema } from '../sites/site-schema';
import type { Site } from '../sites/site-schema';
import { recordAttempt, recordImpressions } from '../store/attempt-store';
import type { Queryable } from '../store/database';

/** When the fixture's report is made. */
export const FIXTURE_NOW = new Date('2026-11-23T12:00:00.000Z');
/** The fixture site's secret key. */
export const FIXTURE_SECRET_KEY = 'fixture-secret-key-0123456789abcdef';

/** Before the default period (30 days back from {@link FIXTURE_NOW}). */
const OLD = new Date('2026-10-01T10:00:00.000Z');
const SHOWN = new Date('2026-11-20T09:00:00.000Z');
const JUDGED = new Date('2026-11-20T10:00:00.000Z');
const JUDGED_AGAIN = new Date('2026-11-20T11:00:00.000Z');
const UNANSWERED = new Date('2026-11-21T09:00:00.000Z');
const FILED = new Date('2026-11-22T09:00:00.000Z');
/** 00:30 on 23 November in Amsterdam: the next day in the site's time zone. */
const FILED_LATE = new Date('2026-11-22T23:30:00.000Z');

const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

function article(id: string, locale: Locale, title: string, topics: string[]): Article {
  return { id, locale, title, topics, tags: [], questions: [], text: title, body: [] };
}

/** A site with three topics and articles in one or both languages. */
export const FIXTURE_SITE: Site = {
  ...v.parse(SiteFileSchema, {
    name: 'Fixture',
    nextSteps: { nl: 'We bellen terug.', en: 'We call back.' },
    timeZone: 'Europe/Amsterdam',
    secretKeys: [FIXTURE_SECRET_KEY],
  }),
  key: 'fixture',
  flows: [
    v.parse(FlowSchema, {
      id: 'software',
      label: { nl: 'De app installeren', en: 'Installing the app' },
      questions: [
        {
          id: 'problem', kind: 'single', label: { nl: 'Wat gebeurt er?', en: 'What happens?' },
          options: [
            { id: 'wont-start', label: { nl: 'Er gebeurt niets', en: 'Nothing happens' } },
            { id: 'error', label: { nl: 'Er verschijnt een foutmelding', en: 'An error message appears' } },
          ],
        },
        { id: 'admin', kind: 'yesno', label: { nl: "Mag u zelf programma's installeren?", en: 'May you install programs yourself?' } },
      ],
    }),
    v.parse(FlowSchema, {
      id: 'internet',
      label: { nl: 'Internet werkt niet', en: 'Internet is down' },
      questions: [{
        id: 'light', kind: 'single', label: { nl: 'Welk lampje is rood?', en: 'Which light is red?' },
        options: [
          { id: 'dsl', label: { nl: 'DSL-lampje', en: 'DSL light' } },
          { id: 'power', label: { nl: 'Aan/uit-lampje', en: 'Power light' } },
        ],
      }],
    }),
    v.parse(FlowSchema, {
      id: 'billing',
      label: { nl: 'Facturen', en: 'Invoices' },
      questions: [{ id: 'kind', kind: 'single', label: { nl: 'Waarover?', en: 'About what?' }, options: [{ id: 'invoice', label: { nl: 'Factuur', en: 'Invoice' } }] }],
    }),
  ],
  articles: [
    article('installer-old-windows', 'en', 'Installer fails on old Windows', ['software']),
    article('installer-old-windows', 'nl', 'Installatie mislukt op oud Windows', ['software']),
    article('restart-modem', 'en', 'Restart your modem', ['internet']),
    article('restart-modem', 'nl', 'Start uw modem opnieuw', ['internet']),
    article('reset-password', 'nl', 'Wachtwoord opnieuw instellen', ['billing']),
    article('modem-lights', 'en', 'What the modem lights mean', ['internet']),
  ],
};

/** Environments of the fixture's customers. */
export const ENVIRONMENTS = {
  windows7Chrome109: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '109.0.5414' }, device: { type: 'desktop' } },
  windows7Chrome120: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '120' }, device: { type: 'desktop' } },
  windows7Firefox: { os: { name: 'Windows', version: '7' }, browser: { name: 'Firefox', version: '115.3' }, device: { type: 'desktop' } },
  windows10Chrome: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '131' } },
  windows81Chrome109: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Chrome', version: '109' }, device: { type: 'desktop' } },
  mac: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '17.1' }, device: { type: 'desktop' } },
  windows11Chrome: { os: { name: 'Windows', version: '11' }, browser: { name: 'Chrome', version: '131.0.1' } },
  windows11Firefox: { os: { name: 'Windows', version: '11' }, browser: { name: 'Firefox', version: '128' } },
  sonoma: { os: { name: 'macOS', version: '14.2' }, browser: { name: 'Safari', version: '17.2' } },
} satisfies Record<string, Environment>;

type FixtureCase = {
  topic: string;
  createdAt: Date;
  environment?: Environment;
  articlesTried?: TriedArticle[];
  report?: string;
  description?: string;
  answers?: Answers;
  locale?: Locale;
  repeatContacts?: number;
  escalations?: EscalationReason[];
};

/** Stores a case as it would be after filing, repeat contacts and escalations. */
async function insertCase(db: Queryable, site: string, fixture: FixtureCase): Promise<void> {
  await db.query(
    `INSERT INTO cases (id, reference, site, topic, answers, description, environment, articles_tried, locale,
                        repeat_contacts, escalations, report_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
    [randomUUID(), generateReference(), site, fixture.topic, JSON.stringify(fixture.answers ?? {}), fixture.description ?? 'Het werkt niet.',
      JSON.stringify(fixture.environment ?? {}), JSON.stringify(fixture.articlesTried ?? []), fixture.locale ?? 'en',
      fixture.repeatContacts ?? 0, JSON.stringify(fixture.escalations ?? []), fixture.report ?? null, fixture.createdAt],
  );
}

/**
 * Records the fixture's impressions, attempts and cases for a site (by default the fixture site).
 *
 * @example
 * await seedDocsReportFixture(db);
 * const report = await buildDocsReport(db, FIXTURE_SITE, { since: null, until: FIXTURE_NOW, locale: 'en' });
 */
export async function seedDocsReportFixture(db: Queryable, site = FIXTURE_SITE.key): Promise<void> {
  const E = ENVIRONMENTS;
  const base = { site, locale: 'en' as const, answers: {}, text: '', environment: {} };
  const judge = (report: string | undefined, articleId: string, outcome: 'solved' | 'not_solved', environment: Environment, at: Date, locale: Locale = 'en') =>
    recordAttempt(db, { ...base, article: articleId, outcome, environment, locale, ...(report ? { report } : {}) }, at);
  const notMatched = (report: string | undefined, at: Date, attempt: { text: string; topic?: string; answers?: Answers; locale?: Locale }) =>
    recordAttempt(db, { ...base, outcome: 'no_match', ...attempt, answers: attempt.answers ?? {}, ...(report ? { report } : {}) }, at);

  // installer-old-windows: shown in r1–r8 and once without a report id; opened in r7.
  for (const report of ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']) {
    await recordImpressions(db, { site, articles: ['installer-old-windows'], locale: 'en', topic: 'software', environment: {}, report }, SHOWN);
  }
  await recordImpressions(db, { site, articles: ['installer-old-windows'], locale: 'en', environment: {} }, SHOWN);
  await recordAttempt(db, { ...base, article: 'installer-old-windows', outcome: 'opened', report: 'r7' }, minutesAfter(SHOWN, 30));
  await judge('r1', 'installer-old-windows', 'not_solved', E.windows7Chrome109, JUDGED);
  await judge('r2', 'installer-old-windows', 'not_solved', E.windows7Chrome120, JUDGED);
  await judge('r3', 'installer-old-windows', 'solved', E.windows7Firefox, JUDGED);
  await judge('r3', 'installer-old-windows', 'not_solved', E.windows7Firefox, JUDGED_AGAIN);
  await judge('r4', 'installer-old-windows', 'not_solved', E.windows7Chrome109, JUDGED);
  await judge('r4', 'installer-old-windows', 'solved', E.windows7Chrome109, JUDGED_AGAIN);
  await judge('r5', 'installer-old-windows', 'solved', E.windows10Chrome, JUDGED);
  await judge('r6', 'installer-old-windows', 'not_solved', E.windows81Chrome109, JUDGED);
  await judge('r9', 'installer-old-windows', 'solved', E.mac, JUDGED);
  await judge('r10', 'installer-old-windows', 'not_solved', E.windows7Chrome109, OLD);

  // restart-modem (both languages), reset-password (Dutch only), an article the site no longer has, modem-lights.
  for (const report of ['r11', 'r12', 'r13']) {
    await recordImpressions(db, { site, articles: ['restart-modem'], locale: report === 'r11' ? 'nl' : 'en', environment: {}, report }, SHOWN);
  }
  await judge('r11', 'restart-modem', 'not_solved', {}, JUDGED, 'nl');
  await judge('r12', 'restart-modem', 'not_solved', {}, JUDGED);
  await judge('r13', 'restart-modem', 'solved', {}, JUDGED);
  await judge('r14', 'reset-password', 'not_solved', {}, JUDGED, 'nl');
  await judge('r15', 'reset-password', 'not_solved', {}, JUDGED, 'nl');
  await judge('r16', 'retired-article', 'not_solved', {}, JUDGED);
  await judge('r17', 'retired-article', 'not_solved', {}, JUDGED);
  await judge('r18', 'modem-lights', 'not_solved', {}, JUDGED);

  // Questions no article answered.
  await notMatched('u1', UNANSWERED, { topic: 'software', text: 'installer crashes with error code 0x80070005', answers: { problem: 'error', admin: 'yes' } });
  await notMatched('u2', minutesAfter(UNANSWERED, 10), { topic: 'software', text: 'installer', answers: { problem: 'error' } });
  await notMatched('u2', minutesAfter(UNANSWERED, 20), { topic: 'software', text: 'the installer crashes with error 0x80070005 every time', answers: { problem: 'error', admin: 'yes' } });
  await notMatched(undefined, minutesAfter(UNANSWERED, 30), { topic: 'software', text: 'installer error 0x80070005 crashes', answers: { problem: 'error', admin: 'yes' } });
  await notMatched('u4', minutesAfter(UNANSWERED, 40), { topic: 'software', text: 'my printer is out of ink', answers: { problem: 'wont-start' } });
  await notMatched('u5', minutesAfter(UNANSWERED, 50), { topic: 'internet', locale: 'nl', text: 'modem knippert oranje na onweer', answers: { light: 'dsl' } });
  await notMatched('u6', minutesAfter(UNANSWERED, 60), { topic: 'internet', locale: 'nl', text: 'na het onweer knippert het modem oranje', answers: { light: 'dsl' } });
  await notMatched('u7', minutesAfter(UNANSWERED, 70), { text: 'zebra crossing' });
  await notMatched('u8', OLD, { topic: 'software', text: 'installer crashes with error 0x80070005', answers: { problem: 'error' } });

  // Cases after failed articles, after unanswered questions, and with repeat contacts and escalations.
  await insertCase(db, site, { topic: 'software', createdAt: FILED, environment: E.windows7Chrome109, report: 'r1', articlesTried: [{ article: 'installer-old-windows', outcome: 'not_solved' }] });
  await insertCase(db, site, {
    topic: 'software', createdAt: FILED, environment: E.windows7Chrome120, report: 'r2',
    articlesTried: [{ article: 'installer-old-windows', outcome: 'not_solved' }, { article: 'modem-lights', outcome: 'not_solved' }],
  });
  await insertCase(db, site, { topic: 'software', createdAt: FILED, environment: E.windows10Chrome, articlesTried: [{ article: 'installer-old-windows', outcome: 'solved' }] });
  await insertCase(db, site, { topic: 'software', createdAt: OLD, environment: E.windows7Chrome109, articlesTried: [{ article: 'installer-old-windows', outcome: 'not_solved' }] });
  await insertCase(db, site, {
    topic: 'software', createdAt: FILED, report: 'u1', answers: { problem: 'error', admin: 'no' },
    description: 'Installer crashes with error 0x80070005, call me at 06-12345678',
  });
  await insertCase(db, site, {
    topic: 'internet', createdAt: FILED, report: 'u6', locale: 'nl', answers: { light: 'dsl' },
    description: 'Na onweer knippert mijn modem oranje. Mail naar jan@example.nl',
  });
  await insertCase(db, site, { topic: 'internet', createdAt: FILED, environment: E.windows11Chrome, repeatContacts: 2, escalations: ['repeat_contacts'] });
  await insertCase(db, site, { topic: 'internet', createdAt: FILED, environment: E.windows11Firefox, repeatContacts: 1 });
  await insertCase(db, site, { topic: 'internet', createdAt: FILED, environment: E.sonoma, escalations: ['failed_attempts', 'response_time_breached'] });
  await insertCase(db, site, { topic: 'internet', createdAt: FILED_LATE, environment: E.windows11Chrome });
  await insertCase(db, site, { topic: 'billing', createdAt: FILED, repeatContacts: 1, escalations: ['repeat_contacts'] });
}
