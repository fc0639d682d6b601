import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { SiteConfig } from '@loket/sdk';

/** The site configuration the widget tests use. */
export const TEST_CONFIG: SiteConfig = {
  site: 'demo',
  name: 'Zeewind Internet',
  defaultLocale: 'nl',
  topics: [
    { id: 'internet', label: { nl: 'Internet werkt niet', en: 'Internet is down' }, hint: { nl: 'Geen verbinding', en: 'No connection' } },
    { id: 'billing', label: { nl: 'Facturen', en: 'Bills' } },
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

/** Files every case with a fixed reference and records what was sent. */
export function fileCaseHandler(filed: FiledRequest[], reference = 'LK-4F7Q-92KD') {
  return http.post('*/v1/sites/demo/cases', async ({ request }) => {
    filed.push({ idempotencyKey: request.headers.get('Idempotency-Key'), body: (await request.json()) as Record<string, unknown> });
    return HttpResponse.json({ reference, token: 'token-1', status: 'new', createdAt: new Date().toISOString() }, { status: 201 });
  });
}
