/// <reference types="mocha" />
// By the package's public name, as a company's bundle imports it: no script tag, no loader.
import '@loket/widget/define';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fileCaseHandler, siteHandlers, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest } from '../../test-support/api-stand-in';
import { $, click, heading, next, passSuggestions, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

/** A help page with the widget inline in a 520px column, between two paragraphs of the page's own. */
async function helpPage(topic = '', locale = 'en'): Promise<{ page: HTMLElement; widget: LoketWidget }> {
  const page = await fixture<HTMLElement>(html`<div style="width: 520px">
    <p id="before">Our help pages</p>
    <loket-widget site="demo" api=${location.origin} locale=${locale} mode="inline" topic=${topic}></loket-widget>
    <p id="after">Call us</p>
  </div>`);
  const widget = page.querySelector('loket-widget')!;
  await waitUntil(() => $(widget, '#loket-step-heading') && !$(widget, '[data-loading]'), 'the inline widget showed no step');
  await widget.updateComplete;
  return { page, widget };
}

describe('<loket-widget mode="inline">', () => {
  it('renders in the flow of the page, as wide as its container, as a region named by its heading rather than a dialog', async () => {
    worker.use(...siteHandlers);
    const { page, widget } = await helpPage();
    const panel = $(widget, '[part~="window"]')!;
    expect(getComputedStyle(panel).position).to.equal('static');
    expect(widget.getBoundingClientRect().width).to.equal(520);
    expect(panel.getBoundingClientRect().width).to.equal(520);
    // In the flow: the page's own paragraphs sit above and below it.
    expect(page.querySelector('#before')!.getBoundingClientRect().bottom).to.be.at.most(panel.getBoundingClientRect().top);
    expect(page.querySelector('#after')!.getBoundingClientRect().top).to.be.at.least(panel.getBoundingClientRect().bottom);
    expect(panel.tagName).to.equal('SECTION');
    expect(panel.hasAttribute('role')).to.equal(false);
    expect(panel.hasAttribute('aria-modal')).to.equal(false);
    expect(panel.getAttribute('aria-labelledby')).to.equal('loket-title');
    expect($(widget, '#loket-title')!.textContent).to.equal('Zeewind Internet · Help and support');
    expect($(widget, '[part~="close"]')).to.equal(null);
    expect(heading(widget)).to.equal('What is your question about?');
  });

  it('starts on the first question of the topic it names, without taking focus from the page', async () => {
    worker.use(...siteHandlers);
    const { widget } = await helpPage('internet');
    await waitUntil(() => heading(widget) === 'Is the modem on?', `the internet topic's first question did not show, but "${heading(widget)}"`);
    expect(document.activeElement).to.equal(document.body);
  });

  it('shows the list of topics for a topic the site does not have, and tells the developer', async () => {
    worker.use(...siteHandlers);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    let widget: LoketWidget;
    try {
      ({ widget } = await helpPage('internett'));
      await waitUntil(() => warnings.length > 0, 'no warning');
    } finally {
      console.warn = warn;
    }
    expect(heading(widget)).to.equal('What is your question about?');
    expect(warnings[0]).to.match(/^\[loket\] .*"internett".*internet, software, billing/);
  });

  it('stays on the page on Escape and on hide(), and says nothing about closing', async () => {
    worker.use(...siteHandlers);
    const { widget } = await helpPage();
    let closed = 0;
    widget.addEventListener('loket-close', () => closed++);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    $(widget, '[data-topic="billing"]')!.dispatchEvent(escape);
    widget.hide();
    await widget.updateComplete;
    expect(widget.open).to.equal(true);
    expect(getComputedStyle($(widget, '[part~="window"]')!).display).to.not.equal('none');
    expect(closed).to.equal(0);
  });

  it('moves focus to the heading of each step once the customer uses it', async () => {
    worker.use(...siteHandlers);
    const { widget } = await helpPage();
    const topic = $(widget, '[data-topic="internet"]')!;
    topic.focus();
    await click(widget, '[data-topic="internet"]');
    await waitUntil(() => heading(widget) === 'Is the modem on?', 'the first question did not show');
    expect(widget.shadowRoot!.activeElement?.id).to.equal('loket-step-heading');
  });

  it('files a case and offers a new report, with no window to close', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const { widget } = await helpPage();
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    await type(widget, 'My bill is too high.');
    await next(widget);
    await waitUntil(() => $(widget, '[data-send]'), 'the review step did not appear');
    const filedEvent = oneEvent(widget, 'loket-case-filed');
    await next(widget);
    await filedEvent;
    await waitUntil(() => $(widget, '[data-reference]'), 'the receipt did not appear');
    expect(filed).to.have.length(1);
    const labels = [...widget.shadowRoot!.querySelectorAll('.actions button')].map((button) => button.textContent?.trim());
    expect(labels).to.deep.equal(['Report another problem']);
  });
});
