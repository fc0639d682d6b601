import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerInternetQuestions, useDemoEnvironment } from './support';

const demo = useDemoEnvironment();

/** A Dutch visitor's page that records what it requested and any error or warning in its console. */
async function openPage(): Promise<{ page: Page; requested: string[]; problems: string[] }> {
  const page = await demo.browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const requested: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  return { page, requested, problems };
}

describe('the widget inline on the demo site\'s help page (/help)', () => {
  it('files a case from the form in the page, which the site bundles from @loket/widget, with no launcher and no dialog', async () => {
    const { page, requested, problems } = await openPage();
    await page.goto(`${demo.server.url}/help`);
    const region = page.getByRole('region', { name: 'Zeewind Internet · Hulp en service' });
    await region.getByRole('heading', { name: 'Waar gaat uw vraag over?' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hulp nodig? Open het hulpvenster' }).isVisible()).toBe(false);
    // The element came with the site's own bundle, not through the script tag's loader.
    expect(requested.filter((path) => path.startsWith('/loket-ui'))).toEqual([]);

    await answerInternetQuestions(region);
    await region.getByRole('button', { name: 'Liever het probleem beschrijven' }).click();
    await region.getByLabel(/Wat gebeurt er/).fill('De DSL-lamp brandt rood sinds vrijdag.');
    await region.getByRole('button', { name: 'Volgende' }).click();
    await region.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    await region.getByRole('button', { name: 'Versturen' }).click();
    await region.getByRole('heading', { name: 'Uw melding is ontvangen' }).waitFor();
    expect(await region.locator('[data-reference]').innerText()).toMatch(/^LK-[2-9A-HJKMNP-RT-Z]{4}-[2-9A-HJKMNP-RT-Z]{4}$/);
    // Part of the page: nothing to close.
    expect(await region.getByRole('button', { name: 'Sluiten' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('starts on the topic the address names, and leaves focus where the page put it', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${demo.server.url}/help?topic=internet`);
    const region = page.getByRole('region', { name: 'Zeewind Internet · Hulp en service' });
    await region.getByRole('heading', { name: 'Sinds wanneer werkt internet niet?' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    // A link beside it starts another topic in the same form.
    await page.getByRole('link', { name: 'Verhuizen' }).click();
    await region.getByRole('heading', { name: 'Wat is uw verhuisdatum?' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
