/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { useApiStandIn, worker, siteHandlers } from './test-support/api-stand-in';

useApiStandIn();

// The built script-tag files, as a host page loads them (`npm test` builds before the browser tests).
const LOADER = '/packages/widget/dist/loket.js';

type LoketApi = { open(): Promise<void>; close(): void; setContext(context: Record<string, string>): void };
const win = window as unknown as { Loket?: LoketApi };

function launcherButton(): HTMLButtonElement | null {
  return document.querySelector('[data-loket="launcher"]')?.shadowRoot?.querySelector('button') ?? null;
}

/** Adds the script tag the way a company's page does, and waits until it ran. */
async function addScriptTag(attributes: Record<string, string>): Promise<void> {
  const script = document.createElement('script');
  script.src = `${LOADER}?run=${Math.random()}`;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  await new Promise((resolve) => {
    script.onload = resolve;
    document.body.append(script);
  });
}

const uiRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('loket-ui.js'));

afterEach(() => {
  win.Loket?.close();
  delete win.Loket;
  document.querySelectorAll('[data-loket], loket-widget, script[src*="loket"]').forEach((element) => element.remove());
});

describe('loket.js, the script-tag loader', () => {
  it('draws a labelled launcher in its own shadow root and loads nothing else until the customer shows intent', async () => {
    performance.clearResourceTimings();
    await addScriptTag({ 'data-site': 'demo', 'data-locale': 'nl' });
    const button = launcherButton()!;
    expect(button.getAttribute('aria-label')).to.equal('Hulp nodig? Open het hulpvenster');
    expect(button.textContent).to.equal('Hulp');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(uiRequests()).to.have.length(0);

    button.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => uiRequests().length === 1, 'pointing at the launcher did not preload the UI');
  });

  it('opens the widget, with a relative data-api resolved against the page, and gives focus back on close', async () => {
    worker.use(...siteHandlers);
    await addScriptTag({ 'data-site': 'demo', 'data-api': '/', 'data-locale': 'en' });
    const button = launcherButton()!;
    button.click();
    await waitUntil(() => document.querySelector('loket-widget')?.hasAttribute('open'), 'the widget did not open');
    const widget = document.querySelector('loket-widget')!;
    expect(widget.getAttribute('api')).to.equal(`${location.origin}/`);
    expect(button.getAttribute('aria-expanded')).to.equal('true');

    win.Loket!.close();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'closing did not reach the launcher');
    expect(document.querySelector('[data-loket="launcher"]')!.shadowRoot!.activeElement).to.equal(button);
  });

  it('passes the host page context to the widget', async () => {
    worker.use(...siteHandlers);
    await addScriptTag({ 'data-site': 'demo' });
    win.Loket!.setContext({ appVersion: '2.4.1' });
    await win.Loket!.open();
    const widget = document.querySelector('loket-widget') as HTMLElement & { context: Record<string, string> };
    expect(widget.context).to.deep.equal({ appVersion: '2.4.1' });
  });

  it('follows the page when it switches language', async () => {
    document.documentElement.lang = 'nl';
    await addScriptTag({ 'data-site': 'demo' });
    document.documentElement.lang = 'en';
    await waitUntil(() => launcherButton()?.textContent === 'Help', 'the launcher did not switch to English');
  });

  it('warns, once and plainly, when the script tag has no site, and draws nothing', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      await addScriptTag({});
    } finally {
      console.warn = warn;
    }
    expect(launcherButton()).to.equal(null);
    expect(win.Loket).to.equal(undefined);
    expect(warnings).to.deep.equal(['[loket] The script tag needs data-site="<your site key>", e.g. <script src="…/loket.js" data-site="demo" async></script>.']);
  });
});
