/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { siteHandlers, useApiStandIn, worker } from '../../test-support/api-stand-in';
import { $, click, heading, openWidget } from '../../test-support/widget-driver';

useApiStandIn();
// The dev server serves every source file apart: far more than the 250 entries kept by default.
performance.setResourceTimingBufferSize(100_000);

/** Whether this page has fetched a module whose URL contains `name` (the dev server serves each source file). */
const fetched = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

// One test per file page: the report kit, once fetched, stays in the page's module map.
describe('report steps fetched on intent', () => {
  it('draws the topics without the report steps, fetches them when the pointer comes over the topics, then shows the first question', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget('en');
    expect(heading(widget)).to.equal('What is your question about?');
    expect(fetched('/report-kit.ts'), 'the report steps were fetched before any intent').to.equal(false);
    expect(fetched('/self-help-controller.ts'), 'self-help was fetched before any intent').to.equal(false);

    $(widget, '.topics')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => fetched('/report-kit.ts'), 'pointing at the topics did not fetch the report steps');

    await click(widget, '[data-topic="internet"]');
    expect(heading(widget)).to.equal('Is the modem on?');
    // The report steps bring their own styles: the question's options are laid out as cards.
    const option = $(widget, '.choice')!;
    expect(getComputedStyle(option).display).to.equal('flex');
  });
});
