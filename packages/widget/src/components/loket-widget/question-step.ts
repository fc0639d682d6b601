import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TemplateResult } from 'lit';
import type { Answer, Locale, Question } from '@loket/sdk';
import type { WidgetProblem } from '../../internal/error-message';
import type { Translation } from '../../translations/index';

/** What a question step needs; the element owns the answers. */
export type QuestionStepContext = {
  t: Translation;
  locale: Locale;
  question: Question;
  answer: Answer | undefined;
  problem?: WidgetProblem;
  onAnswer(answer: Answer): void;
  onNext(): void;
  onBack(): void;
};

const INPUT_ID = 'loket-answer';

function choices(ctx: QuestionStepContext, type: 'radio' | 'checkbox', options: { id: string; label: string }[]) {
  const chosen = Array.isArray(ctx.answer) ? ctx.answer : ctx.answer === undefined ? [] : [ctx.answer];
  const toggle = (id: string, checked: boolean) => {
    if (type === 'radio') return ctx.onAnswer(id);
    ctx.onAnswer(checked ? [...chosen.filter((item) => item !== id), id] : chosen.filter((item) => item !== id));
  };
  return html`<fieldset class="choices" aria-labelledby="loket-step-heading" aria-describedby=${describedBy(ctx)} aria-invalid=${ctx.problem ? 'true' : 'false'}>
    ${options.map(
      (option, index) => html`<label class="choice">
        <input
          type=${type}
          name=${ctx.question.id}
          value=${option.id}
          id=${index === 0 ? INPUT_ID : nothing}
          .checked=${live(chosen.includes(option.id))}
          @change=${(event: Event) => toggle(option.id, (event.target as HTMLInputElement).checked)}
        />
        <span>${option.label}</span>
      </label>`,
    )}
  </fieldset>`;
}

function describedBy(ctx: QuestionStepContext): string {
  return [ctx.question.hint ? 'loket-question-hint' : '', ctx.problem ? 'loket-problem' : ''].filter(Boolean).join(' ');
}

function control(ctx: QuestionStepContext): TemplateResult {
  const { question, locale, t } = ctx;
  const text = typeof ctx.answer === 'string' ? ctx.answer : '';
  const onInput = (event: Event) => ctx.onAnswer((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const common = { describedBy: describedBy(ctx), invalid: ctx.problem ? 'true' : 'false' };
  switch (question.kind) {
    case 'single':
      return choices(ctx, 'radio', (question.options ?? []).map((option) => ({ id: option.id, label: option.label[locale] })));
    case 'multiple':
      return choices(ctx, 'checkbox', (question.options ?? []).map((option) => ({ id: option.id, label: option.label[locale] })));
    case 'yesno':
      return choices(ctx, 'radio', [{ id: 'yes', label: t.yes }, { id: 'no', label: t.no }]);
    case 'longtext':
      return html`<textarea part="input" id=${INPUT_ID} aria-labelledby="loket-step-heading" aria-describedby=${common.describedBy} aria-invalid=${common.invalid} .value=${live(text)} @input=${onInput}></textarea>`;
    case 'date':
      return html`<input class="field" part="input" type="date" id=${INPUT_ID} aria-labelledby="loket-step-heading" aria-describedby=${common.describedBy} aria-invalid=${common.invalid} .value=${live(text)} @input=${onInput} />`;
    default:
      return html`<input class="field" part="input" type="text" id=${INPUT_ID} aria-labelledby="loket-step-heading" aria-describedby=${common.describedBy} aria-invalid=${common.invalid} .value=${live(text)} @input=${onInput} />`;
  }
}

/** One guided question, with the control its kind calls for. Enter goes on, as in any form. */
export function questionStep(ctx: QuestionStepContext): TemplateResult {
  const { question, locale, t } = ctx;
  const submit = (event: Event) => {
    event.preventDefault();
    ctx.onNext();
  };
  return html`<form @submit=${submit} novalidate>
    <h3 id="loket-step-heading" tabindex="-1">${question.label[locale]}${question.required ? nothing : html` <span class="optional">${t.optional}</span>`}</h3>
    ${question.hint ? html`<p class="hint" id="loket-question-hint">${question.hint[locale]}</p>` : nothing}
    ${control(ctx)}
    ${ctx.problem ? html`<p class="problem" id="loket-problem" role="alert">${ctx.problem.message}</p>` : nothing}
    <div class="actions">
      <button class="button secondary" part="button" type="button" @click=${ctx.onBack}>${t.back}</button>
      <button class="button end" part="button primary-button" type="submit">${t.next}</button>
    </div>
  </form>`;
}
