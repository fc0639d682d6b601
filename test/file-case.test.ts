import { describe, expect, it } from 'vitest';
import { createClient } from '@loket/sdk';
import { answerInternetQuestions, useDemoEnvironment } from './support';

const demo = useDemoEnvironment();

describe('a customer files a case from the widget on the demo site', () => {
  it('files a real case through the real widget and reads it back through the SDK, also after a restart', async () => {
    const page = await demo.browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));

    await page.goto(`${demo.server.url}/support?campaign=mail#contact`);
    const launcher = page.getByRole('button', { name: 'Hulp nodig? Open het hulpvenster' });
    await launcher.waitFor();
    // Nothing but the loader is loaded before the customer shows intent.
    expect(requested.filter((path) => path.startsWith('/loket'))).toEqual(['/loket.js']);
    expect(requested.some((path) => path.startsWith('/v1/'))).toBe(false);

    await launcher.click();
    const dialog = page.getByRole('dialog', { name: /Zeewind Internet · Hulp en service/ });
    await dialog.getByRole('heading', { name: 'Waar gaat uw vraag over?' }).waitFor();
    await answerInternetQuestions(dialog);
    const next = dialog.getByRole('button', { name: 'Volgende' });
    // Self-help from the real knowledge base, ranked in the browser for these answers.
    const suggested = await dialog.locator('[data-article]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.article));
    expect(suggested.length).toBeGreaterThan(0);
    await dialog.locator('[data-article]').first().click();
    await dialog.locator('.article-body').waitFor();
    await dialog.getByRole('button', { name: 'Dit hielp niet' }).click();
    await dialog.getByLabel(/Wat gebeurt er/).fill('De DSL-lamp brandt rood sinds vrijdag; opnieuw opstarten hielp niet.');
    await next.click();
    await dialog.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    const details = dialog.locator('.environment li');
    await expect.poll(() => details.count()).toBeGreaterThanOrEqual(4);
    const shown = await details.allInnerTexts();
    expect(shown.join('\n')).toMatch(/Besturingssysteem\s+Linux/);
    expect(shown.join('\n')).toMatch(/Browser\s+Chrome \d+/);
    expect(shown.join('\n')).toMatch(/Taal\s+Nederlands/);
    expect(shown.join('\n')).toContain(`${new URL(page.url()).origin}/support`);
    expect(shown.join('\n')).not.toContain('campaign');

    const filing = page.waitForResponse((response) => response.url().endsWith('/v1/sites/demo/cases') && response.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    const created = await (await filing).json();
    await dialog.getByRole('heading', { name: 'Uw melding is ontvangen' }).waitFor();
    const reference = await dialog.locator('[data-reference]').innerText();
    expect(reference).toMatch(/^LK-[2-9A-HJKMNP-RT-Z]{4}-[2-9A-HJKMNP-RT-Z]{4}$/);
    expect(reference).toBe(created.reference);
    // The promise comes from the demo's business hours and service level, in the browser's own time.
    expect(created.respondBy).toEqual(expect.any(String));
    const promisedTime = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(created.respondBy));
    expect(await dialog.locator('[data-next-steps]').innerText()).toMatch(new RegExp(`^We reageren .*uiterlijk.* ${promisedTime}`));

    const client = createClient({ baseUrl: demo.server.url, site: 'demo' });
    const stored = await client.cases.get(reference, created.token);
    expect(stored).toMatchObject({
      reference,
      site: 'demo',
      topic: 'internet',
      answers: { since: '2026-11-20', 'modem-on': 'yes', light: 'dsl', 'cable-checked': 'yes', scope: 'all' },
      description: 'De DSL-lamp brandt rood sinds vrijdag; opnieuw opstarten hielp niet.',
      locale: 'nl',
      status: 'new',
    });
    expect(stored.environment.os?.name).toBe('Linux');
    expect(stored.articlesTried).toEqual([{ article: suggested[0], outcome: 'not_solved' }]);
    expect(stored.environment.browser?.name).toBe('Chrome');
    expect(stored.environment.page).toBe(`${new URL(page.url()).origin}/support`);
    // The widget and its launcher follow the page when it switches language.
    await page.getByRole('button', { name: /^EN,/ }).click();
    const englishDialog = page.getByRole('dialog', { name: 'Zeewind Internet · Help and support' });
    await englishDialog.getByRole('heading', { name: 'Your report has been received' }).waitFor();
    await page.getByRole('button', { name: 'Need help? Open the support window' }).waitFor();
    expect(problems).toEqual([]);

    // A second start on the same data keeps the case.
    await demo.restartServer();
    const again = await createClient({ baseUrl: demo.server.url, site: 'demo' }).cases.get(reference, created.token);
    expect(again.description).toBe(stored.description);
  });
});
