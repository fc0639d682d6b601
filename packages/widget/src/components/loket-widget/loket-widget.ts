import { html, LitElement, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { captureEnvironment, CaseInputSchema, createClient, findFieldErrors } from '@loket/sdk';
import type { CaseInput, Environment, LoketClient, SiteConfig } from '@loket/sdk';
import { LoketCaseFiledEvent, LoketCloseEvent } from '../../events/widget-events';
import { describeEnvironment, withoutRemoved } from '../../internal/environment-rows';
import { explainError, explainFieldError } from '../../internal/error-message';
import type { WidgetProblem } from '../../internal/error-message';
import { pickLocale, translationFor } from '../../translations/index';
import { styles } from './loket-widget.styles';
import { describeStep, doneStep, reviewStep, topicStep } from './steps';
import type { StepContext } from './steps';

/** The steps of a report, in order. */
export const STEPS = { topic: 'topic', describe: 'describe', review: 'review', done: 'done' } as const;
/** A step of a report. */
export type Step = (typeof STEPS)[keyof typeof STEPS];

const NUMBERED_STEPS: Step[] = [STEPS.topic, STEPS.describe, STEPS.review];

/**
 * The Loket support window: the customer picks a topic, describes the problem, checks the
 * technical details that will be sent, and files a case.
 *
 * @attr site - The site key, as configured on the Loket server.
 * @attr api - Address of the Loket server. Default: this page's origin.
 * @attr locale - `nl` or `en`. Default: the page's `<html lang>`.
 * @attr open - Whether the window is shown.
 * @event loket-case-filed - A case was filed; `detail.reference` holds its reference.
 * @event loket-close - The customer closed the window.
 * @cssproperty --loket-accent - Colour of the header and the main buttons.
 * @cssproperty --loket-font - Font family.
 * @cssproperty --loket-radius - Corner radius of the window.
 */
export class LoketWidget extends LitElement {
  static override styles = styles;

  static override properties = {
    site: { type: String },
    api: { type: String },
    locale: { type: String },
    open: { type: Boolean, reflect: true },
    _config: { state: true },
    _configProblem: { state: true },
    _step: { state: true },
    _topicId: { state: true },
    _description: { state: true },
    _environment: { state: true },
    _removed: { state: true },
    _sending: { state: true },
    _problem: { state: true },
    _reference: { state: true },
    _copied: { state: true },
  };

  declare site: string;
  declare api: string | undefined;
  declare locale: string | undefined;
  declare open: boolean;
  declare _config: SiteConfig | undefined;
  declare _configProblem: string | undefined;
  declare _step: Step;
  declare _topicId: string;
  declare _description: string;
  declare _environment: Environment;
  declare _removed: ReadonlySet<string>;
  declare _sending: boolean;
  declare _problem: WidgetProblem | undefined;
  declare _reference: string | undefined;
  declare _copied: boolean;

  /** The host page's own context, sent with the environment (`Loket.setContext`). */
  context: Record<string, string | number | boolean> = {};

  #client: LoketClient | undefined;
  #configRequest: Promise<void> | undefined;
  /** The idempotency key of the last send, kept while the report stays the same. */
  #attempt: { key: string; fingerprint: string } | undefined;
  #focusHeading = false;

  constructor() {
    super();
    this.site = '';
    this.open = false;
    this._step = STEPS.topic;
    this._topicId = '';
    this._description = '';
    this._environment = {};
    this._removed = new Set();
    this._sending = false;
    this._copied = false;
  }

  // The page may switch languages while the window is open (<html lang> changes).
  #languageObserver = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.#languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver.disconnect();
  }

  /** Opens the window and moves focus into it. */
  show(): void {
    this.open = true;
    this.#focusHeading = true;
    void this.#loadConfig();
  }

  /** Closes the window; what the customer typed is kept for when it opens again. */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new LoketCloseEvent());
  }

  get #locale() {
    return pickLocale(this.locale, document.documentElement.lang);
  }

  get #t() {
    return translationFor(this.#locale);
  }

  #getClient(): LoketClient {
    this.#client ??= createClient({ baseUrl: this.api || location.origin, site: this.site });
    return this.#client;
  }

  #loadConfig(): Promise<void> {
    if (this._config) return Promise.resolve();
    this.#configRequest ??= this.#getClient()
      .config.get()
      .then((config) => {
        this._config = config;
        this._configProblem = undefined;
      })
      .catch((error: unknown) => {
        const problem = explainError(error, this.#t, 0);
        this._configProblem = problem.message === this.#t.errors.server ? this.#t.errors.configUnavailable : problem.message;
        if ((error as { code?: string }).code === 'site_not_found') {
          console.warn(`[loket] Site '${this.site}' is not configured on ${this.api || location.origin}. Check the data-site attribute of the script tag.`);
        }
      })
      .finally(() => {
        this.#configRequest = undefined;
      });
    return this.#configRequest;
  }

  #goTo(step: Step) {
    this._step = step;
    this.#focusHeading = true;
  }

  #fieldProblem(path: 'topic' | 'description'): WidgetProblem | undefined {
    const input: CaseInput = { topic: this._topicId, description: this._description };
    const field = findFieldErrors(CaseInputSchema, input).find((error) => error.path === path);
    return field ? explainFieldError(field, this.#t, this._config?.limits.descriptionMaxLength ?? 0) : undefined;
  }

  async #enterReview() {
    this._problem = this.#fieldProblem('description');
    if (this._problem) {
      this.#focusDescription();
      return;
    }
    this._environment = await captureEnvironment({ context: this.context });
    this.#goTo(STEPS.review);
  }

  async #send() {
    if (this._sending) return;
    const input: CaseInput = {
      topic: this._topicId,
      description: this._description,
      environment: withoutRemoved(this._environment, this._removed),
      locale: this.#locale,
    };
    const fingerprint = JSON.stringify(input);
    if (this.#attempt?.fingerprint !== fingerprint) this.#attempt = { key: crypto.randomUUID(), fingerprint };
    this._sending = true;
    this._problem = undefined;
    try {
      const created = await this.#getClient().cases.create(input, { idempotencyKey: this.#attempt.key });
      this.#attempt = undefined;
      this._reference = created.reference;
      this.#goTo(STEPS.done);
      this.dispatchEvent(new LoketCaseFiledEvent({ reference: created.reference }));
    } catch (error) {
      this._problem = explainError(error, this.#t, this._config?.limits.descriptionMaxLength ?? 0);
      if (this._problem.field === 'description') {
        this.#goTo(STEPS.describe);
      } else if (this._problem.field === 'topic') {
        this.#goTo(STEPS.topic);
      }
    } finally {
      this._sending = false;
    }
  }

  #startNewReport() {
    this._topicId = '';
    this._description = '';
    this._removed = new Set();
    this._reference = undefined;
    this._problem = undefined;
    this._copied = false;
    this.#goTo(STEPS.topic);
  }

  async #copyReference() {
    try {
      await navigator.clipboard.writeText(this._reference ?? '');
      this._copied = true;
    } catch {
      // Clipboard access can be refused; the reference stays visible to copy by hand.
    }
  }

  #focusDescription() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.hide();
    }
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.open || !this.#focusHeading) return;
    // While the configuration loads there is no heading yet; keep the request until there is.
    const heading = this.renderRoot.querySelector<HTMLElement>('#loket-step-heading');
    if (heading) {
      this.#focusHeading = false;
      heading.focus();
    }
  }

  #stepContext(config: SiteConfig): StepContext {
    const t = this.#t;
    return {
      t,
      locale: this.#locale,
      config,
      topic: config.topics.find((topic) => topic.id === this._topicId),
      description: this._description,
      problem: this._problem,
      sending: this._sending,
      environmentRows: describeEnvironment(this._environment, t, this.#locale).filter((row) => !this._removed.has(row.key)),
      removedCount: this._removed.size,
      reference: this._reference,
      copied: this._copied,
      onChooseTopic: (id) => {
        this._topicId = id;
        this._problem = undefined;
        this.#goTo(STEPS.describe);
      },
      onDescriptionInput: (event) => {
        this._description = (event.target as HTMLTextAreaElement).value;
        if (this._problem?.field === 'description') this._problem = this.#fieldProblem('description');
      },
      onNext: () => void this.#enterReview(),
      onBack: () => {
        this._problem = undefined;
        this.#goTo(this._step === STEPS.review ? STEPS.describe : STEPS.topic);
      },
      onEdit: (step) => this.#goTo(step),
      onRemoveField: (key) => {
        this._removed = new Set([...this._removed, key]);
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.environment .remove, #loket-step-heading')?.focus());
      },
      onRestoreFields: () => {
        this._removed = new Set();
      },
      onSend: () => void this.#send(),
      onCopy: () => void this.#copyReference(),
      onNewReport: () => this.#startNewReport(),
      onClose: () => this.hide(),
    };
  }

  #renderBody() {
    const t = this.#t;
    if (!this._config) {
      if (!this._configProblem) return html`<p role="status">${t.loading}</p>`;
      return html`<h2 id="loket-step-heading" tabindex="-1">${t.title}</h2>
        <p class="problem" role="alert">${this._configProblem}</p>
        <div class="actions"><button class="button" type="button" @click=${() => void this.#loadConfig()}>${t.retry}</button></div>`;
    }
    const ctx = this.#stepContext(this._config);
    const number = NUMBERED_STEPS.indexOf(this._step) + 1;
    const progress =
      number > 0
        ? html`<div class="progress">${t.stepOf(number, NUMBERED_STEPS.length)}
            <div class="progress-bar" aria-hidden="true"><span style=${styleMap({ width: `${(number / NUMBERED_STEPS.length) * 100}%` })}></span></div>
          </div>`
        : nothing;
    const render = { topic: topicStep, describe: describeStep, review: reviewStep, done: doneStep }[this._step];
    return html`${progress}${render(ctx)}`;
  }

  protected override render() {
    const t = this.#t;
    return html`<section class="panel" role="dialog" aria-modal="false" aria-labelledby="loket-title" @keydown=${this.#onKeydown}>
      <header>
        <h1 id="loket-title">${this._config ? `${this._config.name} · ${t.title}` : t.title}</h1>
        <button class="icon-button" type="button" aria-label=${t.close} @click=${() => this.hide()}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" fill="none"/></svg>
        </button>
      </header>
      <div class="body">${this.#renderBody()}</div>
    </section>`;
  }
}
