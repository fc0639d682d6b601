/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaseEvent } from '@loket/sdk';
import { caseHandlers, fileCaseHandler, rememberInBrowser, siteHandlers, storedCase, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { AddedMessage, FiledRequest, StoredCase } from '../../test-support/api-stand-in';
import { $, accessibilityViolations, click, heading, next, openWidget, passSuggestions, text, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

const A = 'LK-4F7Q-92KD';
const B = 'LK-7HJK-3MNP';

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A case with a conversation: the customer's report, an article, an escalation, a question from support. */
function conversation(extra: Partial<StoredCase> = {}): StoredCase {
  const timeline: CaseEvent[] = [
    { id: '1', at: ago(300), type: 'created', topic: 'internet' },
    { id: '2', at: ago(299), type: 'article_tried', article: 'modem-restart', outcome: 'not_solved' },
    { id: '3', at: ago(240), type: 'repeat_contact', description: 'Nog steeds geen internet.', answers: {}, count: 2 },
    { id: '4', at: ago(239), type: 'escalation', reason: 'repeat_contacts', priority: 'high', level: 2 },
    { id: '5', at: ago(120), type: 'status', from: 'new', to: 'in_progress' },
    { id: '6', at: ago(60), type: 'message', author: 'support', text: 'Welk lampje knippert er?', question: true },
    { id: '7', at: ago(59), type: 'status', from: 'in_progress', to: 'waiting_for_customer' },
  ];
  return storedCase(A, { topic: 'internet', description: 'Geen internet sinds vanochtend.', status: 'waiting_for_customer', timeline, ...extra });
}

const eventTexts = (widget: LoketWidget) =>
  [...widget.shadowRoot!.querySelectorAll<HTMLElement>('.timeline li')].map((item) => [...item.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).join(' | '));

async function openMyCases(widget: LoketWidget) {
  await click(widget, '[data-my-cases]');
  await waitUntil(() => heading(widget) === 'Mijn meldingen' || heading(widget) === 'My cases', 'My cases did not open');
}

async function openCase(widget: LoketWidget, reference: string) {
  await openMyCases(widget);
  await click(widget, `[data-case="${reference}"]`);
  await waitUntil(() => $(widget, '.timeline, [data-not-found], [data-load-failed]') && $(widget, '[data-refresh]')?.getAttribute('aria-busy') === 'false', 'the case did not load');
}

function tomorrowAt(hours: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(hours, 0, 0, 0);
  return date;
}

describe('My cases', () => {
  it('lists the cases of this browser with their status in plain words and when support responds', async () => {
    const respondBy = tomorrowAt(10).toISOString();
    const cases = [conversation({ respondBy }), storedCase(B, { status: 'solved' })];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    rememberInBrowser([
      { reference: A, token: cases[0]!.token, topic: 'internet', status: 'new', respondBy },
      { reference: B, token: cases[1]!.token, topic: 'billing', status: 'new' },
    ]);
    const widget = await openWidget('en');
    expect(text(widget, '[data-my-cases]')).to.equal('My cases (2)');
    await openMyCases(widget);
    // The statuses are read again when the list opens.
    await waitUntil(() => text(widget, `[data-case="${B}"] .status`) === 'Solved', 'the status was not refreshed');
    expect(text(widget, `[data-case="${A}"] .status`)).to.equal('Waiting for you');
    expect(text(widget, `[data-case="${A}"]`)).to.contain('Internet is down').and.contain('We respond by tomorrow 10:00');
    expect(text(widget, `[data-case="${B}"]`)).to.contain('Bills').and.not.contain('We respond');
    expect(await accessibilityViolations(widget)).to.deep.equal([]);
  });

  it('opens a case with its timeline in customer words, in Dutch and English', async () => {
    const cases = [conversation()];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    rememberInBrowser([{ reference: A, token: cases[0]!.token, topic: 'internet' }]);
    const widget = await openWidget();
    await openCase(widget, A);
    expect(heading(widget)).to.equal(`Melding ${A}`);
    expect(text(widget, '.case-meta .status')).to.equal('Wacht op u');
    const dutch = eventTexts(widget);
    expect(dutch[0]).to.equal('U meldde dit over ‘Internet werkt niet’. | Geen internet sinds vanochtend.');
    expect(dutch[1]).to.equal('U probeerde het artikel ‘modem-restart’: dat hielp niet.');
    expect(dutch[2]).to.equal('U nam hierover opnieuw contact op (nu 2 keer): | Nog steeds geen internet.');
    expect(dutch[3]).to.equal('Doorgezet naar een specialist, omdat u opnieuw contact moest opnemen.');
    expect(dutch[4]).to.equal('Status gewijzigd in: In behandeling');
    expect(dutch[5]).to.equal('Klantenservice · Vraag aan u | Welk lampje knippert er?');

    document.documentElement.lang = 'en';
    await waitUntil(() => heading(widget) === `Case ${A}`, 'the case did not switch to English');
    const english = eventTexts(widget);
    expect(english[2]).to.equal('You contacted us about this again (2 times now): | Nog steeds geen internet.');
    expect(english[3]).to.equal('Passed on to a specialist, because you had to contact us again.');
    expect(english[5]).to.equal('Support team · Question for you | Welk lampje knippert er?');
    expect(text(widget, 'label[for="loket-message"]')).to.equal('Your answer to the question');
    expect(text(widget, '[data-send-message]')).to.equal('Send answer');
    expect(await accessibilityViolations(widget)).to.deep.equal([]);
  });

  it('answers the support team’s question: the answer is on the timeline and the case is in progress again', async () => {
    const cases = [conversation()];
    const added: AddedMessage[] = [];
    worker.use(...siteHandlers, ...caseHandlers(cases, added));
    rememberInBrowser([{ reference: A, token: cases[0]!.token, topic: 'internet' }]);
    const widget = await openWidget();
    await openCase(widget, A);
    expect(text(widget, 'label[for="loket-message"]')).to.equal('Uw antwoord op de vraag');
    // The question waits at the top of the case, with a way straight to the answer box.
    expect(text(widget, '[data-question-callout] .text')).to.equal('Welk lampje knippert er?');
    await click(widget, '[data-question-callout] .link');
    await waitUntil(() => widget.shadowRoot!.activeElement?.id === 'loket-message', 'the answer box did not get focus');
    await type(widget, 'Het internetlampje knippert rood.', '#loket-message');
    await click(widget, '[data-send-message]');
    await waitUntil(() => text(widget, '[data-notice]') === 'Uw bericht is toegevoegd.', 'the message was not confirmed');

    expect(added).to.have.length(1);
    expect(added[0]!.text).to.equal('Het internetlampje knippert rood.');
    expect(eventTexts(widget).at(-2)).to.equal('U | Het internetlampje knippert rood.');
    expect(text(widget, '.case-meta .status')).to.equal('In behandeling');
    expect($<HTMLTextAreaElement>(widget, '#loket-message')!.value).to.equal('');
    // No open question any more: an ordinary message box.
    expect(text(widget, 'label[for="loket-message"]')).to.equal('Bericht toevoegen');
    expect($(widget, '[data-question-callout]')).to.equal(null);
  });

  it('keeps a message on this device when there is no connection, and adds it once when the connection is back', async () => {
    const cases = [storedCase(A)];
    const keys: (string | null)[] = [];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    worker.use(
      http.post('*/v1/cases/:reference/messages', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.error();
      }),
    );
    rememberInBrowser([{ reference: A, token: cases[0]!.token, topic: 'billing' }]);
    const widget = await openWidget('en');
    await openCase(widget, A);
    await type(widget, 'The amount is still wrong.', '#loket-message');
    await click(widget, '[data-send-message]');
    await waitUntil(() => $(widget, '[data-notice="queued"]'), 'the kept message was not announced', { timeout: 8000 });
    expect(text(widget, '[data-notice]')).to.equal('No connection. Your message is saved on this device and will be sent automatically when the connection is back.');
    expect(text(widget, '[data-pending-message] .who')).to.equal('You · Waiting to be sent');
    expect(text(widget, '[data-pending-message] .text')).to.equal('The amount is still wrong.');
    expect(await accessibilityViolations(widget)).to.deep.equal([]);

    const added: AddedMessage[] = [];
    worker.resetHandlers();
    worker.use(...siteHandlers, ...caseHandlers(cases, added));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => !$(widget, '[data-pending-message]'), 'the kept message was not sent');
    expect(added).to.have.length(1);
    expect(new Set([...keys, added[0]!.idempotencyKey]).size).to.equal(1);
    expect(eventTexts(widget).at(-1)).to.equal('You | The amount is still wrong.');
  });

  it('does not bring back a kept message that another tab sent while this one was sending', async () => {
    const cases = [storedCase(A)];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    const earlier = { key: 'kept-in-another-tab', text: 'Sent from the other tab.', queuedAt: Date.now() - 60_000 };
    localStorage.setItem('loket:cases:demo', JSON.stringify({ version: 1, cases: [{ reference: A, token: cases[0]!.token, topic: 'billing', filedAt: ago(60), pendingMessages: [earlier] }], pending: [] }));
    worker.use(
      http.post('*/v1/cases/:reference/messages', () => {
        // While this send waits, the other tab's outbox sends its kept message and forgets it.
        const stored = JSON.parse(localStorage.getItem('loket:cases:demo')!) as { cases: { pendingMessages: unknown[] }[] };
        stored.cases[0]!.pendingMessages = [];
        localStorage.setItem('loket:cases:demo', JSON.stringify(stored));
        return HttpResponse.error();
      }),
    );
    const widget = await openWidget('en');
    await openCase(widget, A);
    expect(text(widget, '[data-pending-message] .text')).to.equal('Sent from the other tab.');
    await type(widget, 'The amount is still wrong.', '#loket-message');
    await click(widget, '[data-send-message]');
    await waitUntil(() => $(widget, '[data-notice="queued"]'), 'the kept message was not announced', { timeout: 8000 });
    const stored = JSON.parse(localStorage.getItem('loket:cases:demo')!).cases[0] as { pendingMessages: { text: string }[] };
    expect(stored.pendingMessages.map((item) => item.text)).to.deep.equal(['The amount is still wrong.']);
    expect([...widget.shadowRoot!.querySelectorAll('[data-pending-message] .text')].map((item) => item.textContent!.trim())).to.deep.equal(['The amount is still wrong.']);
  });

  it('keeps what was typed when the server refuses a message, and says what to do', async () => {
    const cases = [storedCase(A)];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    worker.use(http.post('*/v1/cases/:reference/messages', () => HttpResponse.json({ error: { code: 'unauthorized', message: 'no' } }, { status: 403 })));
    rememberInBrowser([{ reference: A, token: cases[0]!.token, topic: 'billing' }]);
    const widget = await openWidget('en');
    await openCase(widget, A);
    await type(widget, 'Still wrong.', '#loket-message');
    await click(widget, '[data-send-message]');
    await waitUntil(() => $(widget, '#loket-message-problem'), 'no problem was shown');
    expect(text(widget, '#loket-message-problem')).to.equal('Your message could not be sent. It is kept here; try again in a moment.');
    expect($<HTMLTextAreaElement>(widget, '#loket-message')!.value).to.equal('Still wrong.');
    // A reload loses nothing either.
    const again = await openWidget('en');
    await openCase(again, A);
    expect($<HTMLTextAreaElement>(again, '#loket-message')!.value).to.equal('Still wrong.');
  });

  it('shows a closed case without a message box, and starts a new report from it', async () => {
    const cases = [storedCase(A, { status: 'closed' })];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    rememberInBrowser([{ reference: A, token: cases[0]!.token, topic: 'billing' }]);
    const widget = await openWidget('en');
    await openCase(widget, A);
    expect($(widget, '#loket-message')).to.equal(null);
    expect(text(widget, '[data-closed]')).to.equal('This case is closed. Still having trouble? Start a new report; you can mention this reference.');
    expect(await accessibilityViolations(widget)).to.deep.equal([]);
    await click(widget, '[data-new-report]');
    expect(heading(widget)).to.equal('What is your question about?');
  });

  it('carries a message into a new report when the case was closed in the meantime', async () => {
    const cases = [storedCase(A, { status: 'in_progress' })];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    rememberInBrowser([{ reference: A, token: cases[0]!.token, topic: 'billing' }]);
    const widget = await openWidget('en');
    await openCase(widget, A);
    cases[0]!.status = 'closed';
    await type(widget, 'One more thing about the bill.', '#loket-message');
    await click(widget, '[data-send-message]');
    await waitUntil(() => $(widget, '[data-closed]'), 'the closed case was not shown');
    expect(text(widget, '[data-message-problem]')).to.equal('This case was closed in the meantime, so your message could not be added. Start a new report: your text goes along.');
    await click(widget, '[data-new-report]');
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    expect($<HTMLTextAreaElement>(widget, '#loket-description')!.value).to.equal('One more thing about the bill.');
  });

  it('explains a case whose token is no longer valid, keeps the typed message and offers to forget it', async () => {
    worker.use(...siteHandlers, ...caseHandlers([]));
    rememberInBrowser([{ reference: A, token: 'expired', topic: 'billing', status: 'in_progress' }]);
    localStorage.setItem('loket:cases:demo', localStorage.getItem('loket:cases:demo')!.replace('"topic":"billing"', '"topic":"billing","messageDraft":"Half getypt"'));
    const widget = await openWidget();
    await openCase(widget, A);
    expect(text(widget, '[data-not-found]')).to.equal('We kunnen deze melding niet meer openen: de code is niet meer geldig. U kunt hem uit deze lijst verwijderen.');
    expect($(widget, '[data-new-report]')).to.not.equal(null);
    expect(await accessibilityViolations(widget)).to.deep.equal([]);
    await click(widget, '[data-forget]');
    expect(heading(widget)).to.equal('Mijn meldingen');
    expect($(widget, `[data-case="${A}"]`)).to.equal(null);
    expect(text(widget, '[data-cases-empty]')).to.equal('U hebt vanuit deze browser nog niets gemeld.');
    expect(JSON.parse(localStorage.getItem('loket:cases:demo')!).cases).to.deep.equal([]);
  });

  it('offers to add to the open case on the chosen topic, with the report text carried over', async () => {
    const cases = [storedCase(A, { status: 'in_progress' })];
    const added: AddedMessage[] = [];
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, ...caseHandlers(cases, added), fileCaseHandler(filed));
    rememberInBrowser([{ reference: A, token: cases[0]!.token, topic: 'billing', status: 'new' }]);
    const widget = await openWidget('en');
    await click(widget, '[data-topic="billing"]');
    expect(heading(widget)).to.equal('You already have an open case about this');
    expect(text(widget, '[data-offer]')).to.equal(`Your case ${A} is still open. Add to it, so you do not have to explain everything again?`);
    expect(await accessibilityViolations(widget)).to.deep.equal([]);

    // "Start a new report" goes on as usual; typed text stays in the report.
    await click(widget, '[data-offer-new]');
    await passSuggestions(widget);
    await type(widget, 'The bill went up again.');
    await click(widget, '.actions .secondary');
    await click(widget, '.actions .secondary');
    await waitUntil(() => heading(widget) === 'What is your question about?', 'back did not reach the topics');
    await click(widget, '[data-topic="billing"]');
    await click(widget, '[data-offer-add]');
    await waitUntil(() => $(widget, '#loket-message'), 'the case did not open');
    expect($<HTMLTextAreaElement>(widget, '#loket-message')!.value).to.equal('The bill went up again.');
    await click(widget, '[data-send-message]');
    await waitUntil(() => $(widget, '[data-notice="sent"]'), 'the message was not added');
    expect(added[0]!.text).to.equal('The bill went up again.');
    expect(filed).to.have.length(0);
    // The report lives on in the case; no half report is waiting.
    expect(localStorage.getItem('loket:draft:demo')).to.equal(null);
  });

  it('does not offer a case that turned out to be solved, and never holds up the report when the check fails', async () => {
    worker.use(...siteHandlers, http.get('*/v1/cases/:reference', () => HttpResponse.error()));
    rememberInBrowser([{ reference: A, token: 'token', topic: 'internet', status: 'solved' }]);
    const widget = await openWidget('en');
    await click(widget, '[data-topic="internet"]');
    expect(heading(widget)).to.equal('Is the modem on?');
  });

  it('opens a case from a link, keeps it in My cases and takes the token out of the address', async () => {
    const cases = [conversation()];
    worker.use(...siteHandlers, ...caseHandlers(cases));
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#loket-case=${A.toLowerCase()}&t=${cases[0]!.token}`);
    try {
      const widget = await openWidget('en');
      await waitUntil(() => $(widget, '.timeline'), 'the linked case did not open');
      expect(heading(widget)).to.equal(`Case ${A}`);
      expect(text(widget, '[data-notice]')).to.equal('This case is now in My cases on this device.');
      expect(location.hash).to.equal('');
      const saved = JSON.parse(localStorage.getItem('loket:cases:demo')!).cases;
      expect(saved).to.have.length(1);
      expect(saved[0]).to.include({ reference: A, token: cases[0]!.token, topic: 'internet', status: 'waiting_for_customer' });
    } finally {
      history.replaceState(null, '', before.replace(/#.*$/, ''));
    }
  });

  it('ignores what is not a list of cases in storage, and works when storage is refused', async () => {
    worker.use(...siteHandlers, ...caseHandlers([]));
    localStorage.setItem('loket:cases:demo', JSON.stringify({ version: 1, cases: [{ reference: 'nope' }, 42], pending: 'x' }));
    const widget = await openWidget('en');
    expect($(widget, '[data-my-cases]')).to.equal(null);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    try {
      const filed: FiledRequest[] = [];
      worker.use(fileCaseHandler(filed));
      await click(widget, '[data-topic="billing"]');
      await passSuggestions(widget);
      await type(widget, 'Bill too high.');
      await next(widget);
      await next(widget);
      await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
      const browser = (filed[0]!.body.contact as { browser: string }).browser;
      expect(browser).to.match(/^[A-Za-z0-9_-]{16,64}$/);
      await click(widget, '[data-my-cases]');
      expect($(widget, `[data-case="${A}"]`)).to.not.equal(null);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
