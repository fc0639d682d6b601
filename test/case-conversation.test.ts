import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createSupportClient } from '@loket/sdk';
import { useDemoEnvironment } from './support';

const demo = useDemoEnvironment();
const SECRET_KEY = 'demo-secret-key-not-for-production';

/** Opens the demo site's widget and walks the "something else" topic up to the review. */
async function reportSomethingElse(page: Page, description: string): Promise<Locator> {
  await page.goto(`${demo.server.url}/support`);
  await page.getByRole('button', { name: 'Hulp nodig? Open het hulpvenster' }).click();
  const dialog = page.getByRole('dialog', { name: /Zeewind Internet · Hulp en service/ });
  await dialog.getByRole('button', { name: /Iets anders/ }).click();
  await dialog.getByRole('heading', { name: 'Waar gaat het over?' }).waitFor();
  await dialog.getByRole('textbox').fill('Contract');
  const next = dialog.getByRole('button', { name: 'Volgende' });
  await next.click();
  // Articles that may fit, or none: either way the customer goes on to describe the problem.
  await dialog.getByRole('button', { name: /^(Liever het probleem beschrijven|Volgende)$/ }).click();
  await dialog.getByLabel(/Wat gebeurt er/).fill(description);
  await next.click();
  await dialog.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
  return dialog;
}

function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

describe('a customer and the support team talk on one case', () => {
  it('files a case in the widget, reads support’s question there, answers it, and the timeline holds both', async () => {
    const page = await demo.browser.newPage({ locale: 'nl-NL' });
    const problems = watchForProblems(page);
    const dialog = await reportSomethingElse(page, 'Wanneer loopt mijn contract af?');
    const filing = page.waitForResponse((response) => response.url().endsWith('/v1/sites/demo/cases') && response.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    const created = await (await filing).json();
    await dialog.getByRole('heading', { name: 'Uw melding is ontvangen' }).waitFor();

    const support = createSupportClient({ baseUrl: demo.server.url, site: 'demo', secretKey: SECRET_KEY });
    const seen = await support.cases.get(created.reference);
    expect(seen).toMatchObject({ description: 'Wanneer loopt mijn contract af?', status: 'new', priority: 'normal', level: 1 });
    await support.cases.reply(created.reference, { text: 'Voor welk adres is het contract?', question: true });

    // The customer comes back later: My cases shows the question, and the answer goes on the case.
    await page.reload();
    await page.getByRole('button', { name: 'Hulp nodig? Open het hulpvenster' }).click();
    await dialog.getByRole('button', { name: /Mijn meldingen/ }).first().click();
    await dialog.locator(`[data-case="${created.reference}"]`).click();
    await dialog.getByRole('heading', { name: `Melding ${created.reference}` }).waitFor();
    await expect.poll(() => dialog.locator('[data-status]').first().innerText()).toBe('Wacht op u');
    await dialog.getByText('Voor welk adres is het contract?').first().waitFor();
    await dialog.getByLabel('Uw antwoord op de vraag').fill('Zeeweg 1 in Zeewolde.');
    await dialog.getByRole('button', { name: 'Antwoord versturen' }).click();
    await dialog.getByText('Uw bericht is toegevoegd.').waitFor();

    const after = await support.cases.get(created.reference);
    expect(after.status).toBe('in_progress');
    expect(after.timeline.flatMap((event) => (event.type === 'message' ? [[event.author, event.text, event.question]] : []))).toEqual([
      ['support', 'Voor welk adres is het contract?', true],
      ['customer', 'Zeeweg 1 in Zeewolde.', false],
    ]);
    expect(await dialog.locator('[data-event="message"]').allInnerTexts()).toEqual([
      expect.stringContaining('Voor welk adres is het contract?'),
      expect.stringContaining('Zeeweg 1 in Zeewolde.'),
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
