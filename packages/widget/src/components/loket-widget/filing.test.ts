/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { fileCaseHandler, siteHandlers, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest } from '../../test-support/api-stand-in';
import { $, accessibilityViolations, click, heading, next, openWidget, passSuggestions, text, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

type Contact = { email?: string; browser?: string };

async function toDescription(widget: LoketWidget, description: string) {
  await click(widget, '[data-topic="billing"]');
  await passSuggestions(widget);
  await type(widget, description);
}

async function fileBillingReport(widget: LoketWidget, description = 'Mijn factuur is te hoog.') {
  await toDescription(widget, description);
  await next(widget);
  await waitUntil(() => $(widget, '[data-send]'), 'the review step did not appear');
  await next(widget);
  await waitUntil(() => $(widget, '[data-reference], [data-queued]'), 'the report was not sent');
}

function daysFromNow(days: number, hours: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hours, 0, 0, 0);
  return date;
}

describe('filing a report', () => {
  it('says by when support responds, in Dutch, with "tomorrow" for tomorrow', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed, 'LK-4F7Q-92KD', { respondBy: daysFromNow(1, 10).toISOString() }));
    const widget = await openWidget();
    await fileBillingReport(widget);
    expect(text(widget, '[data-next-steps]')).to.equal('We reageren uiterlijk morgen 10:00');
    expect(await accessibilityViolations(widget)).to.deep.equal([]);
  });

  it('says by which weekday support responds, in English, in the local time', async () => {
    const when = daysFromNow(3, 14);
    worker.use(...siteHandlers, fileCaseHandler([], 'LK-4F7Q-92KD', { respondBy: when.toISOString() }));
    const widget = await openWidget('en');
    await fileBillingReport(widget);
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long' }).format(when);
    expect(text(widget, '[data-next-steps]')).to.equal(`We respond by ${weekday} 14:00`);
  });

  it('falls back to the site’s next steps when the site promises no response time', async () => {
    worker.use(...siteHandlers, fileCaseHandler([], 'LK-4F7Q-92KD', { respondBy: null }));
    const widget = await openWidget('en');
    await fileBillingReport(widget);
    expect(text(widget, '[data-next-steps]')).to.equal('We respond within one working day.');
  });

  it('says the report was added to the open case when the server linked it, and keeps that case in My cases', async () => {
    worker.use(...siteHandlers, fileCaseHandler([], 'LK-7HJK-3MNP', { linked: true }));
    const widget = await openWidget('en');
    await fileBillingReport(widget);
    expect(text(widget, '[data-linked]')).to.equal('You already had an open case about this, so we added your report to LK-7HJK-3MNP. You do not need to explain it again.');
    expect(text(widget, '[data-reference]')).to.equal('LK-7HJK-3MNP');
    const saved = JSON.parse(localStorage.getItem('loket:cases:demo')!).cases;
    expect(saved.map((item: { reference: string }) => item.reference)).to.deep.equal(['LK-7HJK-3MNP']);
  });

  it('remembers the filed case in My cases, and opens it from the done screen', async () => {
    worker.use(...siteHandlers, fileCaseHandler([], 'LK-4F7Q-92KD'));
    const widget = await openWidget('en');
    await fileBillingReport(widget);
    const saved = JSON.parse(localStorage.getItem('loket:cases:demo')!).cases;
    expect(saved).to.have.length(1);
    expect(saved[0]).to.include({ reference: 'LK-4F7Q-92KD', token: 'token-1', topic: 'billing', status: 'new' });
    await click(widget, '[data-my-cases]');
    expect(heading(widget)).to.equal('My cases');
    expect(text(widget, '[data-case="LK-4F7Q-92KD"]')).to.contain('LK-4F7Q-92KD').and.contain('Bills');
  });

  it('sends the same random browser id with every case, and an e-mail address only when given', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget('en');
    await fileBillingReport(widget);
    await click(widget, '.actions .secondary');
    // The case just filed is open on the same topic: the widget offers it first.
    await click(widget, '[data-topic="billing"]');
    expect(heading(widget)).to.equal('You already have an open case about this');
    await click(widget, '[data-offer-new]');
    await passSuggestions(widget);
    await type(widget, 'Second problem.');
    await type(widget, ' name@example.com ', '#loket-email');
    await next(widget);
    expect(text(widget, '[data-email]')).to.equal('name@example.com');
    await next(widget);
    await waitUntil(() => filed.length === 2, 'the second case was not filed');

    const [first, second] = filed.map((request) => request.body.contact as Contact);
    expect(first!.browser).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(first).to.not.have.property('email');
    expect(second).to.deep.equal({ browser: first!.browser, email: 'name@example.com' });
  });

  it('refuses a malformed e-mail address with a clear reason, keeping everything typed', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget('en');
    await toDescription(widget, 'My bill is wrong.');
    expect(text(widget, 'label[for="loket-email"]')).to.equal('E-mail for updates (optional)');
    await type(widget, 'name@example', '#loket-email');
    await next(widget);
    expect(heading(widget)).to.equal('Describe the problem');
    expect(text(widget, '[role="alert"]')).to.equal('This is not an e-mail address; it looks like name@example.com. Leave it empty if you do not want updates.');
    expect($(widget, '#loket-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(widget.shadowRoot!.activeElement?.id).to.equal('loket-email');
    expect($<HTMLTextAreaElement>(widget, '#loket-description')!.value).to.equal('My bill is wrong.');
    expect($<HTMLInputElement>(widget, '#loket-email')!.value).to.equal('name@example');
    expect(await accessibilityViolations(widget)).to.deep.equal([]);

    // The e-mail address is part of the draft: a reload keeps it.
    const again = await openWidget('en');
    expect($<HTMLInputElement>(again, '#loket-email')!.value).to.equal('name@example');
    await type(again, 'name@example.com', '#loket-email');
    expect($(again, '[role="alert"]')).to.equal(null);
    await next(again);
    expect(heading(again)).to.equal('Check and send');
  });
});
