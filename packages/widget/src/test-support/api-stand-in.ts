/// <reference types="mocha" />
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { Article, SiteConfig } from '@loket/sdk';

/** The site configuration the widget tests use. */
export const TEST_CONFIG: SiteConfig = {
  site: 'demo',
  name: 'Zeewind Internet',
  defaultLocale: 'nl',
  topics: [
    {
      id: 'internet',
      label: { nl: 'Internet werkt niet', en: 'Internet is down' },
      hint: { nl: 'Geen verbinding', en: 'No connection' },
      questions: [
        { id: 'modem-on', kind: 'yesno', required: true, label: { nl: 'Staat het modem aan?', en: 'Is the modem on?' } },
        {
          id: 'light',
          kind: 'single',
          required: true,
          label: { nl: 'Welk lampje brandt rood?', en: 'Which light is red?' },
          options: [
            { id: 'internet', label: { nl: 'Internet', en: 'Internet' } },
            { id: 'wifi', label: { nl: 'Wifi', en: 'Wi-Fi' } },
            { id: 'none', label: { nl: 'Geen', en: 'None' } },
          ],
          when: { question: 'modem-on', equals: 'yes' },
        },
        {
          id: 'restarted',
          kind: 'yesno',
          required: false,
          label: { nl: 'Hebt u het modem opnieuw opgestart?', en: 'Did you restart the modem?' },
          when: { all: [{ question: 'modem-on', equals: 'yes' }, { question: 'light', in: ['internet', 'wifi'] }] },
        },
        { id: 'since', kind: 'date', required: false, label: { nl: 'Sinds wanneer?', en: 'Since when?' } },
      ],
      environment: { needs: ['device', 'connection'], confirm: [] },
    },
    {
      id: 'software',
      label: { nl: 'Zeewind Thuis installeren', en: 'Installing Zeewind Thuis' },
      questions: [],
      environment: { needs: ['os'], confirm: ['os'] },
    },
    { id: 'billing', label: { nl: 'Facturen', en: 'Bills' }, questions: [], environment: { needs: [], confirm: [] } },
  ],
  nextSteps: { nl: 'We reageren binnen één werkdag.', en: 'We respond within one working day.' },
  limits: { descriptionMaxLength: 5000 },
};

/** A request to file a case, as the stand-in received it. */
export type FiledRequest = { idempotencyKey: string | null; body: Record<string, unknown> };

/** The API stand-in: msw in a service worker, so the widget's real HTTP requests reach it. */
export const worker = setupWorker();

/** Starts the stand-in once per test file. */
export function startWorker(): Promise<unknown> {
  return worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}

/** Serves the test configuration. */
export const configHandler = http.get('*/v1/sites/demo/config', () => HttpResponse.json(TEST_CONFIG));

/** Serves these articles as the knowledge base of every language. */
export function articlesHandler(articles: Article[] = []) {
  return http.get('*/v1/sites/demo/articles', ({ request }) => {
    const locale = new URL(request.url).searchParams.get('locale') ?? 'nl';
    return HttpResponse.json({ site: 'demo', locale, version: 'v1', articles: articles.filter((article) => article.locale === locale) });
  });
}

/** A self-help attempt, as the stand-in received it. */
export type RecordedAttempt = { article?: string; outcome: string; text?: string; topic?: string };

/** Records self-help attempts. */
export function attemptsHandler(recorded: RecordedAttempt[] = []) {
  return http.post('*/v1/sites/demo/attempts', async ({ request }) => {
    recorded.push((await request.json()) as RecordedAttempt);
    return HttpResponse.json({ id: `attempt-${recorded.length}` }, { status: 201 });
  });
}

/** The site as the widget needs it, with an empty knowledge base: config, articles, attempts. */
export const siteHandlers = [configHandler, articlesHandler(), attemptsHandler()];

/** Files every case with a fixed reference and records what was sent. */
export function fileCaseHandler(filed: FiledRequest[], reference = 'LK-4F7Q-92KD') {
  return http.post('*/v1/sites/demo/cases', async ({ request }) => {
    filed.push({ idempotencyKey: request.headers.get('Idempotency-Key'), body: (await request.json()) as Record<string, unknown> });
    return HttpResponse.json({ reference, token: 'token-1', status: 'new', createdAt: new Date().toISOString() }, { status: 201 });
  });
}

/**
 * Registers the hooks of a widget test file: starts the stand-in, and after each test forgets
 * its handlers, the draft and any language a test set on the page.
 */
export function useApiStandIn(): void {
  before(() => {
    document.documentElement.lang = 'nl';
    return startWorker();
  });
  afterEach(() => {
    worker.resetHandlers();
    localStorage.clear();
    document.documentElement.lang = 'nl';
  });
  after(() => worker.stop());
}
