/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fileCaseHandler, siteHandlers, useApiStandIn, worker } from '../../test-support/api-stand-in';
import type { FiledRequest } from '../../test-support/api-stand-in';
import { $, accessibilityViolations, choose, click, heading, next, openWidget, passSuggestions, text, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

type Body = { answers: Record<string, unknown>; environment: Record<string, unknown> };

describe('guided questions', () => {
  it('asks the questions whose conditions hold, shows them on the review and sends them structured', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget();
    await click(widget, '[data-topic="internet"]');
    expect(heading(widget)).to.equal('Staat het modem aan?');
    expect(text(widget, '.progress')).to.match(/^Stap 2 van/);
    await choose(widget, 'yes');
    await next(widget);
    expect(heading(widget)).to.equal('Welk lampje brandt rood?');
    await choose(widget, 'internet');
    await next(widget);
    // Shown because the modem is on and the red light is one of internet or wifi (nested condition).
    expect(heading(widget)).to.equal('Hebt u het modem opnieuw opgestart? (niet verplicht)');
    await choose(widget, 'no');
    await next(widget);
    expect(heading(widget)).to.equal('Sinds wanneer? (niet verplicht)');
    await type(widget, '2026-11-20', 'input[type="date"]');
    await next(widget);
    await passSuggestions(widget);
    await type(widget, 'Geen internet sinds vrijdag.');
    await next(widget);

    expect(text(widget, '[data-answer="modem-on"]')).to.equal('Ja');
    expect(text(widget, '[data-answer="light"]')).to.equal('Internet');
    expect(text(widget, '[data-answer="restarted"]')).to.equal('Nee');
    expect(text(widget, '[data-answer="since"]')).to.equal('20 november 2026');
    await next(widget);
    await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
    expect((filed[0]!.body as Body).answers).to.deep.equal({ 'modem-on': 'yes', light: 'internet', restarted: 'no', since: '2026-11-20' });
  });

  it('skips questions whose condition does not hold and drops their earlier answers', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget();
    await click(widget, '[data-topic="internet"]');
    await choose(widget, 'yes');
    await next(widget);
    await choose(widget, 'wifi');
    await next(widget);
    await click(widget, '.actions .secondary');
    await click(widget, '.actions .secondary');
    expect(heading(widget)).to.equal('Staat het modem aan?');
    expect($<HTMLInputElement>(widget, 'input[value="yes"]')!.checked).to.equal(true);
    await choose(widget, 'no');
    await next(widget);
    expect(heading(widget)).to.equal('Sinds wanneer? (niet verplicht)');
    await next(widget);
    await passSuggestions(widget);
    await type(widget, 'Modem is uit en gaat niet meer aan.');
    await next(widget);
    expect($(widget, '[data-answer="light"]')).to.equal(null);
    await next(widget);
    await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
    expect((filed[0]!.body as Body).answers).to.deep.equal({ 'modem-on': 'no' });
  });

  it('keeps the customer on a required question until it is answered, and says so', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget('en');
    await click(widget, '[data-topic="internet"]');
    await next(widget);
    expect(heading(widget)).to.equal('Is the modem on?');
    expect(text(widget, '[role="alert"]')).to.equal('Answer this question to go on.');
    expect($(widget, 'fieldset')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('asks to confirm or correct the detected operating system when the flow needs it', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget();
    await click(widget, '[data-topic="software"]');
    expect(heading(widget)).to.equal('Klopt dit?');
    await waitUntil(() => !text(widget, '[data-confirm="os"] legend').includes('Niet gevonden'), 'the OS was not detected');
    await click(widget, '[data-confirm="os"] label:nth-of-type(2) input');
    const select = $<HTMLSelectElement>(widget, '#loket-os-name')!;
    select.value = 'Windows';
    select.dispatchEvent(new Event('change'));
    await type(widget, '7', '#loket-os-version');
    await next(widget);
    await passSuggestions(widget);
    await type(widget, 'Het installatieprogramma start niet.');
    await next(widget);
    expect(text(widget, '[data-field="os"] strong')).to.equal('Windows 7');
    expect(text(widget, '[data-field="os"] .field > span')).to.contain('nodig voor dit onderwerp');
    await next(widget);
    await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
    expect((filed[0]!.body as Body).environment.os).to.deep.equal({ name: 'Windows', version: '7', verified: 'corrected' });
  });

  it('marks the detected operating system as confirmed when the customer agrees', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget();
    await click(widget, '[data-topic="software"]');
    await waitUntil(() => $(widget, '[data-confirm="os"] input'), 'the OS was not detected');
    await next(widget);
    await passSuggestions(widget);
    await type(widget, 'De app start niet.');
    await next(widget);
    await next(widget);
    await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
    expect((filed[0]!.body as Body).environment.os).to.have.property('verified', 'confirmed');
  });
});

