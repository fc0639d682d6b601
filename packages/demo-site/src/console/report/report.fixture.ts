import type { DocsReport, InsightDay } from '@loket/sdk';

// A documentation fix report as the server would send it for the demo site, for developing the
// page without a server and for its tests. The counts are made up but consistent: the items add
// up to no more than the totals, and the totals are the sums of the days.

const UNTIL = '2026-11-20T15:42:00.000Z';
const DAY_COUNT = 120;

function makeDays(): InsightDay[] {
  const days: InsightDay[] = [];
  const last = Date.parse('2026-11-20T00:00:00Z');
  for (let index = 0; index < DAY_COUNT; index++) {
    const date = new Date(last - (DAY_COUNT - 1 - index) * 86_400_000);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    // A steady pattern with a wobble, quieter at weekends, and a bad week in early November
    // (a Windows 7 installer update) so the charts have something to show.
    const wobble = (index * 7) % 5;
    const badWeek = index >= DAY_COUNT - 20 && index < DAY_COUNT - 13 ? 6 : 0;
    const scale = weekend ? 0.5 : 1;
    days.push({
      date: date.toISOString().slice(0, 10),
      solved: Math.round((9 + wobble) * scale),
      failed: Math.round((3 + ((index * 3) % 4) + badWeek) * scale),
      unanswered: Math.round((2 + ((index * 5) % 3)) * scale),
      cases: Math.round((4 + ((index * 2) % 3) + badWeek / 2) * scale),
    });
  }
  return days;
}

const ALL_DAYS = makeDays();

function totalsOf(days: InsightDay[]): DocsReport['totals'] {
  const sum = (key: 'solved' | 'failed' | 'unanswered' | 'cases') => days.reduce((total, day) => total + day[key], 0);
  const solved = sum('solved');
  const failed = sum('failed');
  const unanswered = sum('unanswered');
  const cases = sum('cases');
  return {
    // Some reports were shown articles but the customer never said whether they helped.
    reports: solved + failed + unanswered + Math.round((solved + failed) * 0.2),
    solved,
    failed,
    unanswered,
    cases,
    repeated: Math.round(cases * 0.18),
    escalated: Math.round(cases * 0.09),
  };
}

/** The fixture report over the last 30 days, in English. */
export const REPORT_FIXTURE: DocsReport = {
  site: 'demo',
  locale: 'en',
  since: '2026-10-22T00:00:00.000Z',
  until: UNTIL,
  topics: {
    software: 'Installing Zeewind Home',
    internet: 'Internet is down',
    wifi: 'Wi-Fi drops',
    tv: 'TV',
  },
  totals: totalsOf(ALL_DAYS.slice(-30)),
  items: [
    {
      kind: 'failing_article',
      rank: 1,
      affected: 41,
      article: 'installer-windows-7-8',
      title: 'Installing Zeewind Home on Windows 7 or 8',
      shown: 96,
      tried: 71,
      solved: 19,
      failed: 41,
      failureRate: 41 / 60,
      filedAfter: 33,
      environments: [
        { environment: { field: 'os', name: 'Windows', version: '7', label: 'Windows 7' }, judged: 35, failed: 28, failureRate: 0.8 },
        { environment: { field: 'browser', name: 'Internet Explorer', version: '11', label: 'Internet Explorer 11' }, judged: 12, failed: 9, failureRate: 0.75 },
        { environment: { field: 'os', name: 'Windows', version: '8.1', label: 'Windows 8.1' }, judged: 25, failed: 13, failureRate: 0.52 },
      ],
    },
    {
      kind: 'unanswered',
      rank: 2,
      affected: 27,
      topic: 'wifi',
      words: ['mesh', 'extender', 'attic', 'pairing'],
      answers: [
        { question: 'where', answer: 'upstairs', questionText: 'Where is the Wi-Fi poor?', answerText: 'Upstairs or in the attic', count: 19 },
        { question: 'extender', answer: 'yes', questionText: 'Do you use a Wi-Fi extender?', answerText: 'Yes', count: 16 },
      ],
      filed: 14,
      examples: [
        'The extra Wi-Fi point upstairs keeps losing the connection with the modem.',
        'How do I pair my own mesh extender with the Zeewind modem?',
        'Wi-Fi in the attic is gone since the new modem came.',
      ],
    },
    {
      kind: 'hotspot',
      rank: 3,
      affected: 19,
      topic: 'internet',
      environment: null,
      cases: 58,
      repeated: 15,
      repeatContacts: 23,
      escalated: 9,
      reasons: { failed_attempts: 5, repeat_contacts: 3, response_time_breached: 1 },
    },
    {
      kind: 'failing_article',
      rank: 4,
      affected: 14,
      article: 'portal-login-safari',
      title: 'Signing in to My Zeewind with Safari',
      shown: 52,
      tried: 40,
      solved: 22,
      failed: 14,
      failureRate: 14 / 36,
      filedAfter: 9,
      environments: [
        { environment: { field: 'browser', name: 'Safari', version: '15', label: 'Safari 15' }, judged: 11, failed: 8, failureRate: 8 / 11 },
        { environment: { field: 'device', name: 'mobile', label: 'mobile' }, judged: 20, failed: 9, failureRate: 0.45 },
      ],
    },
    {
      kind: 'unanswered',
      rank: 5,
      affected: 11,
      topic: null,
      words: ['e-sim', 'phone', 'number'],
      answers: [],
      filed: 6,
      examples: ['Can I get an e-SIM for my phone with Zeewind?', 'Does Zeewind also do mobile phone subscriptions?'],
    },
    {
      kind: 'hotspot',
      rank: 6,
      affected: 8,
      topic: null,
      environment: { field: 'os', name: 'macOS', version: '10.13', label: 'macOS 10.13' },
      cases: 12,
      repeated: 6,
      repeatContacts: 9,
      escalated: 4,
      reasons: { failed_attempts: 3, repeat_contacts: 1, response_time_breached: 0 },
    },
    {
      kind: 'failing_article',
      rank: 7,
      affected: 5,
      article: 'tv-no-signal',
      title: 'No picture on the TV',
      shown: 44,
      tried: 38,
      solved: 29,
      failed: 5,
      failureRate: 5 / 34,
      filedAfter: 3,
      environments: [],
    },
  ],
  days: ALL_DAYS.slice(-30),
};

const SPANS: Record<string, number> = { '7d': 7, '30d': 30, '90d': 90 };

/**
 * The fixture report for a period, as the server would answer `?since=`: the days of the period
 * (everything recorded for `all`) and totals to match. The items stay the same.
 * @param since `7d`, `30d`, `90d` or `all`.
 */
export function reportFixtureFor(since: string, locale: 'nl' | 'en' = 'en'): DocsReport {
  const span = SPANS[since];
  const days = span === undefined ? ALL_DAYS : ALL_DAYS.slice(-span);
  return {
    ...REPORT_FIXTURE,
    locale,
    since: span === undefined ? null : `${days[0]?.date ?? '2026-11-20'}T00:00:00.000Z`,
    totals: totalsOf(days),
    days,
  };
}
