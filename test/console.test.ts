import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { createClient, createSupportClient } from '@loket/sdk';
import type { CaseInput, Environment } from '@loket/sdk';
import { useDemoEnvironment } from './support';

const demo = useDemoEnvironment();
const SECRET_KEY = 'demo-secret-key-not-for-production';
// Evaluated through DevTools rather than added as a <script>: the console's strict Content Security
// Policy refuses inline scripts, as it should.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WINDOWS_10: Environment = { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '131' }, device: { type: 'desktop' }, timeZone: 'Europe/Amsterdam' };
const WINDOWS_11: Environment = { os: { name: 'Windows', version: '11' }, browser: { name: 'Chrome', version: '131' }, device: { type: 'desktop' } };
const MACOS: Environment = { os: { name: 'macOS', version: '14.2' }, browser: { name: 'Safari', version: '17' }, device: { type: 'desktop' } };
const IPHONE: Environment = { os: { name: 'iOS', version: '17.2' }, browser: { name: 'Safari', version: '17' }, device: { type: 'mobile' } };

/** What has keyboard focus: tag and text, or tag and label for a form control. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const label = element && 'labels' in element ? (element as HTMLInputElement).labels?.[0]?.textContent : undefined;
    return `${element?.tagName.toLowerCase()}:${(label ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, pattern: RegExp, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focused(page)}`);
}

/** Runs axe-core on the whole page (WCAG 2.1 A and AA, and best practices) and lists its violations. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((node) => node.target))})`);
  });
}

/** The references in the inbox, in order. */
function listedReferences(page: Page): Promise<string[]> {
  return page.locator('.case-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case') ?? ''));
}

/**
 * Collects page errors, console errors and Content Security Policy violations. axe-core, evaluated
 * through DevTools, adds `<style>` elements that the console's strict policy refuses: those
 * violations come from no file, so they are told apart from the console's own.
 */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  void page.exposeFunction('__reportViolation', (violation: string) => problems.push(`CSP violation: ${violation}`));
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation(violation: string): void }).__reportViolation;
      if (event.sourceFile) report(`${event.violatedDirective} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`);
    }),
  );
  page.on('console', (message) => {
    // The wrong key on purpose answers 401, which the browser reports as a failed resource.
    const text = message.text();
    if (message.type() === 'error' && !text.includes('401') && !text.includes('Content Security Policy')) problems.push(`${message.type()}: ${text}`);
  });
  return problems;
}