describe('drafts', () => {
  it('survives a reload: a new widget on the page continues where the customer was', async () => {
    worker.use(...siteHandlers);
    const first = await openWidget();
    await click(first, '[data-topic="internet"]');
    await choose(first, 'yes');
    await next(first);
    await choose(first, 'wifi');
    first.remove();

    const second = await openWidget();
    expect(heading(second)).to.equal('Welk lampje brandt rood?');
    expect($<HTMLInputElement>(second, 'input[value="wifi"]')!.checked).to.equal(true);
    expect(text(second, '.note')).to.contain('We hebben de melding bewaard die u eerder begon.');
  });

  it('is cleared once the case is filed, and can be thrown away', async () => {
    const filed: FiledRequest[] = [];
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const widget = await openWidget();
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    await type(widget, 'Dubbel betaald.');
    expect(localStorage.getItem('loket:draft:demo')).to.contain('Dubbel betaald.');
    await next(widget);
    await next(widget);
    await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
    expect(localStorage.getItem('loket:draft:demo')).to.equal(null);

    const later = await fixture<LoketWidget>(html`<loket-widget site="demo" api=${location.origin}></loket-widget>`);
    later.show();
    await waitUntil(() => $(later, '[data-topic]'), 'the topics did not appear');
    expect(heading(later)).to.equal('Waar gaat uw vraag over?');
  });

  it('starts over on request', async () => {
    worker.use(...siteHandlers);
    const first = await openWidget();
    await click(first, '[data-topic="billing"]');
    await passSuggestions(first);
    await type(first, 'Iets');
    first.remove();
    const second = await openWidget();
    await click(second, '.note .link');
    expect(heading(second)).to.equal('Waar gaat uw vraag over?');
    expect(localStorage.getItem('loket:draft:demo')).to.equal(null);
  });
});

describe('a send that may have reached the server', () => {
  it('is kept on this device when the network fails and sent after a reload with the same idempotency key, so one case results', async () => {
    const keys: (string | null)[] = [];
    worker.use(...siteHandlers, http.post('*/v1/sites/demo/cases', ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      return HttpResponse.error();
    }));
    const first = await openWidget();
    await click(first, '[data-topic="billing"]');
    await passSuggestions(first);
    await type(first, 'Twee keer afgeschreven.');
    await next(first);
    await next(first);
    await waitUntil(() => $(first, '[data-queued]'), 'the kept report was not announced', { timeout: 15000 });
    expect(text(first, '[data-queued]')).to.equal('Geen verbinding. Uw melding is op dit apparaat bewaard en wordt vanzelf verstuurd zodra er weer verbinding is.');
    await waitUntil(() => localStorage.getItem('loket:pending:demo') === '1', 'no marker for the loader was kept');
    first.remove();

    const filed: FiledRequest[] = [];
    worker.resetHandlers();
    worker.use(...siteHandlers, fileCaseHandler(filed));
    const second = await openWidget();
    await waitUntil(() => $(second, '[data-filing-notice="sent"]'), 'the kept report was not sent when the widget opened again');
    expect(text(second, '[data-filing-notice="sent"]')).to.contain('Uw bewaarde melding is verstuurd. Uw kenmerk is LK-4F7Q-92KD.');
    expect(filed).to.have.length(1);
    expect(new Set([...keys, filed[0]!.idempotencyKey]).size).to.equal(1);
    await waitUntil(() => localStorage.getItem('loket:pending:demo') === null, 'the pending marker stayed');
    const myCases = JSON.parse(localStorage.getItem('loket:cases:demo')!);
    expect(myCases.pending).to.deep.equal([]);
    expect(myCases.cases[0]).to.include({ reference: 'LK-4F7Q-92KD', topic: 'billing' });
  });
});

describe('the confirm step', () => {
  it('says, and announces, that a corrected system needs a name', async () => {
    worker.use(...siteHandlers);
    const widget = await openWidget('en');
    await click(widget, '[data-topic="software"]');
    await waitUntil(() => $(widget, '[data-confirm="os"] input'), 'the OS was not detected');
    await click(widget, '[data-confirm="os"] label:nth-of-type(2) input');
    const select = $<HTMLSelectElement>(widget, '#loket-os-name')!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await widget.updateComplete;
    await next(widget);
    expect(text(widget, '[role="alert"]')).to.equal('Answer this question to go on.');
    expect($(widget, '#loket-os-name')!.getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('accessibility', () => {
  it('has no axe violations on any step, in both languages', async () => {
    worker.use(...siteHandlers);
    for (const locale of ['nl', 'en']) {
      localStorage.clear();
      const widget = await openWidget(locale);
      const seen: Record<string, string[]> = {};
      const check = async (name: string) => {
        seen[name] = await accessibilityViolations(widget);
      };
      await check('topic');
      await click(widget, '[data-topic="internet"]');
      await check('yes/no question');
      await next(widget);
      await check('question with an error');
      await choose(widget, 'yes');
      await next(widget);
      await check('single choice');
      await choose(widget, 'internet');
      await next(widget);
      await choose(widget, 'yes');
      await next(widget);
      await check('date');
      await next(widget);
      await waitUntil(() => $(widget, '[data-no-match]'), 'no suggestions step');
      await check('suggestions, none found');
      await next(widget);
      await check('description');
      await type(widget, 'Geen internet.');
      await next(widget);
      await waitUntil(() => $(widget, '[data-field="os"]'), 'no environment');
      await check('review');
      await click(widget, '.summary .link');
      await click(widget, '[data-topic="software"]');
      await check('confirm');
      expect(Object.entries(seen).filter(([, violations]) => violations.length > 0)).to.deep.equal([]);
      widget.remove();
    }
  });
});
