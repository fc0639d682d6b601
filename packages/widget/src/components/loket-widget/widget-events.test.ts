/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { markdownToTree, treeText } from '@loket/sdk';
import type { Article } from '@loket/sdk';
import { articlesHandler, attemptsHandler, caseHandlers, configHandler, fileCaseHandler, impressionsHandler, rememberInBrowser, storedCase, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest } from '../../test-support/api-stand-in';
import { $, click, fileAfterUnhelpfulArticle, openWidget, type } from '../../test-support/widget-driver';
import { LoketCloseEvent } from '../../events/widget-events';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

const article = (id: string, title: string, question: string): Article => {
  const body = markdownToTree(`Over ${title.toLowerCase()}.`);
  return { id, locale: 'nl', title, topics: ['billing'], tags: [], questions: [question], text: treeText(body), body };
};

const ARTICLES = [article('invoice-higher', 'Uw factuur is hoger dan verwacht', 'factuur te hoog'), article('direct-debit-failed', 'Automatische incasso mislukt', 'incasso mislukt')];

/** Every `loket-*` event that reaches the page, as a listener on `document` hears it: type and detail. */
function hearEvents(): { heard: { type: string; detail: unknown }[]; stop(): void } {
  const heard: { type: string; detail: unknown }[] = [];
  const types = ['loket-open', 'loket-close', 'loket-suggestions-shown', 'loket-article-outcome', 'loket-case-filed', 'loket-message-sent'] as const;
  const listener = (event: Event) => heard.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const name of types) document.addEventListener(name, listener);
  return { heard, stop: () => types.forEach((name) => document.removeEventListener(name, listener)) };
}

describe('<loket-widget> events', () => {
  let events: ReturnType<typeof hearEvents>;
  beforeEach(() => {
    events = hearEvents();
  });
  afterEach(() => events.stop());

  it('tells the page what the customer did: opened, suggestions shown, an article opened and not solved, the case filed, closed', async () => {
    const filed: FiledRequest[] = [];
    worker.use(configHandler, articlesHandler(ARTICLES), attemptsHandler(), impressionsHandler(), fileCaseHandler(filed));
    const widget = await openWidget();
    await click(widget, '[data-topic="billing"]');
    await waitUntil(() => $(widget, '.suggestions'), 'the suggestions did not load');
    await widget.updateComplete;
    await fileAfterUnhelpfulArticle(widget, 'direct-debit-failed', 'De incasso is twee keer afgeschreven.');
    widget.hide();

    const shown = events.heard.filter((event) => event.type === 'loket-suggestions-shown');
    // Drawn many times, announced once per list.
    expect(shown).to.have.length(1);
    const articles = (shown[0]!.detail as { articles: { id: string; title: string }[] }).articles;
    expect(articles.map((item) => item.id)).to.have.members(['invoice-higher', 'direct-debit-failed']);
    expect(articles.find((item) => item.id === 'direct-debit-failed')!.title).to.equal('Automatische incasso mislukt');
    expect(shown[0]!.detail).to.include({ topic: 'billing' });
    expect(events.heard.filter((event) => event.type !== 'loket-suggestions-shown')).to.deep.equal([
      { type: 'loket-open', detail: {} },
      { type: 'loket-article-outcome', detail: { article: { id: 'direct-debit-failed', title: 'Automatische incasso mislukt' }, outcome: 'opened' } },
      { type: 'loket-article-outcome', detail: { article: { id: 'direct-debit-failed', title: 'Automatische incasso mislukt' }, outcome: 'not_solved' } },
      { type: 'loket-case-filed', detail: { reference: 'LK-4F7Q-92KD' } },
      { type: 'loket-close', detail: {} },
    ]);
  });

  it('tells the page when an article solved the problem', async () => {
    worker.use(configHandler, articlesHandler(ARTICLES), attemptsHandler(), impressionsHandler());
    const widget = await openWidget();
    await click(widget, '[data-topic="billing"]');
    await waitUntil(() => $(widget, '.suggestions'), 'the suggestions did not load');
    await click(widget, '[data-article="invoice-higher"]');
    await click(widget, '[data-outcome="solved"]');
    await waitUntil(() => $(widget, '[data-solved]'), 'the friendly close did not appear');
    expect(events.heard.filter((event) => event.type === 'loket-article-outcome').map((event) => (event.detail as { outcome: string }).outcome)).to.deep.equal(['opened', 'solved']);
  });

  it('tells the page when a message reached the support team, and opens once however often show() is called', async () => {
    const cases = [storedCase('LK-7HJK-3MNP', { status: 'in_progress' })];
    worker.use(configHandler, ...caseHandlers(cases));
    rememberInBrowser([{ reference: 'LK-7HJK-3MNP', token: cases[0]!.token, topic: 'billing' }]);
    const widget: LoketWidget = await openWidget();
    widget.show();
    await click(widget, '[data-my-cases]');
    await click(widget, '[data-case="LK-7HJK-3MNP"]');
    await waitUntil(() => $(widget, '#loket-message'), 'the case did not open');
    await type(widget, 'Nog een vraag over mijn factuur.', '#loket-message');
    await click(widget, '[data-send-message]');
    await waitUntil(() => events.heard.some((event) => event.type === 'loket-message-sent'), 'no loket-message-sent');
    expect(events.heard).to.deep.equal([
      { type: 'loket-open', detail: {} },
      { type: 'loket-message-sent', detail: { reference: 'LK-7HJK-3MNP' } },
    ]);
  });

  it('dispatches events that cross the shadow root and bubble, with the typed classes', async () => {
    worker.use(configHandler);
    const widget = await openWidget();
    const closed = new Promise<Event>((resolve) => document.body.addEventListener('loket-close', resolve, { once: true }));
    widget.hide();
    const event = await closed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event).to.be.instanceOf(LoketCloseEvent);
  });
});
