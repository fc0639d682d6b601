import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Locator } from 'playwright-core';
import { startServer } from '@loket/server';
import type { RunningServer } from '@loket/server';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Debian's Chromium; no test downloads a browser of its own. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Starts Chromium headless with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Makes a fresh folder for a database; remove it with `removeDataDir`. */
export function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'loket-e2e-'));
}

export function removeDataDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/**
 * Starts the real server as `npm start` does (demo site, widget bundle, demo configuration) on a
 * free port with the embedded database in `dataDir`. Needs the build: `npm test` builds first.
 */
export async function startDemoServer(dataDir: string): Promise<RunningServer> {
  const widgetDir = join(root, 'packages/widget/dist');
  const siteDir = join(root, 'packages/demo-site/dist');
  if (!existsSync(join(widgetDir, 'loket.js')) || !existsSync(join(siteDir, 'index.html'))) {
    throw new Error('The widget or demo site is not built. Run `npm run build` first (npm test does it).');
  }
  return startServer({
    port: 0,
    sitesDir: join(root, 'packages/demo-site/sites'),
    dataDir,
    publicFiles: { widgetDir, siteDir },
  });
}

/** The demo server and a browser, shared by the tests of one file. */
export type DemoEnvironment = {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Stops the server and starts it again on the same data, as a second `npm start` would. */
  restartServer(): Promise<void>;
};

/**
 * Starts the demo server on a fresh database and Chromium before the tests of a file, and stops
 * both (and removes the data) after them.
 */
export function useDemoEnvironment(): DemoEnvironment {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await makeDataDir();
    [server, browser] = await Promise.all([startDemoServer(dataDir), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await removeDataDir(dataDir);
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async restartServer() {
      await server?.close();
      server = await startDemoServer(dataDir);
    },
  };
}

/**
 * Answers the demo's "Internet werkt niet" questions in the open widget (Dutch), from choosing the
 * topic to the articles it suggests: the modem is on, the DSL light is red, the cable is in, not
 * restarted, no device has internet. Nested conditions make each question follow the one before.
 */
export async function answerInternetQuestions(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: /Internet werkt niet/ }).click();
  const next = dialog.getByRole('button', { name: 'Volgende' });
  await dialog.getByRole('heading', { name: 'Sinds wanneer werkt internet niet?' }).waitFor();
  await dialog.locator('input[type="date"]').fill('2026-11-20');
  await next.click();
  await dialog.getByRole('radio', { name: 'Ja' }).check();
  await next.click();
  await dialog.getByRole('heading', { name: 'Welk lampje brandt rood of oranje?' }).waitFor();
  await dialog.getByRole('radio', { name: 'DSL' }).check();
  await next.click();
  // Asked only because the modem is on and the red light is internet or DSL (a nested condition).
  await dialog.getByRole('heading', { name: /Zit de kabel tussen het modem en de wandcontactdoos/ }).waitFor();
  await dialog.getByRole('radio', { name: 'Ja' }).check();
  await next.click();
  await dialog.getByRole('heading', { name: /Heeft u het modem al opnieuw opgestart\?/ }).waitFor();
  await next.click();
  await dialog.getByRole('radio', { name: 'Op geen enkel apparaat' }).check();
  await next.click();
  await dialog.getByRole('heading', { name: 'Deze artikelen helpen misschien' }).waitFor();
}
