import type { DocsReport } from '../schemas/insights';

/** A small documentation fix report with one item of each kind, for tests. */
export const DOCS_REPORT_FIXTURE: DocsReport = {
  site: 'demo',
  locale: 'en',
  since: '2026-10-24T00:00:00.000Z',
  until: '2026-11-23T10:00:00.000Z',
  topics: { software: 'Software and apps', wifi: 'Wi-Fi', tv: 'Television' },
  totals: { reports: 120, solved: 70, failed: 30, unanswered: 20, cases: 45, repeated: 6, escalated: 5 },
  items: [
    {
      kind: 'failing_article', rank: 1, affected: 12, article: 'installer-windows-7-8', title: 'Installing on Windows 7 or 8',
      shown: 40, tried: 30, solved: 3, failed: 12, failureRate: 0.8, filedAfter: 9,
      environments: [{ environment: { field: 'os', name: 'Windows', version: '7', label: 'Windows 7' }, judged: 10, failed: 8, failureRate: 0.8 }],
    },
    {
      kind: 'unanswered', rank: 2, affected: 7, topic: 'tv', words: ['samsung', 'code', 'app'],
      answers: [{ question: 'device', answer: 'smart_tv', questionText: 'Where do you watch?', answerText: 'Smart TV', count: 6 }],
      filed: 4, examples: ['The TV app on my Samsung asks for a code', '=HYPERLINK("x") <b>bold</b> | pipe'],
    },
    {
      kind: 'hotspot', rank: 3, affected: 5, topic: 'wifi', environment: null, cases: 20, repeated: 4, repeatContacts: 6, escalated: 3,
      reasons: { failed_attempts: 1, repeat_contacts: 2, response_time_breached: 0 },
    },
  ],
  days: [{ date: '2026-11-23', solved: 2, failed: 1, unanswered: 1, cases: 2 }],
};
