import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { NAME_MAX_LENGTH } from '@loket/sdk';
import type { Answers, Flow, Locale, Question, SiteConfig } from '@loket/sdk';
import { answerText } from '../../internal/answer-text';
import { closeButton } from './close-button';
import { respondByText } from '../../internal/respond-by';
import type { QueueReason } from './delivery';
import { withReference } from './reference-text';
import { triedArticles } from './self-help-views';
import { heading } from './step-heading';
import { problemNote } from './problem-note';
import type { EnvironmentRow } from '../../internal/environment-rows';
import type { WidgetProblem } from '../../internal/error-message';
import type { StepKey } from '../../internal/report-steps';
import type { Translation } from '../../translations/index';

/** What the fixed steps need to draw themselves; the element owns the state and the handlers. */
export type StepContext = {
  t: Translation;
  locale: Locale;
  config: SiteConfig;
  flow?: Flow;
  answers: Answers;
  /** The questions shown for these answers, in order. */
  questions: Question[];
  description: string;
  problem?: WidgetProblem;
  sending: boolean;
  environmentRows: (EnvironmentRow & { needed: boolean })[];
  removedCount: number;
  /** A needed environment field was removed. */
  neededRemoved: boolean;
  /** Articles the customer tried that did not help, by title. */
  tried: { title: string }[];
  /** Where updates go, if the customer wants them. */
  email: string;
  /** The customer's name, if given. */
  name: string;
  /** The case just filed: its reference, whether the report joined an open case, and when support responds. */
  filed?: { reference: string; linked: boolean; respondBy: string | null };
  /** The report just sent is kept on this device, to be sent when the connection is back; and why. */
  queued?: QueueReason;
  copied: boolean;
  /** How many cases My cases holds; its entry shows only when there are any. */
  casesCount: number;
  onChooseTopic(id: string): void;
  /** The customer may be about to choose a topic (pointer over or focus on the list): fetch what the next steps need. */
  onTopicIntent(): void;
  onDescriptionInput(event: InputEvent): void;
  onNameInput(event: InputEvent): void;
  onEmailInput(event: InputEvent): void;
  onMyCases(): void;
  onNext(): void;
  onBack(): void;
  onEdit(step: StepKey): void;
  onRemoveField(key: string): void;
  onRestoreFields(): void;
  onSend(): void;
  onCopy(): void;
  onNewReport(): void;
  /** Closes the window; none inline, where the window is part of the page. */
  onClose: (() => void) | undefined;
};

const editButton = (ctx: StepContext, step: StepKey, label: string) =>
  html`<button class="link" type="button" aria-label="${ctx.t.edit}: ${label}" @click=${() => ctx.onEdit(step)}>${ctx.t.edit}</button>`;

export function describeStep(ctx: StepContext): TemplateResult {
  const { t } = ctx;
  const max = ctx.config.limits.descriptionMaxLength;
  const left = max - ctx.description.length;
  const invalid = ctx.problem?.field === 'description';
  const emailInvalid = ctx.problem?.field === 'email';
  const submit = (event: Event) => {
    event.preventDefault();
    ctx.onNext();
  };
  return html`<form @submit=${submit} novalidate>
    ${heading(t.describeHeading)}
    <label for="loket-description">${t.describeLabel}</label>
    <p class="hint" id="loket-description-hint">${t.describeHint}</p>
    <textarea
      part="input"
      id="loket-description"
      name="description"
      .value=${ctx.description}
      @input=${ctx.onDescriptionInput}
      aria-describedby=${invalid ? 'loket-description-hint loket-problem loket-counter' : 'loket-description-hint loket-counter'}
      aria-invalid=${invalid ? 'true' : 'false'}
    ></textarea>
    <p class="counter ${left < 0 ? 'over' : ''}" id="loket-counter">${t.charactersLeft(left)}</p>
    ${problemNote(invalid ? ctx.problem : undefined)}
    <label for="loket-name" class="email-label">${t.nameLabel} <span class="optional">${t.optional}</span></label>
    <input id="loket-name" class="field" part="input" type="text" name="name" autocomplete="name" maxlength=${NAME_MAX_LENGTH} .value=${ctx.name} @input=${ctx.onNameInput} />
    <label for="loket-email" class="email-label">${t.emailLabel} <span class="optional">${t.optional}</span></label>
    <p class="hint" id="loket-email-hint">${t.emailHint}</p>
    <input
      id="loket-email"
      class="field"
      part="input"
      type="email"
      name="email"
      autocomplete="email"
      spellcheck="false"
      .value=${ctx.email}
      @input=${ctx.onEmailInput}
      aria-describedby=${emailInvalid ? 'loket-email-hint loket-problem' : 'loket-email-hint'}
      aria-invalid=${emailInvalid ? 'true' : 'false'}
    />
    ${problemNote(emailInvalid ? ctx.problem : undefined)}
    <div class="actions">
      <button class="button secondary" part="button" type="button" @click=${ctx.onBack}>${t.back}</button>
      <button class="button end" part="button primary-button" type="submit">${t.next}</button>
    </div>
  </form>`;
}

