/// <reference types="mocha" />
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createArticleIndex, serializeArticleIndex } from '@loket/sdk';
import type { Article, Case, CaseCreated, CaseEvent, LearnedTerms, Locale, SiteConfig } from '@loket/sdk';

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

/** How the stand-in serves the search index beside the articles. */
export type IndexServed = {
  /** The learned terms the index is made with, where the articles payload has none. */
  learned?: LearnedTerms;
  /** The version written into the index; the payload's is `v1`. */
  version?: string;
  /** The status to answer instead of the index, e.g. 404 from an older server. */
  status?: number;
};

/**
 * Serves these articles as the knowledge base of every language (version `v1`), and at
 * `/articles/index` their search index, as the server makes it unless `index` says otherwise.
 */
export function articlesHandler(articles: Article[] = [], index: IndexServed = {}) {
  return http.get(/\/v1\/sites\/demo\/articles(\/index)?$/, ({ request }) => {
    const url = new URL(request.url);
    const locale = (url.searchParams.get('locale') ?? 'nl') as Locale;
    const ofLocale = articles.filter((article) => article.locale === locale);
    if (!url.pathname.endsWith('/index')) return HttpResponse.json({ site: 'demo', locale, version: 'v1', articles: ofLocale });
    if (index.status) return HttpResponse.json({ error: { code: 'not_found', message: 'No such route.' } }, { status: index.status });
    const bytes = serializeArticleIndex(createArticleIndex(ofLocale, { learned: index.learned ?? {} }), locale, { version: index.version ?? 'v1' });
    return HttpResponse.arrayBuffer(bytes.buffer, { headers: { 'Content-Type': 'application/vnd.loket.article-index' } });
  });
}

/** A self-help attempt, as the stand-in received it. */
export type RecordedAttempt = { article?: string; outcome: string; text?: string; topic?: string; report?: string };

/** Records self-help attempts. */
export function attemptsHandler(recorded: RecordedAttempt[] = []) {
  return http.post('*/v1/sites/demo/attempts', async ({ request }) => {
    recorded.push((await request.json()) as RecordedAttempt);
    return HttpResponse.json({ id: `attempt-${recorded.length}` }, { status: 201 });
  });
}

/** Articles suggested for a report, as the stand-in received them. */
export type RecordedImpression = { articles: string[]; locale: string; topic?: string; report?: string };

/** Records impressions (articles suggested for a report). */
export function impressionsHandler(recorded: RecordedImpression[] = []) {
  return http.post('*/v1/sites/demo/impressions', async ({ request }) => {
    const impression = (await request.json()) as RecordedImpression;
    recorded.push(impression);
    return HttpResponse.json({ recorded: impression.articles.length }, { status: 201 });
  });
}

/** The site as the widget needs it, with an empty knowledge base: config, articles, attempts, impressions. */
export const siteHandlers = [configHandler, articlesHandler(), attemptsHandler(), impressionsHandler()];

/**
 * Files every case with a fixed reference and records what was sent; `answer` adds to or
 * overrides the answer (e.g. `respondBy`, `linked`).
 */
export function fileCaseHandler(filed: FiledRequest[], reference = 'LK-4F7Q-92KD', answer: Partial<CaseCreated> = {}) {
  return http.post('*/v1/sites/demo/cases', async ({ request }) => {
    filed.push({ idempotencyKey: request.headers.get('Idempotency-Key'), body: (await request.json()) as Record<string, unknown> });
    return HttpResponse.json({ reference, token: 'token-1', status: 'new', createdAt: new Date().toISOString(), respondBy: null, linked: false, ...answer }, { status: 201 });
  });
}

/** A case the stand-in holds, with the token that opens it. */
export type StoredCase = Case & { token: string };

/** A case on the stand-in, filed an hour ago about billing; `extra` changes any field. */
export function storedCase(reference: string, extra: Partial<StoredCase> = {}): StoredCase {
  const at = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  return {
    reference, token: `token-${reference}`, site: 'demo', topic: 'billing', answers: {}, description: 'Mijn factuur is te hoog.', environment: {},
    articlesTried: [], locale: 'nl', status: 'new', createdAt: at, updatedAt: at, respondBy: null, emailUpdates: false,
    timeline: [{ id: 'e1', at, type: 'created', topic: 'billing' }], ...extra,
  };
}

/** A message sent to a case, as the stand-in received it. */
export type AddedMessage = { reference: string; idempotencyKey: string | null; text: string };

const notFound = () => HttpResponse.json({ error: { code: 'case_not_found', message: 'No such case' } }, { status: 404 });

/**
 * Serves these cases to whoever has their token, and adds messages to them as the server does:
 * a closed case refuses (409 `case_closed`), a case waiting for the customer goes back to
 * `in_progress`, and a repeated idempotency key adds nothing.
 */
export function caseHandlers(cases: StoredCase[], added: AddedMessage[] = []) {
  const find = (request: Request, reference: unknown) => {
    const found = cases.find((item) => item.reference === reference);
    return found && request.headers.get('Authorization') === `Bearer ${found.token}` ? found : undefined;
  };
  const view = ({ token: _token, ...rest }: StoredCase): Case => rest;
  return [
    http.get('*/v1/cases/:reference', ({ request, params }) => {
      const found = find(request, params.reference);
      return found ? HttpResponse.json(view(found)) : notFound();
    }),
    http.post('*/v1/cases/:reference/messages', async ({ request, params }) => {
      const found = find(request, params.reference);
      if (!found) return notFound();
      if (found.status === 'closed') return HttpResponse.json({ error: { code: 'case_closed', message: 'The case is closed' } }, { status: 409 });
      const { text } = (await request.json()) as { text: string };
      const idempotencyKey = request.headers.get('Idempotency-Key');
      if (!added.some((item) => item.idempotencyKey !== null && item.idempotencyKey === idempotencyKey)) {
        added.push({ reference: found.reference, idempotencyKey, text });
        const at = new Date().toISOString();
        const events: CaseEvent[] = [{ id: `m${added.length}`, at, type: 'message', author: 'customer', text, question: false }];
        if (found.status === 'waiting_for_customer') events.push({ id: `s${added.length}`, at, type: 'status', from: found.status, to: 'in_progress' });
        Object.assign(found, { timeline: [...found.timeline, ...events], status: found.status === 'waiting_for_customer' ? 'in_progress' : found.status, updatedAt: at });
      }
      return HttpResponse.json(view(found));
    }),
  ];
}

/** Keeps a case in My cases of the demo site, as the widget does after filing it. */
export function rememberInBrowser(cases: { reference: string; token: string; topic: string; status?: string; respondBy?: string | null }[]): void {
  const saved = cases.map((item) => ({ filedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(), ...item }));
  localStorage.setItem('loket:cases:demo', JSON.stringify({ version: 1, cases: saved, pending: [] }));
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
  afterEach(async () => {
    worker.resetHandlers();
    localStorage.clear();
    document.documentElement.lang = 'nl';
    await forgetOutbox();
  });
  after(() => worker.stop());
}

/**
 * Empties the outbox's IndexedDB, so what one test kept is not sent in the next. Widgets close
 * their outbox when they leave the page; should one still hold it open, the deletion waits for it.
 */
export function forgetOutbox(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('loket-outbox');
    request.onsuccess = request.onerror = () => resolve();
    request.onblocked = () => setTimeout(resolve, 500);
  });
}
