/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fileCaseHandler, siteHandlers, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest } from '../../test-support/api-stand-in';
import { $, accessibilityViolations, click, heading, next, openWidget, passSuggestions, text, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

const offline = (keys: (string | null)[] = []) =>
  http.post('*/v1/sites/demo/cases', ({ request }) => {
    keys.push(request.headers.get('Idempotency-Key'));
    return HttpResponse.error();
  });

/** Files a billing report while the network is down, and waits for the widget to say it is kept. */
async function fileWhileOffline(widget: LoketWidget, description: string) {
  await click(widget, '[data-topic="billing"]');
  await passSuggestions(widget);
  await type(widget, description);
  await next(widget);
  await next(widget);
  await waitUntil(() => $(widget, '[data-queued]'), 'the kept report was not announced', { timeout: 8000 });
}

const myCases = () => JSON.parse(localStorage.getItem('loket:cases:demo') ?? '{"cases":[],"pending":[]}') as { cases: { reference: string }[]; pending: { key: string; topic: string }[] };

describe('reports kept on this device (the outbox)', () => {
  it('says plainly that a report is kept, lists it as waiting in My cases, and shows its reference once sent', async () => {
    const keys: (string | null)[] = [];
    worker.use(...siteHandlers, offline(keys));
    const widget = await openWidget('en');
    await fileWhileOffline(widget, 'My bill is wrong.');
    expect(heading(widget)).to.equal('Your report is saved');
    expect(text(widget, '[data-queued]')).to.equal('No connection. Your report is saved on this device and will be sent automatically when the connection is back.');
    expect(localStorage.getItem('loket:draft:demo')).to.equal(null);
    expect(await accessibilityViolations(widget)).to.deep.equal([]);

    await click(widget, '[data-my-cases]');
    expect(text(widget, '[data-pending] strong')).to.equal('Bills');
    expect(text(widget, '[data-pending] .status')).to.equal('Waiting to be sent');
    await click(widget, '.back .link');

    const filed: FiledRequest[] = [];
    worker.resetHandlers();
    worker.use(...siteHandlers, fileCaseHandler(filed, 'LK-2222-3333'));
    window.dispatchEvent(new Event('online'));
    // Still on the screen that said it was kept: that screen now shows the reference.
    await waitUntil(() => $(widget, '[data-reference]'), 'the kept report was not sent');
    expect(heading(widget)).to.equal('Your report has been received');
    expect(text(widget, '[data-reference]')).to.equal('LK-2222-3333');
    expect(filed).to.have.length(1);
    expect(new Set([...keys, filed[0]!.idempotencyKey]).size).to.equal(1);
    expect(myCases().pending).to.deep.equal([]);
    expect(myCases().cases.map((item) => item.reference)).to.deep.equal(['LK-2222-3333']);
  });

  it('puts a kept report back, with everything typed, when the server refuses it later', async () => {
    worker.use(...siteHandlers, offline());
    const widget = await openWidget('en');
    await fileWhileOffline(widget, 'My bill is wrong.');

    worker.resetHandlers();
    worker.use(
      ...siteHandlers,
      http.post('*/v1/sites/demo/cases', () => HttpResponse.json({ error: { code: 'validation_failed', message: 'no', fields: [{ path: 'description', code: 'too_long', message: 'long' }] } }, { status: 422 })),
    );
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $(widget, '[data-filing-notice="refused"]'), 'the refusal was not shown');
    expect(text(widget, '[data-filing-notice="refused"]')).to.equal(
      'We could not send the report you saved earlier. We put it back here: check it and send it again. Shorten the description to at most 5000 characters.',
    );
    expect(heading(widget)).to.equal('Check and send');
    expect(text(widget, '[data-description]')).to.equal('My bill is wrong.');
    expect(myCases().pending).to.deep.equal([]);
    expect(JSON.parse(localStorage.getItem('loket:draft:demo')!).draft).to.include({ topic: 'billing', description: 'My bill is wrong.', step: 'review' });
  });

  it('sends what waits without opening the window when asked to flush (as the loader does)', async () => {
    worker.use(...siteHandlers, offline());
    const first = await openWidget('en');
    await fileWhileOffline(first, 'Sent later.');
    first.remove();
    await waitUntil(() => localStorage.getItem('loket:pending:demo') === '1', 'no marker for the loader was kept');

    const filed: FiledRequest[] = [];
    worker.resetHandlers();
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const closed = await fixture<LoketWidget>(html`<loket-widget site="demo" api=${location.origin}></loket-widget>`);
    await closed.flushOutbox();
    await waitUntil(() => myCases().cases.length === 1, 'the kept report was not filed');
    expect(filed).to.have.length(1);
    expect((filed[0]!.body as { description: string }).description).to.equal('Sent later.');
    expect(closed.open).to.equal(false);
    await waitUntil(() => localStorage.getItem('loket:pending:demo') === null, 'the marker for the loader stayed');
  });
});
