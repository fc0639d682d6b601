/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { markdownToTree, treeText } from '@loket/sdk';
import type { Article, AppliesTo } from '@loket/sdk';
import { articlesHandler, attemptsHandler, configHandler, fileCaseHandler, impressionsHandler, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest, RecordedAttempt, RecordedImpression } from '../../test-support/api-stand-in';
import { $, click, fileAfterUnhelpfulArticle, heading, next, openWidget, text, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

function article(id: string, title: string, markdown: string, extra: { topics?: string[]; questions?: string[]; appliesTo?: AppliesTo } = {}): Article {
  const body = markdownToTree(markdown);
  return { id, locale: 'nl', title, topics: extra.topics ?? ['billing'], tags: [], questions: extra.questions ?? [], ...(extra.appliesTo ? { appliesTo: extra.appliesTo } : {}), text: treeText(body), body };
}

const ARTICLES = [
  article('invoice-higher', 'Uw factuur is hoger dan verwacht', '## Waarom\n\nEen **eenmalige** kostenpost of een verlopen korting. <img src=x onerror="window.__xss=1">', { questions: ['factuur te hoog'] }),
  article('direct-debit-failed', 'Automatische incasso mislukt', 'Controleer uw saldo en [betaal online](https://www.zeewind.example/betalen).', { questions: ['incasso mislukt'] }),
  // The test browser runs on Linux: this article must never show, the next one must come first.
  article('billing-app-windows', 'Facturen in de Windows-app', 'Open de app op Windows.', { questions: ['factuur in de app'], appliesTo: { os: { name: 'Windows' } } }),
  article('billing-app-linux', 'Facturen bekijken op Linux', 'Open Mijn Zeewind in de browser.', { questions: ['factuur in de app'], appliesTo: { os: { name: 'Linux' } } }),
];

function useSite(attempts: RecordedAttempt[] = [], filed: FiledRequest[] = [], impressions: RecordedImpression[] = []) {
  worker.use(configHandler, articlesHandler(ARTICLES), attemptsHandler(attempts), fileCaseHandler(filed), impressionsHandler(impressions));
}

const verdicts = (attempts: RecordedAttempt[]) => attempts.filter((attempt) => attempt.outcome !== 'opened');

const suggestionIds = (widget: LoketWidget) => [...widget.shadowRoot!.querySelectorAll<HTMLElement>('[data-article]')].map((item) => item.dataset.article);

async function toSuggestions(widget: LoketWidget) {
  await click(widget, '[data-topic="billing"]');
  await waitUntil(() => $(widget, '.suggestions, [data-no-match]'), 'the suggestions did not load');
}

describe('self-help in the widget', () => {
  it('offers the articles of the topic after the questions, never one the environment rules out', async () => {
    useSite();
    const widget = await openWidget();
    await toSuggestions(widget);
    expect(heading(widget)).to.equal('Deze artikelen helpen misschien');
    const ids = suggestionIds(widget);
    expect(ids).to.include('billing-app-linux');
    expect(ids).to.not.include('billing-app-windows');
    expect(ids[0]).to.equal('billing-app-linux');
  });

  it('opens an article from its tree, harmlessly, and ends with a friendly close when it solved the problem', async () => {
    const attempts: RecordedAttempt[] = [];
    useSite(attempts);
    const widget = await openWidget();
    await toSuggestions(widget);
    await click(widget, '[data-article="invoice-higher"]');
    expect(heading(widget)).to.equal('Uw factuur is hoger dan verwacht');
    expect(text(widget, '.article-body h4')).to.equal('Waarom');
    expect(text(widget, '.article-body strong')).to.equal('eenmalige');
    expect($(widget, '.article-body img')).to.equal(null);
    expect(text(widget, '.article-body')).to.contain('<img src=x onerror="window.__xss=1">');
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);

    await click(widget, '[data-outcome="solved"]');
    await waitUntil(() => $(widget, '[data-solved]'), 'the friendly close did not appear');
    expect(heading(widget)).to.equal('Fijn dat het is opgelost!');
    expect(attempts.map(({ article, outcome }) => ({ article, outcome }))).to.deep.equal([
      { article: 'invoice-higher', outcome: 'opened' },
      { article: 'invoice-higher', outcome: 'solved' },
    ]);
    expect(attempts[1]).to.include({ topic: 'billing' });
    expect(localStorage.getItem('loket:draft:demo')).to.equal(null);
  });

  it('goes on to filing when an article did not help, and attaches it to the case', async () => {
    const attempts: RecordedAttempt[] = [];
    const filed: FiledRequest[] = [];
    useSite(attempts, filed);
    const widget = await openWidget();
    await toSuggestions(widget);
    await click(widget, '[data-article="direct-debit-failed"]');
    await click(widget, '[data-outcome="not_solved"]');
    await waitUntil(() => $(widget, '#loket-description'), 'the description step did not follow');
    expect(verdicts(attempts)[0]).to.include({ article: 'direct-debit-failed', outcome: 'not_solved' });

    await type(widget, 'De incasso is twee keer afgeschreven.');
    await next(widget);
    expect(text(widget, '.tried')).to.contain('Automatische incasso mislukt');
    await next(widget);
    await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
    expect(filed[0]!.body.articlesTried).to.deep.equal([{ article: 'direct-debit-failed', outcome: 'not_solved' }]);
  });

  it('suggests articles while the customer types, without holding up typing', async () => {
    useSite();
    const widget = await openWidget();
    await toSuggestions(widget);
    await click(widget, '.actions .end');
    await type(widget, 'mijn incasso is mislukt');
    expect($(widget, '#loket-description')).to.exist;
    await waitUntil(() => suggestionIds(widget).includes('direct-debit-failed'), 'no suggestion while typing', { timeout: 3000 });
    expect(text(widget, '.typing-suggestions p')).to.equal('Deze artikelen helpen misschien:');
  });

  describe('the search index', () => {
    // A word only the server's index has learned: it ranks an article only when that index is used.
    const learnedInIndex = { 'invoice-higher': { zolder: 5 } };
    const typed = async (index: Parameters<typeof articlesHandler>[1], words: string) => {
      worker.use(configHandler, articlesHandler(ARTICLES, index), attemptsHandler(), impressionsHandler());
      const widget = await openWidget();
      await toSuggestions(widget);
      await click(widget, '.actions .end');
      await type(widget, words);
      return widget;
    };

    it('is the one the server made for these articles, not built again', async () => {
      const widget = await typed({ learned: learnedInIndex }, 'zolder ');
      await waitUntil(() => suggestionIds(widget).includes('invoice-higher'), 'the served index was not used', { timeout: 3000 });
    });

    for (const [why, index] of [['is of another version', { learned: learnedInIndex, version: 'v0' }], ['cannot be fetched', { status: 404 }]] as const) {
      it(`is built in the page when the server's ${why}`, async () => {
        const widget = await typed(index, 'mijn incasso is mislukt op zolder');
        await waitUntil(() => suggestionIds(widget).includes('direct-debit-failed'), 'no suggestion from the index built in the page', { timeout: 3000 });
        expect(suggestionIds(widget)).to.not.include('invoice-higher');
      });
    }
  });

  it('says plainly when no article fits, records it once, and goes on to the description', async () => {
    const attempts: RecordedAttempt[] = [];
    worker.use(configHandler, articlesHandler([]), attemptsHandler(attempts));
    const widget = await openWidget();
    await toSuggestions(widget);
    expect(text(widget, '[data-no-match]')).to.equal('We vonden geen artikel dat hierbij past. Beschrijf het probleem, dan zetten we het door naar onze klantenservice.');
    await next(widget);
    await waitUntil(() => attempts.length === 1, 'no_match was not recorded');
    expect(attempts[0]).to.include({ outcome: 'no_match', topic: 'billing' });
    expect(attempts[0]).to.not.have.property('article');
    expect($(widget, '#loket-description')).to.exist;
  });

  it('tells the server which articles were shown and opened, with one report id that the case carries too', async () => {
    const attempts: RecordedAttempt[] = [];
    const filed: FiledRequest[] = [];
    const impressions: RecordedImpression[] = [];
    useSite(attempts, filed, impressions);
    const widget = await openWidget();
    await toSuggestions(widget);
    const shown = suggestionIds(widget);
    await waitUntil(() => impressions.length === 1, 'the suggestions shown were not recorded', { timeout: 4000 });
    expect(impressions[0]!.articles).to.have.members(shown as string[]);
    expect(impressions[0]).to.include({ locale: 'nl', topic: 'billing' });
    const report = impressions[0]!.report;
    expect(report).to.match(/^[A-Za-z0-9_-]{8,64}$/);

    await fileAfterUnhelpfulArticle(widget, 'direct-debit-failed', 'De incasso is twee keer afgeschreven.');
    expect(attempts.map((attempt) => attempt.report)).to.deep.equal([report, report]);
    expect(filed[0]!.body.report).to.equal(report);
  });
});