function answersSummary(ctx: StepContext): TemplateResult | typeof nothing {
  if (ctx.questions.length === 0) return nothing;
  const { t, locale } = ctx;
  return html`<h4>${t.reviewAnswers}</h4>
    <dl class="summary answers">
      ${ctx.questions.map(
        (question) => html`<dt>${question.label[locale]} ${editButton(ctx, `question:${question.id}`, question.label[locale])}</dt>
          <dd data-answer=${question.id}>${answerText(question, ctx.answers[question.id], t, locale)}</dd>`,
      )}
    </dl>`;
}

function environmentList(ctx: StepContext): TemplateResult {
  const { t } = ctx;
  return html`<h4 id="loket-environment-heading" tabindex="-1">${t.environmentHeading}</h4>
    <p class="hint">${ctx.environmentRows.length > 0 ? t.environmentIntro : t.environmentNone}</p>
    ${ctx.environmentRows.length > 0
      ? html`<ul class="environment">
          ${ctx.environmentRows.map(
            (row) => html`<li data-field=${row.key}>
              <span class="field"><span>${row.label}${row.needed ? html` · <em>${t.neededForTopic}</em>` : nothing}</span><strong>${row.value}</strong></span>
              <button class="remove" type="button" aria-label=${t.removeField(row.label)} @click=${() => ctx.onRemoveField(row.key)}>${t.remove}</button>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${ctx.neededRemoved ? html`<p class="note" role="status">${t.neededWarning}</p>` : nothing}
    ${ctx.removedCount > 0 ? html`<p><button class="link" type="button" @click=${ctx.onRestoreFields}>${t.environmentRestore}</button></p>` : nothing}`;
}

export function reviewStep(ctx: StepContext): TemplateResult {
  const { t, locale } = ctx;
  const topicLabel = ctx.flow?.label[locale] ?? '';
  return html`${heading(t.reviewHeading)}
    <dl class="summary">
      <dt>${t.reviewTopic} ${editButton(ctx, 'topic', t.reviewTopic)}</dt>
      <dd>${topicLabel}</dd>
    </dl>
    ${answersSummary(ctx)}
    <dl class="summary">
      <dt>${t.reviewDescription} ${editButton(ctx, 'describe', t.reviewDescription)}</dt>
      <dd data-description>${ctx.description}</dd>
      ${ctx.name.trim() ? html`<dt>${t.nameLabel} ${editButton(ctx, 'describe', t.nameLabel)}</dt><dd data-name>${ctx.name.trim()}</dd>` : nothing}
      ${ctx.email.trim() ? html`<dt>${t.reviewEmail} ${editButton(ctx, 'describe', t.reviewEmail)}</dt><dd data-email>${ctx.email.trim()}</dd>` : nothing}
    </dl>
    ${triedArticles(ctx.t, ctx.tried)}
    ${environmentList(ctx)}
    ${problemNote(ctx.problem)}
    <div class="actions">
      <button class="button secondary" part="button" type="button" @click=${ctx.onBack} aria-disabled=${ctx.sending ? 'true' : 'false'}>${t.back}</button>
      <button class="button end" part="button primary-button" type="button" data-send @click=${ctx.onSend} aria-disabled=${ctx.sending ? 'true' : 'false'} aria-busy=${ctx.sending ? 'true' : 'false'}>
        ${ctx.sending ? t.sending : t.send}
      </button>
    </div>`;
}

export function doneStep(ctx: StepContext): TemplateResult {
  const { t, locale } = ctx;
  const myCases = html`<button class="link" type="button" data-my-cases @click=${ctx.onMyCases}>${t.viewMyCases}</button>`;
  if (ctx.queued || !ctx.filed) {
    return html`${heading(t.queuedHeading)}
      <p class="note" role="status" data-queued>${ctx.queued === 'unavailable' ? t.queuedUnavailable : t.queuedText}</p>
      <p>${myCases}</p>
      <div class="actions">
        <button class="button secondary" part="button" type="button" @click=${ctx.onNewReport}>${t.newReport}</button>
        ${closeButton(t, ctx.onClose)}
      </div>`;
  }
  const { reference, linked, respondBy } = ctx.filed;
  return html`${heading(t.doneHeading)}
    ${linked ? html`<p class="note" data-linked>${withReference(t.linkedCase, reference)}</p>` : nothing}
    <p>${t.doneReference}:</p>
    <div class="reference">
      <strong data-reference>${reference}</strong>
      <button class="button secondary" part="button" type="button" @click=${ctx.onCopy}>${ctx.copied ? t.copied : t.copy}</button>
    </div>
    <p data-next-steps>${respondByText(t, locale, respondBy) ?? ctx.config.nextSteps[locale]}</p>
    <p>${myCases}</p>
    <div class="actions">
      <button class="button secondary" part="button" type="button" @click=${ctx.onNewReport}>${t.newReport}</button>
      ${closeButton(t, ctx.onClose)}
    </div>`;
}
