import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createClient } from '@loket/sdk';
import { useDemoEnvironment } from './support';

const demo = useDemoEnvironment();

/** What has keyboard focus, through the widget's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return `${element?.tagName.toLowerCase()}:${(element?.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, pattern: RegExp, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focused(page)}`);
}

describe('the widget with the keyboard alone', () => {
  it('files a case without a mouse, in English', async () => {
    const page = await demo.browser.newPage({ locale: 'en-GB' });
    await page.goto(`${demo.server.url}/`);
    await page.evaluate(() => {
      document.documentElement.lang = 'en';
    });
    await page.getByRole('button', { name: 'Need help? Open the support window' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'What is your question about?' }).waitFor();
    expect(await focused(page)).toBe('h3:What is your question about?');

    await tabTo(page, /^button:Something else/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /What is it about\?/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Contract question');
    await page.keyboard.press('Enter');
    await tabTo(page, /^button:(Describe the problem instead|Next)$/);
    await page.keyboard.press('Enter');
    await page.getByLabel(/What happens, and since when/).waitFor();
    await tabTo(page, /^textarea:/);
    await page.keyboard.type('When does my contract end?');
    await tabTo(page, /^button:Next$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Check and send' }).waitFor();
    await tabTo(page, /^button:Send$/, 60);
    const filing = page.waitForResponse((response) => response.url().endsWith('/v1/sites/demo/cases'));
    await page.keyboard.press('Enter');

    const created = await (await filing).json();
    await page.getByRole('heading', { name: 'Your report has been received' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('button:Help');
    const stored = await createClient({ baseUrl: demo.server.url, site: 'demo' }).cases.get(created.reference, created.token);
    expect(stored).toMatchObject({ topic: 'other', answers: { subject: 'Contract question' }, locale: 'en' });
    await page.close();
  });
});

describe('drafts in a real browser', () => {
  it('keeps a half-finished report across a reload and a page change, and forgets it on starting over', async () => {
    const page = await demo.browser.newPage({ locale: 'nl-NL' });
    await page.goto(`${demo.server.url}/`);
    await page.getByRole('button', { name: 'Hulp nodig? Open het hulpvenster' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /Facturen en betalen/ }).click();
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    const secondQuestion = await dialog.locator('#loket-step-heading').innerText();

    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Klantenservice' }).click();
    await page.getByRole('button', { name: 'Hulp nodig? Open het hulpvenster' }).click();
    await dialog.getByText('We hebben de melding bewaard die u eerder begon.').waitFor();
    expect(await dialog.locator('#loket-step-heading').innerText()).toBe(secondQuestion);
    await dialog.getByRole('button', { name: 'Terug' }).click();
    expect(await dialog.getByRole('radio').first().isChecked()).toBe(true);

    await dialog.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await dialog.getByRole('heading', { name: 'Waar gaat uw vraag over?' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('loket:draft:demo'))).toBeNull();
    await page.close();
  });
});
