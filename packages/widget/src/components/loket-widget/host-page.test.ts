/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { caseHandlers, fileCaseHandler, siteHandlers, storedCase, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest } from '../../test-support/api-stand-in';
import { $, click, heading, next, passSuggestions, text, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

/** A closed widget on the page, in English. */
const placeWidget = () => fixture<LoketWidget>(html`<loket-widget site="demo" api=${location.origin} locale="en"></loket-widget>`);

/** The console warnings `act` causes. */
async function warningsOf(act: (warnings: string[]) => Promise<void>): Promise<string[]> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (message: string) => warnings.push(message);
  try {
    await act(warnings);
  } finally {
    console.warn = warn;
  }
  return warnings;
}

// The topic opens once the configuration and the report's steps (a chunk, read with the environment) are here.
const SLOW = { timeout: 5000 };

/** Billing (no questions) up to the description step. */
async function toDescription(widget: LoketWidget) {
  widget.show({ topic: 'billing' });
  await passSuggestions(widget);
}

describe('what the host page tells <loket-widget>', () => {
  it('opens on the first question of a topic, with the answers and description the page filled in', async () => {
    worker.use(...siteHandlers);
    const widget = await placeWidget();
    // A number is no answer a report can hold: it is left out, the rest stays.
    widget.show({ topic: 'internet', prefill: { description: 'No internet since the storm.', answers: { 'modem-on': 'yes', since: 5 as unknown as string } } });
    await waitUntil(() => heading(widget) === 'Is the modem on?', 'the topic did not open on its first question', SLOW);
    expect($<HTMLInputElement>(widget, 'input[value="yes"]')!.checked).to.equal(true);
    expect(JSON.parse(localStorage.getItem('loket:draft:demo')!).draft).to.deep.include({ topic: 'internet', answers: { 'modem-on': 'yes' }, description: 'No internet since the storm.' });
  });

  it('says it is loading, not the topics it skips, while it starts on a topic', async () => {
    worker.use(...siteHandlers);
    const widget = await placeWidget();
    widget.show();
    await waitUntil(() => $(widget, '[data-topic]'), 'the topics did not show');
    widget.hide();
    widget.show({ topic: 'internet' });
    await widget.updateComplete;
    // Booleans: chai would describe an element it did not expect at great length.
    expect(Boolean($(widget, '[data-topic]')), 'the topics show').to.equal(false);
    expect(Boolean($(widget, '[data-loading]')), 'loading is not said').to.equal(true);
    await waitUntil(() => heading(widget) === 'Is the modem on?', 'the topic did not open on its first question', SLOW);
  });

  it('shows the list of topics for a topic the site does not have, and says in the console which it has', async () => {
    worker.use(...siteHandlers);
    const widget = await placeWidget();
    const warnings = await warningsOf(async (heard) => {
      widget.show({ topic: 'wifi' });
      await waitUntil(() => heard.length > 0, 'nothing was said in the console', SLOW);
    });
    expect(heading(widget)).to.equal('What is your question about?');
    expect(warnings).to.deep.equal(['[loket] No topic "wifi" on this site. Topics: internet, software, billing.']);
    expect(widget.open).to.equal(true);
  });

  it('fills in the identified customer, who still sees and may change it; the signature goes with that address only', async () => {
    const filed: FiledRequest[] = [];
    // The case filed first stays open, so the second report on its topic is offered to add to it.
    worker.use(...siteHandlers, fileCaseHandler(filed), ...caseHandlers([storedCase('LK-4F7Q-92KD', { token: 'token-1' })]));
    const widget = await placeWidget();
    widget.identify({ email: 'jan@example.com', name: 'Jan Jansen', signature: 'a1'.repeat(32) });
    await toDescription(widget);
    expect($<HTMLInputElement>(widget, '#loket-email')!.value).to.equal('jan@example.com');
    expect($<HTMLInputElement>(widget, '#loket-name')!.value).to.equal('Jan Jansen');
    await type(widget, 'My bill is too high.');
    await next(widget);
    expect(text(widget, '[data-email]')).to.equal('jan@example.com');
    expect(text(widget, '[data-name]')).to.equal('Jan Jansen');
    await next(widget);
    await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
    expect(filed[0]!.body.contact).to.deep.include({ email: 'jan@example.com', name: 'Jan Jansen', signature: 'a1'.repeat(32) });

    // Another report, in which the customer gives another address: it goes without the signature.
    await click(widget, '.actions .secondary');
    widget.show({ topic: 'billing' });
    // The case just filed is open on the same topic: the widget offers it first.
    await waitUntil(() => $(widget, '[data-offer-new]'), 'the open case was not offered', SLOW);
    await click(widget, '[data-offer-new]');
    await passSuggestions(widget);
    expect($<HTMLInputElement>(widget, '#loket-email')!.value).to.equal('jan@example.com');
    await type(widget, 'And my modem.');
    await type(widget, 'jan@home.example', '#loket-email');
    await type(widget, '', '#loket-name');
    await next(widget);
    await next(widget);
    await waitUntil(() => filed.length === 2, 'the second case was not filed');
    const contact = filed[1]!.body.contact as Record<string, string>;
    expect(contact).to.include({ email: 'jan@home.example' });
    expect(contact).to.not.have.property('signature');
    expect(contact).to.not.have.property('name');
  });

  it('sends the page the customer is on in a single-page app, not the one the window was opened on', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const start = `${location.pathname}${location.search}`;
    const here = `${location.origin}${location.pathname}`;
    const widget = await placeWidget();
    try {
      await toDescription(widget);
      await type(widget, 'My bill is too high.');
      await next(widget);
      await waitUntil(() => $(widget, '[data-field="page"]'), 'the environment was not shown');
      expect(text(widget, '[data-field="page"] strong')).to.equal(here);

      // The app's router moves on while the window is open.
      history.pushState(null, '', '/account/invoices?id=7#top');
      await waitUntil(() => text(widget, '[data-field="page"] strong') === `${location.origin}/account/invoices`, 'the page did not follow the route');
      history.back();
      await waitUntil(() => text(widget, '[data-field="page"] strong') === here, 'the page did not follow going back');
      history.pushState(null, '', '/account/settings');
      await next(widget);
      await waitUntil(() => filed.length === 1, 'the case was not filed');
      expect((filed[0]!.body.environment as { page: string }).page).to.equal(`${location.origin}/account/settings`);
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
