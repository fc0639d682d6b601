/// <reference types="mocha" />
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fileCaseHandler, siteHandlers, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest } from '../../test-support/api-stand-in';
import { $, click, heading, next, openWidget, passSuggestions, text, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

/** Billing has no guided questions: topic, description, review. */
async function fillBillingReport(widget: LoketWidget, description = 'Mijn factuur is te hoog.') {
  await click(widget, '[data-topic="billing"]');
  await passSuggestions(widget);
  await type(widget, description);
  await next(widget);
  await waitUntil(() => $(widget, '[data-send]'), 'the review step did not appear');
}

describe('<loket-widget>', () => {
  it('files a case with topic, description and the environment the customer kept', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget();
    expect(heading(widget)).to.equal('Waar gaat uw vraag over?');
    await fillBillingReport(widget);
    await waitUntil(() => $(widget, '[data-field="page"]'), 'the environment was not shown');

    const fields = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('.environment li')].map((row) => row.dataset.field);
    expect(fields).to.include.members(['os', 'browser', 'language', 'page']);
    expect(text(widget, '[data-field="page"] strong')).to.equal(`${location.origin}${location.pathname}`);
    await click(widget, '[data-field="timeZone"] .remove');
    expect($(widget, '[data-field="timeZone"]')).to.equal(null);

    const filedEvent = oneEvent(widget, 'loket-case-filed');
    await next(widget);
    expect((await filedEvent).detail).to.deep.equal({ reference: 'LK-4F7Q-92KD' });
    await widget.updateComplete;

    expect(text(widget, '[data-reference]')).to.equal('LK-4F7Q-92KD');
    expect(text(widget, '[data-next-steps]')).to.equal('We reageren binnen één werkdag.');
    expect(filed).to.have.length(1);
    const body = filed[0]!.body as { topic: string; description: string; locale: string; answers: object; environment: Record<string, unknown> };
    expect(body.topic).to.equal('billing');
    expect(body.answers).to.deep.equal({});
    expect(body.description).to.equal('Mijn factuur is te hoog.');
    expect(body.locale).to.equal('nl');
    expect(body.environment).to.not.have.property('timeZone');
    expect(body.environment.page).to.equal(`${location.origin}${location.pathname}`);
    expect((body.environment.os as { name: string }).name).to.be.a('string').and.not.equal('');
    expect(filed[0]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
  });

  it('refuses an empty description, says why and keeps the customer on the step', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget();
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    await type(widget, '   ');
    await next(widget);
    expect(text(widget, '[role="alert"]')).to.equal('Beschrijf het probleem in een paar woorden.');
    expect($(widget, 'textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect(widget.shadowRoot!.activeElement).to.equal($(widget, 'textarea'));
  });

  it('counts down the characters left and flags a description that is too long', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget('en');
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    await type(widget, 'x'.repeat(5003));
    expect(text(widget, '#loket-counter')).to.equal('3 characters too many');
    await next(widget);
    expect(text(widget, '[role="alert"]')).to.equal('Shorten the description to at most 5000 characters.');
    expect($<HTMLTextAreaElement>(widget, 'textarea')!.value).to.have.length(5003);
  });

  it('keeps the report on this device after a server error, and files it with the same idempotency key once the service is back', async () => {
    const keys: (string | null)[] = [];
    worker.use(
      ...siteHandlers,
      http.post('*/v1/sites/demo/cases', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json({ error: { code: 'internal_error', message: 'boom' } }, { status: 500 });
      }),
    );
    const widget = await openWidget('en');
    await fillBillingReport(widget, 'My bill is wrong.');
    await next(widget);
    await waitUntil(() => $(widget, '[data-queued]'), 'the kept report was not announced', { timeout: 8000 });
    expect(heading(widget)).to.equal('Your report is saved');
    expect(text(widget, '[data-queued]')).to.equal('Our support service cannot be reached just now. Your report is saved on this device and will be sent automatically as soon as it can.');

    const filed: FiledRequest[] = [];
    worker.resetHandlers();
    worker.use(...siteHandlers, fileCaseHandler(filed, 'LK-2222-3333'));
    const filedEvent = oneEvent(widget, 'loket-case-filed');
    window.dispatchEvent(new Event('online'));
    expect((await filedEvent).detail).to.deep.equal({ reference: 'LK-2222-3333' });
    await waitUntil(() => $(widget, '[data-reference]'), 'the reference of the kept report was not shown');
    expect(text(widget, '[data-reference]')).to.equal('LK-2222-3333');
    expect(filed).to.have.length(1);
    expect((filed[0]!.body as { description: string }).description).to.equal('My bill is wrong.');
    expect(new Set([...keys, filed[0]!.idempotencyKey]).size).to.equal(1);
  });

  it('keeps the customer on the review, with everything typed, when the server finds the report too large', async () => {
    worker.use(
      ...siteHandlers,
      http.post('*/v1/sites/demo/cases', () => HttpResponse.json({ error: { code: 'body_too_large', message: 'too large' } }, { status: 413 })),
    );
    const widget = await openWidget('en');
    await fillBillingReport(widget, 'Long story.');
    await next(widget);
    await waitUntil(() => $(widget, '.problem'), 'no error was shown');
    expect(text(widget, '[role="alert"]')).to.equal('Your report is too large to send. Shorten the description or your longest answers and try again.');
    expect(text(widget, '[data-description]')).to.equal('Long story.');
    expect(widget.shadowRoot!.activeElement?.id).to.equal('loket-problem');
  });

  it('says plainly when the site is not configured on the server', async () => {
    worker.use(
      http.get('*/v1/sites/demo/config', () => HttpResponse.json({ error: { code: 'site_not_found', message: "Site 'demo' is not configured" } }, { status: 404 })),
    );
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    let widget: LoketWidget;
    try {
      widget = await openWidget('en');
      await waitUntil(() => $(widget, '[role="alert"]'), 'no error was shown');
    } finally {
      console.warn = warn;
    }
    expect(text(widget, '[role="alert"]')).to.equal('This help window is not set up for this website yet. Please contact the company another way.');
    expect(warnings[0]).to.match(/^\[loket\] Site 'demo' is not configured/);
  });

  it('follows the page language when no locale is set', async () => {
    worker.use(...siteHandlers);
    document.documentElement.lang = 'en-GB';
    const widget = await openWidget();
    expect(heading(widget)).to.equal('What is your question about?');
    expect(text(widget, '[data-topic="internet"] strong')).to.equal('Internet is down');
  });

  it('switches language when the page does', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget();
    document.documentElement.lang = 'en';
    await waitUntil(() => heading(widget) === 'What is your question about?', 'the widget did not switch to English');
  });

  it('closes on Escape, keeps what was typed, and tells the page', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget();
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    await type(widget, 'Half getypt');
    const closed = oneEvent(widget, 'loket-close');
    $(widget, 'textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await closed;
    expect(widget.open).to.equal(false);
    widget.show();
    await widget.updateComplete;
    expect($<HTMLTextAreaElement>(widget, 'textarea')!.value).to.equal('Half getypt');
  });

  it('moves focus to the heading of each new step', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget();
    expect(widget.shadowRoot!.activeElement?.id).to.equal('loket-step-heading');
    await click(widget, '[data-topic="billing"]');
    // The suggestions step names itself once the articles are in: none fit, so "describe the problem".
    await waitUntil(() => heading(widget) === 'Beschrijf het probleem', 'the suggestions step did not settle');
    expect(widget.shadowRoot!.activeElement?.id).to.equal('loket-step-heading');
  });
});
