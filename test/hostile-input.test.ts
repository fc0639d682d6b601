import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createClient, isValidationError } from '@loket/sdk';
import type { CaseCreated } from '@loket/sdk';
import { UNSTORABLE_STRINGS, XSS_CANARY, XSS_PAYLOADS } from './hostile-strings';
import { useDemoEnvironment } from './support';

const demo = useDemoEnvironment();
const SECRET_KEY = 'demo-secret-key-not-for-production';

/** A place on a case for a payload, with the most characters it takes. */
type Slot = { name: string; max: number };

const SLOTS: Slot[] = [
  { name: 'description', max: 5000 },
  { name: 'subject', max: 200 },
  { name: 'osName', max: 200 },
  { name: 'osVersion', max: 200 },
  { name: 'browserName', max: 200 },
  { name: 'browserVersion', max: 200 },
  { name: 'language', max: 35 },
  { name: 'timeZone', max: 64 },
  { name: 'connection', max: 20 },
  { name: 'page', max: 2000 },
  { name: 'contextName', max: 64 },
  { name: 'contextValue', max: 500 },
  { name: 'message', max: 5000 },
  { name: 'reply', max: 5000 },
  { name: 'repeatDescription', max: 5000 },
  { name: 'repeatSubject', max: 200 },
];

type Filled = Record<string, string>;

/**
 * Fills every slot of a few cases with the payloads in turn, each slot with the next payload that
 * fits it, until every payload has a place.
 */
function fillCases(payloads: readonly string[]): Filled[] {
  const cases: Filled[] = [];
  let next = 0;
  while (next < payloads.length) {
    const filled: Filled = {};
    for (const slot of SLOTS) {
      const offset = [...payloads.keys()].find((step) => payloads[(next + step) % payloads.length]!.length <= slot.max)!;
      filled[slot.name] = payloads[(next + offset) % payloads.length]!;
      if (offset === 0) next += 1;
    }
    cases.push(filled);
  }
  return cases;
}

/** Files a case with a payload in every field, a message, a reply and a second report linked to it. */
async function fileWithPayloads(filled: Filled, index: number): Promise<CaseCreated> {
  const client = createClient({ baseUrl: demo.server.url, site: 'demo' });
  const contact = { browser: `hostile-browser-${String(index).padStart(4, '0')}` };
  const environment = {
    os: { name: filled.osName!, version: filled.osVersion! },
    browser: { name: filled.browserName!, version: filled.browserVersion! },
    language: filled.language!,
    timeZone: filled.timeZone!,
    connection: filled.connection!,
    page: filled.page!,
    context: { [filled.contextName!]: filled.contextValue! },
  };
  const created = await client.cases.create({ topic: 'other', description: filled.description!, answers: { subject: filled.subject! }, environment, locale: 'nl', contact });
  await client.cases.addMessage(created.reference, created.token, { text: filled.message! });
  const reply = await fetch(`${demo.server.url}/v1/admin/sites/demo/cases/${created.reference}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${SECRET_KEY}` },
    body: JSON.stringify({ text: filled.reply }),
  });
  expect(reply.status).toBe(201);
  // The same browser on the same topic: a repeat contact on the open case.
  const again = await client.cases.create({ topic: 'other', description: filled.repeatDescription!, answers: { subject: filled.repeatSubject! }, locale: 'nl', contact });
  expect(again).toMatchObject({ reference: created.reference, linked: true });
  return created;
}

/** What the console shows of the open case, as the texts of its parts. */
function shownCase(page: Page) {
  return page.evaluate(() => {
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent);
    const fields = Object.fromEntries([...document.querySelectorAll('[data-field]')].map((row) => [row.getAttribute('data-field'), row.querySelector('dd')?.textContent]));
    return {
      description: document.querySelector('.case-page .description')?.textContent,
      subjects: texts('[data-question="subject"] dd'),
      fields,
      messages: texts('[data-event="message"] .message-text'),
      repeats: texts('[data-event="repeat_contact"] .message-text'),
    };
  });
}

/** Elements, handler attributes and links that could only have come from a payload. */
function injected(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const elements = [...main.querySelectorAll('script, iframe, object, embed, img, svg:not([aria-hidden]), math, details, style, form button[formaction]')].map((element) => element.outerHTML.slice(0, 80));
    const handlers = [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${element.tagName} ${name}`));
    const links = [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!).filter((href) => /^\s*(javascript|data|vbscript):/i.test(href));
    return { elements, handlers, links };
  });
}

describe('hostile input in the support console', () => {
  it('shows cases filed with script payloads in every field as text, and runs none of them', async () => {
    const filledCases = fillCases(XSS_PAYLOADS);
    const created: CaseCreated[] = [];
    for (const [index, filled] of filledCases.entries()) created.push(await fileWithPayloads(filled, index));

    const page = await demo.browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${demo.server.url}/console`);
    await page.getByLabel('Geheime sleutel').fill(SECRET_KEY);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await expect.poll(() => page.locator('.case-table tbody tr').count()).toBe(created.length);
    const excerpts = await page.locator('.case-excerpt').evaluateAll((items) => items.map((item) => item.textContent));
    expect(excerpts.sort()).toEqual(filledCases.map((filled) => filled.description).sort());

    for (const [index, filled] of filledCases.entries()) {
      await page.goto(`${demo.server.url}/console/cases/${created[index]!.reference}`);
      await page.locator('[data-event="repeat_contact"]').waitFor();
      const shown = await shownCase(page);
      expect(shown.description).toBe(filled.description);
      expect(new Set(shown.subjects)).toEqual(new Set([filled.subject, filled.repeatSubject]));
      expect(shown.fields).toMatchObject({
        os: `${filled.osName} ${filled.osVersion}`,
        browser: `${filled.browserName} ${filled.browserVersion}`,
        language: filled.language,
        timeZone: filled.timeZone,
        connection: filled.connection,
        page: filled.page,
        [`context.${filled.contextName}`]: filled.contextValue,
      });
      expect(shown.messages).toEqual([filled.message, filled.reply]);
      expect(shown.repeats).toEqual([filled.repeatDescription]);
      // Whatever a payload starts takes a moment: an image that fails to load, a focus.
      await page.waitForTimeout(100);
      expect(await page.evaluate((canary) => (window as unknown as Record<string, unknown>)[canary], XSS_CANARY)).toBeUndefined();
      expect(await injected(page)).toEqual({ elements: [], handlers: [], links: [] });
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses text the database cannot store with a 422 naming the field, never a 500', async () => {
    const client = createClient({ baseUrl: demo.server.url, site: 'demo' });
    for (const text of UNSTORABLE_STRINGS) {
      const refused = await client.cases.create({ topic: 'other', description: text, locale: 'nl' }).then(() => undefined, (error: unknown) => error);
      expect(isValidationError(refused), JSON.stringify(text)).toBe(true);
      expect(isValidationError(refused) && refused.fields.map((field) => field.path)).toEqual(['description']);
    }
  });
});
