/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { markdownToTree, treeText } from '@loket/sdk';
import type { Article } from '@loket/sdk';
import { articlesHandler, attemptsHandler, caseHandlers, configHandler, fileCaseHandler, impressionsHandler, siteHandlers, storedCase, useApiStandIn, worker } from './test-support/api-stand-in';
import type { FiledRequest } from './test-support/api-stand-in';
import { $, click, fileAfterUnhelpfulArticle, heading, type } from './test-support/widget-driver';
import { addScriptTag, launcherButton, win } from './test-support/script-tag-driver';
import type { LoketEventName } from './events/event-map';

useApiStandIn();

afterEach(() => {
  win.Loket?.destroy();
  document.querySelectorAll('script[src*="loket"]').forEach((element) => element.remove());
});

const widgetOnPage = () => document.querySelector('loket-widget');

/** The console warnings `act` causes. */
async function warningsOf(act: () => Promise<void>): Promise<string[]> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (message: string) => warnings.push(String(message));
  try {
    await act();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('window.Loket', () => {
  it('replays the calls made before the UI loaded, in the order they were made; only open() loads it', async () => {
    worker.use(...siteHandlers);
    await addScriptTag({ 'data-site': 'demo', 'data-locale': 'en' });
    const Loket = win.Loket!;
    const heard: string[] = [];
    const onOpen = (event: Event) => heard.push(event.type);
    void Loket.on('open', onOpen);
    void Loket.setContext({ plan: 'pro' });
    void Loket.identify({ email: 'jan@example.com' });
    await pause(50);
    expect(widgetOnPage() === null, 'the widget is on the page').to.equal(true);

    const opened = Loket.open();
    void Loket.off('open', onOpen);
    void Loket.on('close', (event) => heard.push(event.type));
    void Loket.close();
    // Heard by nobody: the handler was taken off before it.
    const openedAgain = Loket.open();
    await Promise.all([opened, openedAgain]);
    const widget = widgetOnPage()!;
    expect(heard).to.deep.equal(['loket-open', 'loket-close']);
    expect(widget.open).to.equal(true);
    expect(widget.context).to.deep.equal({ plan: 'pro' });
    expect(launcherButton()!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('says so in the console when data-api is no address, and talks to the server loket.js came from', async () => {
    worker.use(...siteHandlers);
    await addScriptTag({ 'data-site': 'demo', 'data-locale': 'en', 'data-api': 'http://[no-address' });
    const warnings = await warningsOf(async () => {
      void win.Loket!.open();
      await waitUntil(() => widgetOnPage(), 'the widget never came', { timeout: 5000 });
    });
    expect(warnings).to.deep.equal([`[loket] data-api="http://[no-address" is no address; using ${location.origin}.`]);
    expect(widgetOnPage()!.getAttribute('api')).to.equal(location.origin);
  });

  it('opens on a topic’s first question with what the page filled in, and warns about a topic the site does not have', async () => {
    worker.use(...siteHandlers);
    await addScriptTag({ 'data-site': 'demo', 'data-locale': 'en' });
    await win.Loket!.open({ topic: 'internet', prefill: { answers: { 'modem-on': 'no' } } });
    const widget = widgetOnPage()!;
    await waitUntil(() => heading(widget) === 'Is the modem on?', 'the window did not open on the topic', { timeout: 5000 });
    expect($<HTMLInputElement>(widget, 'input[value="no"]')!.checked).to.equal(true);

    const warnings = await warningsOf(async () => {
      await win.Loket!.open({ topic: 'tv' });
      await waitUntil(() => heading(widget) === 'What is your question about?', 'the topics did not show');
      await pause(100);
    });
    expect(warnings).to.deep.equal(['[loket] No topic "tv" on this site. Topics: internet, software, billing.']);
  });

  it('calls the handlers given to on() with each event of a report, from opening to a message on the case', async function () {
    // A whole report and a message, on a machine that may be busy.
    this.timeout(30_000);
    const body = markdownToTree('Controleer uw saldo.');
    const articles: Article[] = [{ id: 'direct-debit-failed', locale: 'nl', title: 'Automatische incasso mislukt', topics: ['billing'], tags: [], questions: ['incasso mislukt'], text: treeText(body), body }];
    const filed: FiledRequest[] = [];
    worker.use(configHandler, articlesHandler(articles), attemptsHandler(), impressionsHandler(), fileCaseHandler(filed), ...caseHandlers([storedCase('LK-4F7Q-92KD', { token: 'token-1' })]));
    await addScriptTag({ 'data-site': 'demo' });
    const heard: { name: string; detail: unknown }[] = [];
    const names: LoketEventName[] = ['open', 'close', 'suggestions-shown', 'article-outcome', 'case-filed', 'message-sent'];
    for (const name of names) void win.Loket!.on(name, (event) => heard.push({ name, detail: event.detail }));
    // Like every call before the UI is here, on() waits for it: open() loads it.
    const warnings = await warningsOf(async () => {
      void win.Loket!.on('filed' as LoketEventName, () => {});
      await win.Loket!.open();
    });
    expect(warnings).to.deep.equal([`[loket] No event "filed". Events: ${names.join(', ')}.`]);
    const widget = widgetOnPage()!;
    await waitUntil(() => $(widget, '[data-topic="billing"]'), 'the topics did not show');
    await click(widget, '[data-topic="billing"]');
    await waitUntil(() => $(widget, '[data-article]'), 'no article was suggested');
    await fileAfterUnhelpfulArticle(widget, 'direct-debit-failed', 'De incasso is twee keer afgeschreven.');
    await click(widget, '[data-my-cases]');
    await click(widget, '[data-case="LK-4F7Q-92KD"]');
    await waitUntil(() => $(widget, '#loket-message'), 'the case did not open');
    await type(widget, 'Het is nog niet teruggeboekt.', '#loket-message');
    await click(widget, '[data-send-message]');
    await waitUntil(() => heard.some((event) => event.name === 'message-sent'), 'no message-sent');
    await win.Loket!.close();

    const article = { id: 'direct-debit-failed', title: 'Automatische incasso mislukt' };
    expect(heard).to.deep.equal([
      { name: 'open', detail: {} },
      { name: 'suggestions-shown', detail: { topic: 'billing', articles: [article] } },
      { name: 'article-outcome', detail: { article, outcome: 'opened' } },
      { name: 'article-outcome', detail: { article, outcome: 'not_solved' } },
      { name: 'case-filed', detail: { reference: 'LK-4F7Q-92KD' } },
      { name: 'message-sent', detail: { reference: 'LK-4F7Q-92KD' } },
      { name: 'close', detail: {} },
    ]);
  });

  it('without a launcher (data-position="none"), opens when the page asks and gives focus back to the page on close', async () => {
    worker.use(...siteHandlers);
    const help = document.createElement('button');
    help.textContent = 'Help';
    help.onclick = () => void win.Loket!.open();
    document.body.append(help);
    try {
      await addScriptTag({ 'data-site': 'demo', 'data-position': 'none', 'data-locale': 'en' });
      expect(launcherButton() === null, 'a launcher is drawn').to.equal(true);
      help.focus();
      help.click();
      await waitUntil(() => widgetOnPage()?.open, 'the window did not open');
      const widget = widgetOnPage()!;
      await waitUntil(() => $(widget, 'header .icon-button'), 'the window did not render');
      await click(widget, 'header .icon-button');
      expect(document.activeElement === help, 'focus is not back on the page’s button').to.equal(true);
    } finally {
      help.remove();
    }
  });

  it('puts the launcher and the window on the left with data-position="bottom-left"', async () => {
    worker.use(...siteHandlers);
    await addScriptTag({ 'data-site': 'demo', 'data-position': 'bottom-left' });
    expect(launcherButton()!.getBoundingClientRect().left).to.equal(20);
    await win.Loket!.open();
    const widget = widgetOnPage()!;
    await waitUntil(() => $(widget, '.panel') && widget.shadowRoot!.getAnimations().length === 0, 'the window did not settle');
    expect($(widget, '.panel')!.getBoundingClientRect().left).to.equal(20);
  });

  it('gives lit the nonce of data-nonce for a strict Content Security Policy, while the widget is on the page', async () => {
    worker.use(...siteHandlers);
    const page = window as { litNonce?: string };
    await addScriptTag({ 'data-site': 'demo', 'data-nonce': 'r4nd0m' });
    await win.Loket!.open();
    expect(page.litNonce).to.equal('r4nd0m');
    win.Loket!.destroy();
    expect(page.litNonce).to.equal(undefined);
  });
});

/** What code from the built widget files left on the page: listeners on what outlives the widget, and timers not yet run. */
function watchLeftovers() {
  const ours = () => /\/packages\/widget\/dist\//.test(new Error().stack ?? '');
  const listeners = new Set<{ target: EventTarget; type: string; listener: unknown }>();
  const timers = new Set<number>();
  const original = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    requestIdleCallback: window.requestIdleCallback,
    cancelIdleCallback: window.cancelIdleCallback,
  };
  // The browser's timer functions must be called on the window.
  const bound = {
    setTimeout: original.setTimeout.bind(window),
    clearTimeout: original.clearTimeout.bind(window),
    setInterval: original.setInterval.bind(window),
    requestIdleCallback: original.requestIdleCallback.bind(window),
    cancelIdleCallback: original.cancelIdleCallback.bind(window),
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    // A bare addEventListener() call is the window's.
    if (ours()) listeners.add({ target: this ?? window, type, listener });
    return original.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    for (const entry of listeners) if (entry.target === (this ?? window) && entry.type === type && entry.listener === listener) listeners.delete(entry);
    return original.remove.call(this, type, listener, options);
  };
  const track = <Args extends unknown[]>(schedule: (run: () => void, ...rest: Args) => number) =>
    ((run: () => void, ...rest: Args) => {
      if (!ours()) return schedule(run, ...rest);
      const id = schedule(() => {
        timers.delete(id);
        run();
      }, ...rest);
      timers.add(id);
      return id;
    }) as never;
  window.setTimeout = track(bound.setTimeout as never);
  window.requestIdleCallback = track(bound.requestIdleCallback as never);
  window.setInterval = ((...args: Parameters<typeof setInterval>) => {
    if (ours()) timers.add(-1);
    return bound.setInterval(...args);
  }) as typeof setInterval;
  window.clearTimeout = ((id: number) => {
    timers.delete(id);
    bound.clearTimeout(id);
  }) as typeof clearTimeout;
  window.cancelIdleCallback = (id: number) => {
    timers.delete(id);
    bound.cancelIdleCallback(id);
  };
  return {
    /** Listeners on the window, the document and whatever else outlives the widget's own (removed) elements. */
    listeners: () => [...listeners].filter(({ target }) => !(target instanceof Node) || target.isConnected).map(({ target, type }) => `${target.constructor.name} ${type}`),
    timers: () => timers.size,
    stop: () => {
      EventTarget.prototype.addEventListener = original.add;
      EventTarget.prototype.removeEventListener = original.remove;
      Object.assign(window, { setTimeout: original.setTimeout, clearTimeout: original.clearTimeout, setInterval: original.setInterval, requestIdleCallback: original.requestIdleCallback, cancelIdleCallback: original.cancelIdleCallback });
    },
  };
}

describe('Loket.destroy()', () => {
  it('leaves nothing behind: no element, listener, observer, timer or window.Loket; the script tag starts it again', async () => {
    worker.use(...siteHandlers, fileCaseHandler([]));
    const leftovers = watchLeftovers();
    const page = `${location.pathname}${location.search}`;
    try {
      // Something kept on this device: the loader schedules sending it when the page is idle.
      localStorage.setItem('loket:pending:demo', '1');
      await addScriptTag({ 'data-site': 'demo', 'data-locale': 'en' });
      await win.Loket!.open({ topic: 'billing' });
      const widget = widgetOnPage()!;
      await waitUntil(() => $(widget, '#loket-description, [data-no-match], .suggestions'), 'the report did not start');
      await type(widget, 'Something to keep the suggestions busy.', 'textarea').catch(() => {});
      const closed: string[] = [];
      void win.Loket!.on('close', (event) => closed.push(event.type));
      win.Loket!.destroy();

      expect(document.querySelectorAll('[data-loket], loket-widget')).to.have.length(0);
      expect(win.Loket).to.equal(undefined);
      expect(closed).to.deep.equal([]);
      // One-off work already under way (reading the environment, warming up date formats) may finish; nothing repeats.
      await pause(1200);
      expect(leftovers.listeners()).to.deep.equal([]);
      expect(leftovers.timers()).to.equal(0);
      // A case link or a language change reaches nothing any more.
      location.hash = 'loket-case=LK-7HJK-3MNP&t=token';
      document.documentElement.lang = 'en';
      await pause(300);
      expect(widgetOnPage() === null, 'the widget is on the page').to.equal(true);
      expect(location.hash).to.equal('#loket-case=LK-7HJK-3MNP&t=token');
    } finally {
      leftovers.stop();
      history.replaceState(null, '', page);
    }

    await addScriptTag({ 'data-site': 'demo', 'data-locale': 'en' });
    expect(launcherButton()!.textContent).to.equal('Help');
    launcherButton()!.click();
    await waitUntil(() => widgetOnPage()?.open, 'the widget did not open again');
    expect(document.querySelectorAll('loket-widget')).to.have.length(1);
  });
});
