/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { createClient, createOutbox } from '@loket/sdk';
import { http, HttpResponse } from 'msw';
import { caseHandlers, fileCaseHandler, storedCase, useApiStandIn, worker, siteHandlers } from './test-support/api-stand-in';
import type { FiledRequest } from './test-support/api-stand-in';
import { addScriptTag, launcherButton, win } from './test-support/script-tag-driver';

useApiStandIn();

const uiRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('loket-ui.js'));

afterEach(() => {
  win.Loket?.destroy();
  document.querySelectorAll('script[src*="loket"]').forEach((element) => element.remove());
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

  it('opens the window on a case named in the address, and takes the token out of the address', async () => {
    const found = storedCase('LK-4F7Q-92KD', { status: 'in_progress' });
    worker.use(...siteHandlers, ...caseHandlers([found]));
    const page = `${location.pathname}${location.search}`;
    history.replaceState(null, '', `${page}#loket-case=LK-4F7Q-92KD&t=${found.token}`);
    try {
      await addScriptTag({ 'data-site': 'demo', 'data-locale': 'en' });
      await waitUntil(() => document.querySelector('loket-widget')?.hasAttribute('open'), 'the case link did not open the widget');
      const widget = document.querySelector('loket-widget')!;
      await waitUntil(() => widget.shadowRoot!.querySelector('#loket-step-heading')?.textContent === 'Case LK-4F7Q-92KD', 'the case did not open');
      expect(location.hash).to.equal('');
      expect(JSON.parse(localStorage.getItem('loket:cases:demo')!).cases[0]).to.include({ reference: 'LK-4F7Q-92KD', token: found.token });
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('opens a case when the address changes to a case link while the page is open', async () => {
    const found = storedCase('LK-7HJK-3MNP');
    worker.use(...siteHandlers, ...caseHandlers([found]));
    const page = `${location.pathname}${location.search}`;
    await addScriptTag({ 'data-site': 'demo', 'data-locale': 'en' });
    expect(document.querySelector('loket-widget')).to.equal(null);
    try {
      location.hash = `loket-case=LK-7HJK-3MNP&t=${found.token}`;
      await waitUntil(() => document.querySelector('loket-widget')?.shadowRoot?.querySelector('#loket-step-heading')?.textContent === 'Case LK-7HJK-3MNP', 'the case did not open');
      expect(location.hash).to.equal('');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('sends a report kept on this device when the page opens again, without opening the window', async () => {
    // An earlier visit: the report could not be sent and waits in the outbox, with the marker the widget keeps.
    worker.use(http.post('*/v1/sites/demo/cases', () => HttpResponse.error()));
    const earlier = createOutbox(createClient({ baseUrl: location.origin, site: 'demo', retries: 0 }), { automatic: false });
    const kept = await earlier.fileCase({ topic: 'billing', description: 'Sent on the next visit.' }, crypto.randomUUID());
    earlier.close();
    expect(kept.status).to.equal('queued');
    localStorage.setItem('loket:pending:demo', '1');

    const filed: FiledRequest[] = [];
    worker.resetHandlers();
    worker.use(...siteHandlers, fileCaseHandler(filed));
    await addScriptTag({ 'data-site': 'demo' });
    await waitUntil(() => filed.length === 1, 'the kept report was not sent', { timeout: 5000 });
    expect((filed[0]!.body as { description: string }).description).to.equal('Sent on the next visit.');
    expect(document.querySelector('loket-widget')!.hasAttribute('open')).to.equal(false);
    expect(launcherButton()!.getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => JSON.parse(localStorage.getItem('loket:cases:demo') ?? '{"cases":[]}').cases.length === 1, 'the case was not kept in My cases');
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
    expect(warnings).to.deep.equal(['[loket] Add data-site to the script tag.']);
  });
});
