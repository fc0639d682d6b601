/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { siteHandlers, useApiStandIn, worker } from '../../test-support/api-stand-in';
import { $, heading, openWidget, text } from '../../test-support/widget-driver';

useApiStandIn();

// A file of its own: a module that failed to load stays failed in the page's module map.
describe('report steps that cannot be fetched', () => {
  it('says so after the topic is chosen, keeps the topic, and shows the question when trying again works', async () => {
    worker.use(...siteHandlers, http.get('*/report-kit.ts', () => HttpResponse.error()));
    const widget = await openWidget('en');
    $(widget, '[data-topic="internet"]')!.click();
    await waitUntil(() => $(widget, '.problem[role="alert"]'), 'no message when the report steps could not load');
    expect(text(widget, '.problem')).to.equal('The help window could not load. Check your connection and try again.');
    expect(heading(widget)).to.equal('Help and support');
    expect($(widget, '.actions .button')!.textContent!.trim()).to.equal('Try again');
    expect(widget._report.topic).to.equal('internet');

    worker.resetHandlers(...siteHandlers);
    $(widget, '.actions .button')!.click();
    await waitUntil(() => heading(widget) === 'Is the modem on?', 'trying again did not show the first question');
  });
});
