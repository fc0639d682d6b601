import { html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { createCaseClient } from '@loket/sdk';
import type { Answers, CaseClient, Environment, Flow, SiteConfig } from '@loket/sdk';
import { LoketCaseFiledEvent, LoketCloseEvent, LoketOpenEvent } from '../../events/widget-events';
import { EMPTY_REPORT } from '../../internal/draft-store';
import type { Report } from '../../internal/draft-store';
import { explainError } from '../../internal/error-message';
import type { WidgetProblem } from '../../internal/error-message';
import type { ArticleQuery } from '../../internal/knowledge';
import { neighbourStep, reportSteps } from '../../internal/report-steps';
import type { StepKey } from '../../internal/report-steps';
import { addStyles } from '../../internal/add-styles';
import type { Identity, OpenOptions } from '../../internal/open-options';
import { loadCasesTranslation, loadedCasesTranslation, loadedTranslation, loadTranslation } from '../../translations/load-translation';
import { pickLocale } from '../../translations/pick-locale';
import type { Translation } from '../../translations/en';
import type { Delivery } from './delivery';
import { FilingController } from './filing-controller';
import { OutboxController } from './outbox-controller';
import { CasesController } from './my-cases-controller';
import type { renderCases } from './my-cases-views';
import { styles } from './loket-widget.styles';
import { loaded } from '../../internal/loaded';
import { whenIdle } from '../../internal/when-idle';
import { ConfigController } from './config-controller';
import type { StepSource } from './step-specifics';
import { topicStep } from './topic-step';
import type { TopicStepContext } from './topic-step';
import { ReportController } from './report-controller';
import type { StepView } from './render-step';
import type { SelfHelpController } from './self-help-controller';

/** The report's views and logic after the topic step: a chunk of their own (`report-kit.ts`). */
type ReportKit = typeof import('./report-kit');

/**
 * The Loket support window: the customer picks a topic, answers the company's questions for it,
 * checks the detected details, gets the articles that fit, describes the problem, reviews
 * everything and files a case. A report in progress is kept in the browser until it is filed; one
 * that cannot be sent waits in the outbox and goes out when the connection is back. My cases lists
 * the cases filed from this browser: their status, replies and a box to add a message. A case link
 * in the address (`#loket-case=LK-…&t=<token>`) opens that case.
 *
 * Open it with `show()`, close it with `hide()`; `open` tells (and reflects) whether it is shown.
 * `show({ topic, prefill })` starts a report on a topic's first question with answers and a
 * description filled in (`OpenOptions`); `identify({ email, name, signature })` fills in who the
 * customer is, and with the site's signature marks the case's contact verified (`Identity`). The
 * script tag's `window.Loket` calls these. The events below bubble and cross the shadow root.
 * With `mode="inline"` it is part of the page instead: a region in the page's flow, as wide as its
 * container, shown from the start, with no close button.
 *
 * Theming: the `--loket-*` custom properties below (set them on `loket-widget` or an ancestor;
 * the launcher of the script tag reads the accent, font, focus and offset ones too), the parts
 * below for `loket-widget::part(…)` rules, and `theme`. The colours other than the accent are those
 * of the light scheme; the dark scheme has its own (WCAG AA), with the page's `--loket-accent-dark`.
 * For a dark scheme of your own, set `theme="light"` and your colours in your own media query.
 *
 * @attr site - The site key, as configured on the Loket server.
 * @attr api - Address of the Loket server. Default: this page's origin.
 * @attr locale - `nl` or `en`. Default: the page's `<html lang>`, else the site's language.
 * @attr open - Whether the window is shown; set by `show()` and `hide()`.
 * @attr mode - `inline` to render in the page's flow (a help page's own form); else a floating window above the launcher.
 * @attr topic - Inline: the topic to start on, at its first question. A topic the site does not have shows the list of topics and warns in the console.
 * @attr theme - `light`, `dark` or `system` (the default: follows `prefers-color-scheme`).
 * @attr position - `bottom-left` opens the floating window on the left, above a launcher there (the script tag's `data-position`); by default it is on the right.
 * @event {LoketOpenEvent} loket-open - The window opened.
 * @event {LoketCloseEvent} loket-close - The window closed.
 * @event {LoketSuggestionsShownEvent} loket-suggestions-shown - Suggested articles are shown; `detail.articles` lists them (`id`, `title`), best first, `detail.topic` is the report's topic. Again only when the list changes.
 * @event {LoketArticleOutcomeEvent} loket-article-outcome - The customer opened an article or said whether it helped; `detail.article` (`id`, `title`), `detail.outcome` is `opened`, `solved` or `not_solved`.
 * @event {LoketCaseFiledEvent} loket-case-filed - A case was filed (also one kept on the device while offline, once sent); `detail.reference` holds its reference.
 * @event {LoketMessageSentEvent} loket-message-sent - The customer's message on a case reached support (also one kept while offline, once sent); `detail.reference` is the case's.
 * @cssproperty [--loket-accent=#0b6e79] - Colour of the header, the main buttons and links (light scheme).
 * @cssproperty [--loket-accent-text=#ffffff] - Text on the accent colour (light scheme).
 * @cssproperty [--loket-accent-dark=#7cd] - The accent in the dark scheme; it is also the colour of links on the dark background.
 * @cssproperty [--loket-accent-text-dark=#022] - Text on the accent colour in the dark scheme.
 * @cssproperty [--loket-text=#1a2426] - Colour of the text (light scheme).
 * @cssproperty [--loket-muted=#4d5b5e] - Colour of hints and other secondary text (light scheme).
 * @cssproperty [--loket-surface=#ffffff] - Background of the window and its fields (light scheme).
 * @cssproperty [--loket-subtle=#f1f5f6] - Background of hovered choices and quiet panels (light scheme).
 * @cssproperty [--loket-border=#c9d3d5] - Colour of borders (light scheme).
 * @cssproperty [--loket-danger=#b3261e] - Colour of problems and errors (light scheme).
 * @cssproperty [--loket-focus=#1a73e8] - Colour of the focus ring (light scheme).
 * @cssproperty [--loket-radius=14px] - Corner radius of the window.
 * @cssproperty [--loket-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--loket-z-index=2147480000] - Stacking order of the floating window (the launcher's is 2147483000).
 * @cssproperty [--loket-offset-x=20px] - Distance of the launcher and the window from the right edge; the window also keeps clear of the safe area (`env(safe-area-inset-right)`).
 * @cssproperty [--loket-offset-y=20px] - Distance of the launcher from the bottom edge; the window opens 68px above it, also clear of the safe area (`env(safe-area-inset-bottom)`). Raise it to clear the page's own fixed buttons.
 * @csspart window - The window: floating, or the region inline.
 * @csspart header - The bar at the top, in the accent colour.
 * @csspart title - The heading in the header.
 * @csspart close - The header's close button (not inline).
 * @csspart body - The scrolling area below the header, with the current step.
 * @csspart topic - Each topic on the first step.
 * @csspart button - Every button with a label (Back, Next, Send, Copy, …).
 * @csspart primary-button - The main button of a step (Next, Send, Close, …), also `button`.
 * @csspart input - Text boxes, date and text fields, and lists to choose from.
 * @csspart article - The text of an article the customer reads.
 */
export class LoketWidget extends LitElement {
  static override styles = styles;

  static override properties = {
    site: { type: String },
    api: { type: String },
    locale: { type: String },
    open: { type: Boolean, reflect: true },
    mode: { reflect: true },
    topic: {},
    _environment: { state: true },
    _problem: { state: true },
  };

  declare site: string;
  declare api: string | undefined;
  declare locale: string | undefined;
  declare open: boolean;
  /** `inline`: part of the page's flow instead of a floating window (see the class's docs). */
  declare mode: 'floating' | 'inline' | undefined;
  /** Inline: the topic whose first question the report starts on. */
  declare topic: string | undefined;
  /** What was detected of the customer's environment, before corrections and removals. */
  declare _environment: Environment;
  declare _problem: WidgetProblem | undefined;

  /** The host page's own context, sent with the environment (`Loket.setContext`). */
  context: Record<string, string | number | boolean> = {};

  #client: CaseClient | undefined;
  #focusHeading = false;
  #reports = new ReportController(this, () => this.site);
  #configs = new ConfigController(this, () => this.#getClient(), () => ({ site: this.site, api: this.api || location.origin }));
  #cases = new CasesController(this, {
    site: () => this.site, client: () => this.#getClient(), delivery: () => this.#delivery(),
    focusHeading: () => { this.#focusHeading = true; }, carriedSent: () => this.#reports.startOver(),
    afterRender: (act) => void this.updateComplete.then(() => act(this.renderRoot)),
  });
  #filing = new FilingController(this, { site: () => this.site, delivery: () => this.#delivery(), cases: this.#cases });
  #outbox = new OutboxController(this, {
    site: () => this.site,
    api: () => this.#apiUrl().href,
    kept: {
      reports: this.#reports, filing: this.#filing, cases: this.#cases,
      explain: (error) => explainError(error, this.#texts, this._config?.limits.descriptionMaxLength ?? 0).message,
      dispatch: (event) => this.dispatchEvent(event),
    },
  });
  /** The report's steps after the topic: fetched on intent to choose a topic, or for a report past it. */
  #kit: ReportKit | undefined;
  /** Self-help (articles, ranking, attempts): it comes with the report kit. */
  #selfHelp: SelfHelpController | undefined;
  #kitLoading: Promise<void> | undefined;
  #kitFailed = false;
  /** The views of My cases: a chunk of their own, fetched when the customer first goes there. */
  #casesViews: typeof renderCases | undefined;
  #casesViewsLoading: Promise<void> | undefined;
  /** The language whose texts of My cases `#casesViewsLoading` fetches. */
  #casesViewsLocale: string | undefined;
  // The page may switch languages while the window is open (<html lang> changes).
  #languageObserver = new MutationObserver(() => this.requestUpdate());
  #stopWatchingRoutes: (() => void) | undefined;
  /** A report the page asked for (`show({ topic })`) is being started. */
  #starting = false;
  /** Who the host page says the customer is (`identify()`). */
  #identity: Identity = {};
  /** Inline, focus moves with the steps only once the customer has used the widget: a page that opens must keep its own. */
  #engaged = false;
  #engage = () => { this.#engaged = true; };

  constructor() {
    super();
    this.site = '';
    this.open = false;
    this._environment = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver.disconnect();
    this.#stopWatchingRoutes?.();
  }

  /**
   * Opens the window, picks up a report the customer started earlier, and moves focus into it.
   * With a case link in the address (`#loket-case=LK-…&t=…`), opens that case and keeps it in My cases.
   * With `options.topic`, opens on that topic's first question; `options.prefill` fills the report
   * in (see {@link OpenOptions}).
   */
  show(options: OpenOptions = {}): void {
    const wasOpen = this.open;
    this.#reports.restore();
    this.#cases.reload();
    if (location.hash.includes('loket-case=')) void import('../../internal/case-link').then(({ openCaseLink }) => openCaseLink(this.#cases), () => {});
    else {
      void this.#cases.checkOpenCases();
      if (options.topic !== undefined || options.prefill) void this.#start(options);
    }
    // What waits in the outbox may come back refused, explained in the customer's language.
    void loadTranslation(this.#locale).then(() => this.#outbox.flushIfPending(), () => {});
    this.open = true;
    this.#focusHeading = true;
    void this.#loadConfig();
    // The page may have changed since the last opening (a single-page app's route): read it again.
    if (this.#kit) this.#captureEnvironment(this.#kit);
    if (!wasOpen) this.dispatchEvent(new LoketOpenEvent());
  }

  /**
   * Tells the widget who the customer is, e.g. once they logged in on the host page: the address
   * and name fill the report's fields (the customer still sees and may change them), and a
   * `signature` from the company's backend marks the case's contact verified. See {@link Identity}.
   */
  identify(identity: Identity = {}): void {
    this.#identity = identity;
    this.requestUpdate();
  }

  /** Starts the report the page asked for (`show({ topic, prefill })`) once the site's topics and the report kit are here. */
  async #start(options: OpenOptions): Promise<void> {
    // Meanwhile the window says it is loading, rather than show the topics the page skips.
    this.#starting = true;
    await this.#loadConfig();
    const config = this._config;
    if (config) {
      this.#loadReportKit();
      await this.#kitLoading;
      this.#kit?.startReport({
        topics: config.topics,
        report: this._report,
        change: (patch) => this.#change(patch),
        startOver: () => this.#startNewReport(),
        chooseTopic: (id, answers) => this.#chooseTopic(id, answers),
        showTopics: () => this.#goTo('topic', true),
      }, options);
    }
    this.#starting = false;
    this.requestUpdate();
  }

  /** Reads the page's address again: a single-page app may have changed its route since the environment was read. */
  #refreshPage = (): void => {
    if (this.#kit) this._environment = this.#kit.withCurrentPage(this._environment);
  };

  /**
   * Reads the environment again when the browser is idle, e.g. when the window opens on another
   * page of a single-page app; the steps go on showing what was read before meanwhile.
   */
  #captureEnvironment(kit: ReportKit): void {
    const capture = () => void kit.captureEnvironment({ context: this.context }).then((environment) => {
      this._environment = environment;
    });
    void this.updateComplete.then(() => whenIdle(capture));
  }

  /**
   * Fetches the report's steps after the topic, once, and reads the environment before they show:
   * they show and rank with it (the OS to confirm, articles for this system). Reading it is quick
   * (Temporal for the time zone, client hints within 300 ms). A failed fetch is offered again.
   */
  #loadReportKit(): void {
    this.#kitLoading ??= import('./report-kit').then(
      async (kit) => {
        this._environment = await kit.captureEnvironment({ context: this.context }).catch(() => ({}));
        addStyles(this.renderRoot as ShadowRoot, kit.reportStyles);
        const selfHelp = kit.createSelfHelpClient({ baseUrl: this.#apiUrl(), site: this.site });
        this.#selfHelp = new kit.SelfHelpController(this, () => selfHelp, () => this.#attemptReport());
        this.#kit = kit;
        this.#kitFailed = false;
        // A single-page app's route changes, followed once there is an environment to keep current.
        this.#stopWatchingRoutes = kit.watchRouteChanges(this.#refreshPage);
        this.requestUpdate();
        // Ahead of the review and the receipt, which format dates and language names, in idle moments.
        kit.warmUpIntl(this.#locale);
      },
      () => {
        this.#kitLoading = undefined;
        this.#kitFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** The report kit, for handlers of views that only it draws. */
  get #reportKit(): ReportKit {
    return loaded(this.#kit);
  }

  /** Self-help, for handlers of views that only the report kit draws. */
  get #help(): SelfHelpController {
    return loaded(this.#selfHelp);
  }

  /** Inline: part of the page's flow, not a floating window. */
  get #inline(): boolean {
    return this.mode === 'inline';
  }

  /** Closes the window; what the customer typed is kept for when it opens again. */
  hide(): void {
    // Inline, the window is part of the page and stays.
    if (!this.open || this.#inline) return;
    this.open = false;
    this.dispatchEvent(new LoketCloseEvent());
  }

  get #locale() {
    return pickLocale(this.locale, document.documentElement.lang, this._config?.defaultLocale);
  }

  /**
   * The texts in the customer's language; `undefined` until its chunk has arrived (it is requested
   * here, and the window renders again when it is in). Never another language meanwhile: a
   * moment of an empty window beats a flash of words the customer may not read.
   */
  get #t(): Translation | undefined {
    const locale = this.#locale;
    const texts = loadedTranslation(locale);
    if (!texts) loadTranslation(locale).then(() => this.requestUpdate(), () => {});
    return texts;
  }

  /**
   * The texts, for code that runs after the window rendered them (handlers, replies from the
   * server); the loader's flush of kept reports waits for them first.
   */
  get #texts(): Translation {
    return loaded(this.#t);
  }

  get #flow(): Flow | undefined {
    return this._config?.topics.find((topic) => topic.id === this._report.topic);
  }

  get #steps(): StepKey[] {
    return reportSteps(this.#flow, this._report.answers);
  }

  get _report(): Report {
    return this.#reports.report;
  }

  #change(patch: Partial<Report>) {
    this.#reports.change(patch);
  }

  /**
   * Sends what the customer kept on this device earlier (reports, messages), without opening the
   * window; the loader calls it when the page opens while something waits. Never rejects.
   */
  async flushOutbox(): Promise<void> {
    // A refused report is explained to the customer in their language.
    await loadTranslation(this.#locale).catch(() => {});
    return this.#outbox.flush();
  }

  #delivery(): Delivery {
    return this.#outbox.delivery();
  }

  #apiUrl(): URL {
    return new URL(this.api || location.origin, location.href);
  }

  #getClient(): CaseClient {
    this.#client ??= createCaseClient({ baseUrl: this.#apiUrl(), site: this.site });
    return this.#client;
  }

  get _config(): SiteConfig | undefined {
    return this.#configs.config;
  }

  #loadConfig(): Promise<void> {
    return this.#configs.load(() => {
      // A draft for a topic the site no longer has: keep what was typed, choose again.
      if (this._report.topic && !this.#flow) this.#reports.replace({ ...EMPTY_REPORT, description: this._report.description });
    });
  }

  /** Moves to a step of the report; `leaveCases` first leaves My cases (the offer, a case). */
  #goTo(step: StepKey, leaveCases = false) {
    if (this.#filing.sending) return;
    if (leaveCases) this.#cases.leave();
    this.#refreshPage();
    this.#change({ step });
    this._problem = undefined;
    this.#filing.notice = undefined;
    this.#focusHeading = true;
  }

  #next() {
    const { detected, findStepProblem, confirmUnchanged, contactFields } = this.#reportKit;
    const report = this._report;
    const found = { os: detected(this._environment, 'os'), browser: detected(this._environment, 'browser') };
    const problem = findStepProblem({ ...report, ...contactFields(report, this.#identity), flow: this.#flow, detected: found, descriptionMaxLength: this._config?.limits.descriptionMaxLength ?? 0 }, this.#texts);
    if (problem) {
      this._problem = problem;
      const field = problem.field === 'email' ? '#loket-email' : '#loket-answer, #loket-description, .correction select';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(field)?.focus());
      return;
    }
    if (report.step === 'confirm') this.#change({ corrections: confirmUnchanged(this.#flow?.environment.confirm ?? [], this._environment, report.corrections) });
    if (report.step === 'suggest' && this.#help.suggestions(this.#articleQuery())?.length === 0) void this.#help.recordOutcome('no_match');
    this.#goTo(neighbourStep(this.#steps, report.step, 1));
  }

  /** The environment as it will be sent: detected, corrected where the customer said so, minus removed fields. */
  #environmentToSend(): Environment {
    const { withoutRemoved, applyCorrections } = this.#reportKit;
    return withoutRemoved(applyCorrections(this._environment, this._report.corrections), new Set(this._report.removed));
  }

  /** The report so far, as the ranking sees it. */
  #articleQuery(): ArticleQuery {
    return this.#reportKit.articleQueryOf(this._report, this.#flow, this.#locale, this.#environmentToSend());
  }

  #attemptReport() {
    return this.#reportKit.attemptReportOf(this.#articleQuery(), this._report, this.#flow, this.#locale);
  }

  async #articleOutcome(outcome: 'solved' | 'not_solved') {
    const selfHelp = this.#help;
    const article = selfHelp.openArticle;
    if (!article) return;
    await selfHelp.recordOutcome(outcome, article);
    selfHelp.close();
    if (outcome === 'solved') {
      this.#goTo('solved');
      this.#reports.finish();
      return;
    }
    this.#change({ articlesTried: [...this._report.articlesTried.filter((tried) => tried.article !== article), { article, outcome }] });
    selfHelp.typing = selfHelp.typing.filter((item) => item.id !== article);
    // "Did not help" goes on to filing: the description, then the review.
    this.#goTo(this._report.step === 'suggest' ? 'describe' : this._report.step);
  }

  async #send() {
    const flow = this.#flow;
    if (this.#filing.sending || !flow) return;
    const { caseInputOf, browserId } = this.#reportKit;
    this.#refreshPage();
    const attempt = this.#reports.prepareSend(this.#locale, () => caseInputOf(this._report, flow, this.#locale, this.#environmentToSend(), browserId(this.site), this.#identity));
    this.#reports.frozen = true;
    this._problem = undefined;
    try {
      const delivered = await this.#filing.file(attempt);
      this.#reports.frozen = false;
      this.#goTo('done');
      this.#reports.finish();
      if (delivered.status === 'sent') this.dispatchEvent(new LoketCaseFiledEvent({ reference: delivered.result.reference }));
    } catch (error) {
      this.#reports.frozen = false;
      this.#showSendProblem(error, flow);
    }
  }

  #showSendProblem(error: unknown, flow: Flow) {
    const { step, problem } = this.#reportKit.placeSendProblem(error, flow, this.#texts, this._config?.limits.descriptionMaxLength ?? 0);
    if (step) this.#goTo(step);
    this._problem = problem;
    if (!step) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#loket-problem')?.focus());
  }

  /** Starts a new report, with `description` already in it when given (text carried from a case). */
  #startNewReport(description = '') {
    this.#reports.startOver();
    if (description) this.#change({ description });
    this.#filing.reset();
    this.#cases.leave();
    this._problem = undefined;
    this.#selfHelp?.reset();
  }

  /** Fetches the views of My cases and their texts in the customer's language; asked again on the next render when either failed. */
  #loadCasesViews(): void {
    const locale = this.#locale;
    if (this.#casesViewsLoading && this.#casesViewsLocale === locale) return;
    this.#casesViewsLocale = locale;
    this.#casesViewsLoading = Promise.all([import('./my-cases-views'), loadCasesTranslation(locale)]).then(
      ([views]) => {
        addStyles(this.renderRoot as ShadowRoot, views.myCasesStyles);
        this.#casesViews = views.renderCases;
        this.requestUpdate();
      },
      () => {
        // Asked for again on the next render (a click, a reply, reopening the window).
        this.#casesViewsLoading = undefined;
      },
    );
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.#inline) {
      event.stopPropagation();
      this.hide();
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Inline, the window is part of the page: shown from the start, on the page's topic if it names one.
    if (this.#inline && (!this.open || changed.has('topic'))) this.show({ topic: this.topic || undefined });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Articles and the ranking are fetched once a topic is chosen, while the customer answers its questions.
    if (this.open && this._config && this._report.topic) {
      this.#selfHelp?.load(this.#locale);
      this.#outbox.prepare();
    }
    // A customer with cases on this device may look at them: their views are fetched ahead.
    if (this.open && this.#cases.count > 0) this.#loadCasesViews();
    if (this.#inline && !this.#engaged) this.#focusHeading = false;
    if (!this.open || !this.#focusHeading) return;
    // While the configuration loads there is no heading yet; keep the request until there is.
    const heading = this.renderRoot.querySelector<HTMLElement>('#loket-step-heading');
    if (heading) {
      this.#focusHeading = false;
      heading.focus();
    }
  }

  /** What the step-specific views may read and do; getters, so handlers see the state when they run. */
  #stepSource(): StepSource {
    const widget = this;
    return {
      get report() { return widget._report; },
      get flow() { return widget.#flow; },
      get environment() { return widget._environment; },
      selfHelp: this.#help,
      articleQuery: () => this.#articleQuery(),
      change: (patch) => this.#change(patch),
      clearProblem: (field) => {
        if (!field || this._problem?.field === field) this._problem = undefined;
      },
      root: this.renderRoot,
      afterRender: (act) => void this.updateComplete.then(() => act(this.renderRoot)),
      focusHeading: () => { this.#focusHeading = true; },
      articleOutcome: (outcome) => void this.#articleOutcome(outcome),
    };
  }

  /**
   * Goes on with topic `id`, with `answers` (from the page) over the report's own; a report on
   * another topic starts its answers afresh.
   */
  #chooseTopic(id: string, answers: Answers = {}): void {
    this.#loadReportKit();
    if (id !== this._report.topic) this.#change({ topic: id, answers: {}, corrections: {}, articlesTried: [] });
    this.#change({ answers: { ...this._report.answers, ...answers } });
    // An open case on this topic: offer to add to it first, so the customer need not start over.
    const open = this.#cases.openCaseFor(id);
    if (open) this.#cases.offer(open.reference);
    else this.#goTo(neighbourStep(this.#steps, 'topic', 1), true);
  }

  /** What the topic step needs; the other steps get it too. */
  #topicView(config: SiteConfig, t: Translation): TopicStepContext {
    return {
      t,
      locale: this.#locale,
      config,
      flow: this.#flow,
      problem: this._problem,
      casesCount: this.#cases.count,
      onChooseTopic: (id) => this.#chooseTopic(id),
      onTopicIntent: () => this.#loadReportKit(),
      onMyCases: () => this.#cases.openList(),
    };
  }

  #stepView(kit: ReportKit, config: SiteConfig, t: Translation): StepView {
    const report = this._report;
    return {
      ...this.#topicView(config, t),
      ...kit.reportDetails({ report, flow: this.#flow, environment: this._environment, t, locale: this.#locale, title: (id) => this.#help.title(id), identity: this.#identity }),
      sending: this.#filing.sending,
      filed: this.#filing.filed,
      queued: this.#filing.queued?.reason,
      copied: this.#filing.copied,
      onNext: () => this.#next(),
      onBack: () => this.#goTo(neighbourStep(this.#steps, report.step, -1)),
      onEdit: (step) => this.#goTo(step),
      onSend: () => void this.#send(),
      onCopy: () => void this.#filing.copy(),
      onNewReport: () => this.#startNewReport(),
      // Inline there is no window to close.
      onClose: this.#inline ? undefined : () => this.hide(),
      ...kit.stepSpecifics(this.#stepSource()),
    };
  }

  /** A part of the window on its way (configuration, a chunk), below `notice` if there is one. */
  #loading(t: Translation, notice: TemplateResult | typeof nothing = nothing) {
    return html`${notice}<p role="status" data-loading>${t.loading}</p>`;
  }

  /** A part of the window that could not load: why, and a button to try again. */
  #loadProblem(t: Translation, retry: () => void, message = t.errors.configUnavailable) {
    return html`<h3 id="loket-step-heading" tabindex="-1">${t.title}</h3>
      <p class="problem" role="alert">${message}</p>
      <div class="actions"><button class="button" part="button primary-button" type="button" @click=${retry}>${t.retry}</button></div>`;
  }

  #renderBody(t: Translation) {
    if (!this._config) {
      if (!this.#configs.error) return this.#loading(t);
      const problem = explainError(this.#configs.error, t, 0).message;
      return this.#loadProblem(t, () => void this.#loadConfig(), problem === t.errors.server ? undefined : problem);
    }
    const notice = this.#filing.noticeView?.(t, this.#filing.notice, () => this.#cases.openList()) ?? nothing;
    if (this.#cases.view) {
      const renderCases = this.#casesViews;
      // The page may switch languages while My cases is open: its texts come with their chunk.
      const casesTexts = loadedCasesTranslation(this.#locale);
      if (!renderCases || !casesTexts) {
        this.#loadCasesViews();
        return this.#loading(t, notice);
      }
      const onNewReport = (text: string) => this.#startNewReport(text);
      const onContinueReport = () => this.#goTo(neighbourStep(this.#steps, 'topic', 1), true);
      const onAddToCase = (reference: string) => this.#cases.addTo(reference, this._report.description);
      return html`${notice}${renderCases({ t: { ...t, cases: casesTexts }, locale: this.#locale, config: this._config, cases: this.#cases, articleTitle: (id) => this.#selfHelp?.title(id) ?? id, onNewReport, onContinueReport, onAddToCase })}`;
    }
    const restored = this.#reports.restored && !['done', 'solved'].includes(this._report.step)
      ? html`<p class="note" role="status">${t.draftRestored} <button class="link" type="button" @click=${() => this.#startNewReport()}>${t.startOver}</button></p>`
      : nothing;
    // The first step is drawn by this chunk; the others wait for the report kit.
    if (this._report.step === 'topic' && !this.#starting) return html`${notice}${restored}${topicStep(this.#topicView(this._config, t))}`;
    const kit = this.#kit;
    if (!kit) {
      if (this.#kitFailed) {
        return this.#loadProblem(t, () => {
          this.#kitFailed = false;
          this.#focusHeading = true;
          this.#loadReportKit();
        });
      }
      this.#loadReportKit();
      return this.#loading(t, notice);
    }
    const view = this.#stepView(kit, this._config, t);
    return html`${notice}${restored}${kit.progressBar(view, this.#steps)}${kit.renderStep(view)}`;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    // For the few milliseconds until the customer's language has arrived: the empty window.
    // Inline, it is a region of the page (a section named by its heading), not a dialog, and has no close button.
    const dialog = !this.#inline;
    const role = dialog ? 'dialog' : nothing;
    const modal = dialog ? 'false' : nothing;
    if (!t) return html`<section class="panel" part="window" role=${role} aria-modal=${modal} aria-label="Loket" aria-busy="true"></section>`;
    return html`<section class="panel" part="window" role=${role} aria-modal=${modal} aria-labelledby="loket-title" @keydown=${this.#onKeydown} @pointerdown=${this.#engage} @focusin=${this.#engage}>
      <header part="header">
        <h2 id="loket-title" part="title">${this._config ? `${this._config.name} · ${t.title}` : t.title}</h2>
        ${dialog ? html`<button class="icon-button" part="close" type="button" aria-label=${t.close} @click=${() => this.hide()}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" fill="none"/></svg>
        </button>` : nothing}
      </header>
      <div class="body" part="body">${this.#renderBody(t)}</div>
    </section>`;
  }
}
