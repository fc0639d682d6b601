import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { createSupportClient } from '@loket/sdk';
import { useDemoEnvironment } from './support';

const demo = useDemoEnvironment();
const SECRET_KEY = 'demo-secret-key-not-for-production';

/** How the network fails for one attempt to file: before the server, after it (answer lost), or with a 503. */
type Failure = 'offline' | 'answer-lost' | 'server-error';

/**
 * Fails every request to file a case in the way given, until `heal()` is called; counts the
 * attempts that left the browser.
 */
async function breakFiling(page: Page, failure: Failure) {
  let attempts = 0;
  const handler = async (route: Route) => {
    if (route.request().method() !== 'POST') return route.continue();
    attempts += 1;
    if (failure === 'offline') return route.abort('internetdisconnected');
    if (failure === 'server-error') return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"internal_error","message":"down"}}' });
    // The server files the case, but its answer never reaches the browser. A reload while the
    // server answers ends the request first; then there is nothing left to abort.
    try {
      await route.fetch();
      await route.abort('connectionreset');
    } catch {
      // Already ended by the reload.
    }
  };
  await page.route('**/v1/sites/demo/cases', handler);
  return {
    get attempts() {
      return attempts;
    },
    heal: () => page.unroute('**/v1/sites/demo/cases', handler),
  };
}

async function fillReport(page: Page, description: string) {
  await page.goto(`${demo.server.url}/support`);
  await page.getByRole('button', { name: 'Need help? Open the support window' }).click();
  const dialog = page.getByRole('dialog', { name: /Zeewind Internet · Help and support/ });
  await dialog.getByRole('button', { name: /Something else/ }).click();
  await dialog.getByRole('textbox').fill('Invoice');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: /^(Describe the problem instead|Next)$/ }).click();
  await dialog.getByLabel(/What happens/).fill(description);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('heading', { name: 'Check and send' }).waitFor();
  await dialog.getByRole('button', { name: 'Send' }).click();
  return dialog;
}

async function casesDescribed(description: string) {
  const support = createSupportClient({ baseUrl: demo.server.url, site: 'demo', secretKey: SECRET_KEY });
  const { cases } = await support.cases.list({ q: description, limit: 100 });
  return cases.filter((item) => item.description === description);
}

describe('a report is never lost and never filed twice', () => {
  for (const failure of ['offline', 'answer-lost', 'server-error'] as const) {
    it(`keeps the report when the network fails (${failure}), survives a reload, and files exactly one case`, async () => {
      const description = `Invoice charged twice (${failure}, ${Date.now()})`;
      const context = await demo.browser.newContext({ locale: 'en-GB' });
      // The demo site remembers its visitor's language; this one chose English.
      await context.addInitScript(() => localStorage.setItem('zeewind-language', 'en'));
      const page = await context.newPage();
      const broken = await breakFiling(page, failure);
      const dialog = await fillReport(page, description);
      await dialog.getByRole('heading', { name: 'Your report is saved' }).waitFor();
      expect(await dialog.innerText()).toMatch(/saved on this device and will be sent automatically/);
      // The outbox keeps trying on its own while the network is still failing.
      await expect.poll(() => broken.attempts, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

      // The customer reloads the page while it still fails; the window stays closed.
      await page.reload();
      await page.getByRole('button', { name: 'Need help? Open the support window' }).waitFor();
      const before = broken.attempts;
      await expect.poll(() => broken.attempts, { timeout: 15_000 }).toBeGreaterThan(before);
      await broken.heal();

      // Back online: the loader makes the kept report go out on this visit, without opening the window.
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect.poll(async () => (await casesDescribed(description)).length, { timeout: 20_000 }).toBe(1);
      await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('loket:pending:') && localStorage.getItem(key)).length), { timeout: 10_000 }).toBe(0);

      // It is in My cases under the reference the server gave it, and nothing else was filed.
      const [filed] = await casesDescribed(description);
      await page.getByRole('button', { name: 'Need help? Open the support window' }).click();
      await dialog.getByRole('button', { name: /My cases/ }).first().click();
      await dialog.locator(`[data-case="${filed!.reference}"]`).waitFor();
      await page.waitForTimeout(3_000);
      expect(await casesDescribed(description)).toHaveLength(1);
      await context.close();
    });
  }
});
