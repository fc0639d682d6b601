import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@loket/server';
import { answerInternetQuestions, launchChromium, makeDataDir, removeDataDir } from './support';

const root = fileURLToPath(new URL('..', import.meta.url));
const NONCE = 'cmFuZG9tLW5vbmNlLTEyMzQ';

/** A company page with a strict Content Security Policy: no inline script or style without the nonce, no eval. */
function hostPage(loketOrigin: string): { headers: Record<string, string>; body: string } {
  const policy = [
    "default-src 'none'",
    `script-src 'nonce-${NONCE}'`,
    `style-src 'nonce-${NONCE}'`,
    `connect-src ${loketOrigin}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Zeewind · Hulp</title>
<script nonce="${NONCE}">
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || '') + ' ' + event.sourceFile + ':' + event.lineNumber);
  });
</script>
<style nonce="${NONCE}">body { font: 16px system-ui; margin: 2rem; }</style></head>
<body><h1>Hulp bij Zeewind</h1><p>Een pagina met een strikt Content Security Policy.</p>
<script nonce="${NONCE}" src="${loketOrigin}/loket.js" data-site="demo"></script></body></html>`;
  return { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy }, body };
}

// The company's page on an origin of its own, which the demo site lists among its origins, and
// the Loket server on another: the widget's requests are cross-origin, as on a real site.
let hostServer: Server;
let hostOrigin: string;
let loket: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  let page = { headers: {}, body: '' } as ReturnType<typeof hostPage>;
  hostServer = createServer((_, response) => response.writeHead(200, page.headers).end(page.body));
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
  dataDir = await makeDataDir();
  const sitesDir = join(dataDir, 'sites');
  await cp(join(root, 'packages/demo-site/sites'), sitesDir, { recursive: true });
  const siteFile = join(sitesDir, 'demo/site.yaml');
  await writeFile(siteFile, (await readFile(siteFile, 'utf8')).replace(/^origins:\n/m, `origins:\n  - ${hostOrigin}\n`));
  [loket, browser] = await Promise.all([
    startServer({ port: 0, sitesDir, dataDir: join(dataDir, 'data'), publicFiles: { widgetDir: join(root, 'packages/widget/dist') } }),
    launchChromium(),
  ]);
  page = hostPage(new URL(loket.url).origin);
});

afterAll(async () => {
  await browser?.close();
  await loket?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
  await removeDataDir(dataDir);
});

describe('the widget on a page with a strict Content Security Policy', () => {
  it('files a case with no policy violation and nothing in the console', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    await page.goto(`${hostOrigin}/help`);

    await page.getByRole('button', { name: 'Hulp nodig? Open het hulpvenster' }).click();
    const dialog = page.getByRole('dialog', { name: /Zeewind Internet · Hulp en service/ });
    await dialog.getByRole('heading', { name: 'Waar gaat uw vraag over?' }).waitFor();
    // The window is styled, not bare HTML: its styles came in as constructed sheets.
    expect(await dialog.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');

    await answerInternetQuestions(dialog);
    const next = dialog.getByRole('button', { name: 'Volgende' });
    await dialog.locator('[data-article]').first().click();
    await dialog.locator('.article-body').waitFor();
    await dialog.getByRole('button', { name: 'Dit hielp niet' }).click();
    await dialog.getByLabel(/Wat gebeurt er/).fill('De DSL-lamp brandt rood sinds vrijdag.');
    await next.click();
    await dialog.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    await dialog.getByRole('heading', { name: 'Uw melding is ontvangen' }).waitFor();
    expect(await dialog.locator('[data-reference]').innerText()).toMatch(/^LK-/);

    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
