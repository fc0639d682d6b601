import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Locale, SiteConfig, Topic } from '@loket/sdk';
import type { EnvironmentRow } from '../../internal/environment-rows';
import type { WidgetProblem } from '../../internal/error-message';
import type { Translation } from '../../translations/index';

/** What each step needs to draw itself; the element owns the state and the handlers. */
export type StepContext = {
  t: Translation;
  locale: Locale;
  config: SiteConfig;
  topic?: Topic;
  description: string;
  problem?: WidgetProblem;
  sending: boolean;
  environmentRows: EnvironmentRow[];
  removedCount: number;
  reference?: string;
  copied: boolean;
  onChooseTopic(id: string): void;
  onDescriptionInput(event: InputEvent): void;
  onNext(): void;
  onBack(): void;
  onEdit(step: 'topic' | 'describe'): void;
  onRemoveField(key: string): void;
  onRestoreFields(): void;
  onSend(): void;
  onCopy(): void;
  onNewReport(): void;
  onClose(): void;
};

const heading = (text: string) => html`<h2 id="loket-step-heading" tabindex="-1">${text}</h2>`;

const problemNote = (problem: WidgetProblem | undefined, id = 'loket-problem') =>
  problem ? html`<p class="problem" id=${id} role="alert">${problem.message}</p>` : nothing;

export function topicStep(ctx: StepContext): TemplateResult {
  const { t, locale, config } = ctx;
  return html`${heading(t.topicHeading)}
    <ul class="topics">
      ${config.topics.map(
        (topic) => html`<li>
          <button class="topic" type="button" data-topic=${topic.id} @click=${() => ctx.onChooseTopic(topic.id)}>
            <strong>${topic.label[locale]}</strong>
            ${topic.hint ? html`<span>${topic.hint[locale]}</span>` : nothing}
          </button>
        </li>`,
      )}
    </ul>
    ${problemNote(ctx.problem?.field === 'topic' ? ctx.problem : undefined)}`;
}

export function describeStep(ctx: StepContext): TemplateResult {
  const { t } = ctx;
  const max = ctx.config.limits.descriptionMaxLength;
  const left = max - ctx.description.length;
  const invalid = ctx.problem?.field === 'description';
  return html`${heading(t.describeHeading)}
    <label for="loket-description">${t.describeLabel}</label>
    <p class="hint" id="loket-description-hint">${t.describeHint}</p>
    <textarea
      id="loket-description"
      name="description"
      .value=${ctx.description}
      @input=${ctx.onDescriptionInput}
      aria-describedby=${invalid ? 'loket-description-hint loket-problem loket-counter' : 'loket-description-hint loket-counter'}
      aria-invalid=${invalid ? 'true' : 'false'}
    ></textarea>
    <p class="counter ${left < 0 ? 'over' : ''}" id="loket-counter">${t.charactersLeft(left)}</p>
    ${problemNote(invalid ? ctx.problem : undefined)}
    <div class="actions">
      <button class="button secondary" type="button" @click=${ctx.onBack}>${t.back}</button>
      <button class="button end" type="button" @click=${ctx.onNext}>${t.next}</button>
    </div>`;
}

export function reviewStep(ctx: StepContext): TemplateResult {
  const { t, locale } = ctx;
  return html`${heading(t.reviewHeading)}
    <dl class="summary">
      <dt>${t.reviewTopic} <button class="link" type="button" @click=${() => ctx.onEdit('topic')}>${t.edit}</button></dt>
      <dd>${ctx.topic?.label[locale] ?? ''}</dd>
      <dt>${t.reviewDescription} <button class="link" type="button" @click=${() => ctx.onEdit('describe')}>${t.edit}</button></dt>
      <dd>${ctx.description}</dd>
    </dl>
    <h3>${t.environmentHeading}</h3>
    <p class="hint">${ctx.environmentRows.length > 0 ? t.environmentIntro : t.environmentNone}</p>
    ${ctx.environmentRows.length > 0
      ? html`<ul class="environment">
          ${ctx.environmentRows.map(
            (row) => html`<li data-field=${row.key}>
              <span class="field"><span>${row.label}</span><strong>${row.value}</strong></span>
              <button class="remove" type="button" aria-label=${t.removeField(row.label)} @click=${() => ctx.onRemoveField(row.key)}>${t.remove}</button>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${ctx.removedCount > 0 ? html`<p><button class="link" type="button" @click=${ctx.onRestoreFields}>${t.environmentRestore}</button></p>` : nothing}
    ${problemNote(ctx.problem)}
    <div class="actions">
      <button class="button secondary" type="button" @click=${ctx.onBack} ?disabled=${ctx.sending}>${t.back}</button>
      <button class="button end" type="button" @click=${ctx.onSend} ?disabled=${ctx.sending} aria-busy=${ctx.sending ? 'true' : 'false'}>
        ${ctx.sending ? t.sending : t.send}
      </button>
    </div>`;
}

export function doneStep(ctx: StepContext): TemplateResult {
  const { t, locale } = ctx;
  return html`${heading(t.doneHeading)}
    <p>${t.doneReference}:</p>
    <div class="reference">
      <strong data-reference>${ctx.reference}</strong>
      <button class="button secondary" type="button" @click=${ctx.onCopy}>${ctx.copied ? t.copied : t.copy}</button>
    </div>
    <p data-next-steps>${ctx.config.nextSteps[locale]}</p>
    <div class="actions">
      <button class="button secondary" type="button" @click=${ctx.onNewReport}>${t.newReport}</button>
      <button class="button end" type="button" @click=${ctx.onClose}>${t.close}</button>
    </div>`;
}