describe('the support console', () => {
  it('signs in, filters the inbox, opens a case, replies with a question the customer sees, and shows the report', async () => {
    const client = createClient({ baseUrl: demo.server.url, site: 'demo' });
    const file = (input: CaseInput) => client.cases.create(input);
    const installer = await file({
      topic: 'software',
      description: 'Het installatieprogramma van Zeewind Thuis start niet.',
      answers: { problem: 'wont-start', admin: 'yes', antivirus: 'no' },
      environment: WINDOWS_10,
      articlesTried: [{ article: 'installer-blocked-windows', outcome: 'not_solved' }],
      locale: 'nl',
      contact: { email: 'piet@example.nl' },
    });
    const onMac = await file({ topic: 'software', description: 'De app sluit vanzelf af.', answers: { problem: 'app-crashes', 'worked-before': 'yes' }, environment: MACOS, locale: 'nl' });
    const noInternet = await file({ topic: 'internet', description: 'Geen internet.', answers: { since: '2026-11-20', 'modem-on': 'no', scope: 'all' }, environment: WINDOWS_11, locale: 'nl' });
    const other = await file({ topic: 'other', description: 'Wanneer loopt mijn contract af?', environment: IPHONE, locale: 'nl' });
    // Customers for whom the same article did not help: the report has something to show.
    for (const report of ['report-one-0001', 'report-two-0002', 'report-three-03']) {
      await client.selfHelp.recordAttempt({ article: 'installer-blocked-windows', outcome: 'not_solved', locale: 'nl', topic: 'software', report, environment: WINDOWS_10 });
    }
    const articleTitle = (await client.selfHelp.articles('nl')).articles.find((article) => article.id === 'installer-blocked-windows')!.title;

    const page = await demo.browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const problems = watchForProblems(page);

    // Sign in with the keyboard; a wrong key is refused and what was typed stays.
    await page.goto(`${demo.server.url}/console`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij de supportconsole' }).waitFor();
    expect(await page.locator('[data-loket="launcher"]').isVisible()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabTo(page, /^input:Geheime sleutel$/);
    await page.keyboard.type('not-the-key');
    await page.keyboard.press('Enter');
    await page.getByText('Deze sleutel wordt niet geaccepteerd.', { exact: false }).waitFor();
    expect(await page.getByLabel('Geheime sleutel').inputValue()).toBe('not-the-key');
    await expect.poll(() => focused(page)).toBe('input:Geheime sleutel');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(SECRET_KEY);
    await page.keyboard.press('Enter');

    // The inbox: every case, focus on its heading, the count announced.
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await expect.poll(() => listedReferences(page)).toHaveLength(4);
    await expect.poll(() => focused(page)).toBe('h1:Inbox');
    expect(await page.evaluate(() => sessionStorage.getItem('zeewind-console-key'))).toBe(SECRET_KEY);
    await expect.poll(() => page.locator('[data-live-region]').innerText()).toBe('4 meldingen');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Filter on topic and operating system with the keyboard; only the matching case is left.
    // The topics come from the site's configuration, which loads beside the list.
    await page.locator('#filter-topic option[value="software"]').waitFor({ state: 'attached' });
    await tabTo(page, /^select:Onderwerp$/);
    await page.keyboard.type('Zeewind Thuis');
    await tabTo(page, /^select:Besturingssysteem$/);
    await page.keyboard.type('Windows');
    await tabTo(page, /^button:Meldingen tonen$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\?topic=software&os=Windows$/);
    await expect.poll(() => listedReferences(page)).toEqual([installer.reference]);
    await expect.poll(() => page.locator('[data-live-region]').innerText()).toBe('1 melding');
    const row = page.locator(`tr[data-case="${installer.reference}"]`);
    expect(await row.innerText()).toContain('Zeewind Thuis installeren');
    // One article that did not help, in the column of failed articles.
    expect(await row.locator('td').nth(6).innerText()).toContain('1×');

    // The filters live in the address: back shows every case again, forward the filtered list.
    await page.goBack();
    await expect.poll(() => listedReferences(page)).toHaveLength(4);
    await expect.poll(() => page.getByLabel('Onderwerp').inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => listedReferences(page)).toEqual([installer.reference]);
    await expect.poll(() => page.getByLabel('Besturingssysteem').inputValue()).toBe('Windows');
    expect([onMac, noInternet, other].map((item) => item.reference)).not.toContain(installer.reference);

    // Open the case: everything known at once.
    await tabTo(page, new RegExp(`^a:${installer.reference}$`));
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: `Melding ${installer.reference}` });
    await heading.waitFor();
    await expect.poll(() => focused(page)).toBe(`h1:Melding ${installer.reference}`);
    const answers = page.locator('#case-answers');
    await answers.getByText('Het installatieprogramma start niet').waitFor();
    expect(await answers.innerText()).toContain('Wat gebeurt er?');
    expect(await answers.innerText()).toContain('Mag u op deze computer zelf programma');
    const environment = await page.locator('#case-environment').innerText();
    expect(environment).toContain('Windows 10');
    expect(environment).toContain('Edge 131');
    expect(environment).toContain('Europe/Amsterdam');
    await expect.poll(() => page.locator('#case-articles').innerText()).toContain(articleTitle);
    expect(await page.locator('#case-articles').innerText()).toContain('Hielp niet');
    expect(await page.locator('#case-handling').innerText()).toContain('piet@example.nl');
    expect(await page.locator('#case-timeline [data-event]').evaluateAll((events) => events.map((event) => event.getAttribute('data-event')))).toEqual(['created', 'article_tried']);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Reply with a question, by keyboard; the message is announced and shows on the timeline.
    await tabTo(page, /^textarea:Bericht aan de klant$/);
    await page.keyboard.type('Verschijnt er een melding van SmartScreen als u het programma start?');
    await tabTo(page, /^input:Antwoord; de melding blijft in behandeling$/);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Vraag aan de klant; de melding wacht op het antwoord').isChecked()).toBe(true);
    await tabTo(page, /^button:Bericht versturen$/);
    await page.keyboard.press('Enter');
    await page.getByText('Je bericht is verstuurd. De status is nu: Wacht op klant.').waitFor();
    await expect.poll(() => focused(page)).toBe('p:Je bericht is verstuurd. De status is nu: Wacht op klant.');
    expect(await page.getByLabel('Bericht aan de klant').inputValue()).toBe('');
    expect(await page.locator('#case-timeline [data-event="message"]').innerText()).toContain('Vraag aan de klant');
    expect(await page.locator('.case-badges').innerText()).toContain('Wacht op klant');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The customer sees the question and that the case waits for them.
    const seen = await client.cases.get(installer.reference, installer.token);
    expect(seen.status).toBe('waiting_for_customer');
    expect(seen.timeline.filter((event) => event.type === 'message')).toEqual([
      expect.objectContaining({ author: 'support', question: true, text: 'Verschijnt er een melding van SmartScreen als u het programma start?' }),
    ]);

    // The report, from the console's menu.
    await tabTo(page, /^a:Rapport$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wat te verbeteren in de documentatie' }).waitFor();
    await expect.poll(() => focused(page)).toBe('h1:Wat te verbeteren in de documentatie');
    const items = page.locator('.report-list > li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.report-list').innerText()).toContain(articleTitle);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Signing out forgets the key.
    await page.getByRole('button', { name: 'Afmelden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Je bent afgemeld.').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('zeewind-console-key'))).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps an OS version the API would refuse out of the address, posts a reply whose answer was lost once when sent again, and follows the address for the report period', async () => {
    const client = createClient({ baseUrl: demo.server.url, site: 'demo' });
    const created = await client.cases.create({ topic: 'other', description: 'Vraag over de factuur van november.', environment: WINDOWS_11, locale: 'nl' });
    const page = await demo.browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const problems = watchForProblems(page);
    const liveRegion = page.locator('[data-live-region]');

    // The demo site's key is given, and said to be the demo's.
    await page.goto(`${demo.server.url}/console`);
    expect(await page.locator('#secret-key-hint').innerText()).toContain('de sleutel van de demo is demo-secret-key-not-for-production');
    await page.getByLabel('Geheime sleutel').fill(SECRET_KEY);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await expect.poll(() => listedReferences(page)).toContain(created.reference);

    // A version with a space is refused beside the field, in Dutch; what was typed stays and the address does not change.
    await page.getByLabel('Besturingssysteem').selectOption('Windows');
    const version = page.getByLabel('OS-versie');
    await version.fill('10 Pro');
    await page.getByRole('button', { name: 'Meldingen tonen' }).click();
    const versionError = page.locator('#filter-os-version-error');
    await versionError.waitFor();
    expect(await versionError.innerText()).toContain('Schrijf de versie zonder spaties');
    expect(await version.getAttribute('aria-invalid')).toBe('true');
    expect(await version.getAttribute('aria-describedby')).toBe('filter-os-version-hint filter-os-version-error');
    expect(await version.inputValue()).toBe('10 Pro');
    await expect.poll(() => focused(page)).toBe('input:OS-versie');
    expect(new URL(page.url()).search).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Corrected, the error goes as soon as the version is right.
    await version.fill('11');
    expect(await versionError.count()).toBe(0);
    expect(await version.getAttribute('aria-invalid')).toBe('false');
    await page.getByRole('button', { name: 'Meldingen tonen' }).click();
    await page.waitForURL(/\/console\?os=Windows&osVersion=11$/);
    await expect.poll(() => listedReferences(page)).toContain(created.reference);

    // A link with such a version opens the inbox without it, and without the server's English.
    await page.goto(`${demo.server.url}/console?os=Windows&osVersion=10%20Pro`);
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await expect.poll(() => listedReferences(page)).toContain(created.reference);
    expect(await page.getByLabel('OS-versie').inputValue()).toBe('');
    expect(await page.locator('.console-error').count()).toBe(0);

    // The server stores a reply, but its answer is lost on the way, also to the SDK's own retries:
    // the text stays, and the reader is offered to send it again.
    await page.goto(`${demo.server.url}/console/cases/${created.reference}`);
    await page.getByRole('heading', { level: 1, name: `Melding ${created.reference}` }).waitFor();
    await page.locator('#case-timeline [data-event="created"]').waitFor();
    const keys: Array<string | undefined> = [];
    await page.route(
      '**/messages',
      async (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        await route.fetch();
        await route.abort('connectionreset');
      },
      // The first attempt and the SDK's two retries.
      { times: 3 },
    );
    const reply = 'Welk factuurnummer staat bovenaan?';
    await page.getByLabel('Bericht aan de klant').fill(reply);
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    const unconfirmed = 'De verbinding viel weg, dus misschien is je bericht niet aangekomen. Verstuur het opnieuw: het wordt hoe dan ook maar één keer geplaatst.';
    await page.getByText(unconfirmed).waitFor();
    await expect.poll(() => focused(page)).toBe(`p:${unconfirmed}`);
    expect(await page.getByLabel('Bericht aan de klant').inputValue()).toBe(reply);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Messages are put into words when shown: in English now, the same outcome reads in English.
    await page.getByRole('button', { name: /^EN,/ }).click();
    await page.getByText('The connection dropped, so your message may not have arrived. Send it again: it will be posted only once either way.').waitFor();

    // Sent again with the same key, the reply the server already stored is not posted twice.
    const sentAgain = page.waitForRequest((request) => request.url().endsWith('/messages'));
    await page.getByRole('button', { name: 'Send again' }).click();
    await page.getByText('Your message was sent. The status is now: In progress.').waitFor();
    expect((await sentAgain).headers()['idempotency-key']).toBe(keys[0]);
    expect(await page.getByLabel('Message to the customer').inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Send again' }).count()).toBe(0);
    await expect.poll(() => page.locator('#case-timeline [data-event="message"]').count()).toBe(1);
    expect(await page.locator('#case-timeline [data-event="message"]').innerText()).toContain(reply);
    const stored = await createSupportClient({ baseUrl: demo.server.url, site: 'demo', secretKey: SECRET_KEY }).cases.get(created.reference);
    expect(stored.timeline.filter((event) => event.type === 'message').map((event) => event.type === 'message' && event.text)).toEqual([reply]);

    // The report's period lives in the address: the menu's link to the report shows its default period again.
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'What to fix in the documentation' }).waitFor();
    await page.getByLabel('90 days', { exact: true }).check();
    await page.waitForURL(/\/console\/report\?since=90d$/);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.waitForURL(/\/console\/report$/);
    await expect.poll(() => page.getByLabel('30 days', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('90 days', { exact: true }).isChecked()).toBe(false);
    await page.goBack();
    await page.waitForURL(/\/console\/report\?since=90d$/);
    await expect.poll(() => page.getByLabel('90 days', { exact: true }).isChecked()).toBe(true);

    // Signing out is said, not only shown.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => liveRegion.innerText()).toBe('You are signed out.');
    // The lost answers show as failed requests in the browser's console.
    expect(problems.filter((problem) => !problem.includes('ERR_CONNECTION_RESET'))).toEqual([]);
    await page.close();
  });

  it('opens a case from its address on a phone, in English, and says so when a case does not exist', async () => {
    const client = createClient({ baseUrl: demo.server.url, site: 'demo' });
    const created = await client.cases.create({ topic: 'other', description: 'Contract question', environment: IPHONE, locale: 'en' });
    const page = await demo.browser.newPage({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
    const problems = watchForProblems(page);
    // Customers of the site never download the console's code.
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${demo.server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(scripts.filter((path) => path.includes('console'))).toEqual([]);
    await page.evaluate((key) => {
      localStorage.setItem('zeewind-language', 'en');
      sessionStorage.setItem('zeewind-console-key', key);
    }, SECRET_KEY);

    // A reference typed in lower case still finds the case.
    await page.goto(`${demo.server.url}/console/cases/${created.reference.toLowerCase()}`);
    await page.getByRole('heading', { level: 1, name: `Case ${created.reference}` }).waitFor();
    expect(scripts.some((path) => /^\/assets\/console-app-[\w-]+\.js$/.test(path))).toBe(true);
    await page.locator('#case-environment').getByText('iOS 17.2').waitFor();
    expect(await page.locator('#case-environment').innerText()).toContain('Mobile');
    expect(await page.locator('.case-badges').innerText()).toContain('New');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${demo.server.url}/console/cases/LK-AAAA-AAAA`);
    // Announced as it appears, with a way to try again.
    await page.getByRole('alert').getByText('This case does not exist.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
    await page.close();
  });
});
