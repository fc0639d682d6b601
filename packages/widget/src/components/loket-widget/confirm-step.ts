import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { BROWSER_NAMES, OS_NAMES, OTHER_NAME } from '@loket/sdk';
import type { Check, ConfirmField, Correction } from '../../internal/corrections';
import type { WidgetProblem } from '../../internal/error-message';
import type { Translation } from '../../translations/index';

/** What the confirm step needs. */
export type ConfirmStepContext = {
  t: Translation;
  fields: readonly ConfirmField[];
  /** What was detected of each field; absent when nothing useful was. */
  detected: Partial<Record<ConfirmField, { name: string; version?: string }>>;
  corrections: Partial<Record<ConfirmField, Correction>>;
  problem?: WidgetProblem;
  onCheck(field: ConfirmField, check: Check): void;
  onNext(): void;
  onBack(): void;
};

const words = (detail?: { name: string; version?: string }) => (detail ? [detail.name, detail.version].filter(Boolean).join(' ') : '');

function fieldCheck(ctx: ConfirmStepContext, field: ConfirmField): TemplateResult {
  const { t } = ctx;
  const found = ctx.detected[field];
  const current = ctx.corrections[field] ?? (found ? { ...found, verified: 'confirmed' as const } : { name: '', verified: 'corrected' as const });
  // Stored values are the same in every language, so support can filter on them; only labels are translated.
  const names: readonly string[] = [...(field === 'os' ? OS_NAMES : BROWSER_NAMES), OTHER_NAME];
  const invalid = Boolean(ctx.problem) && current.verified === 'corrected' && !current.name;
  return html`<fieldset class="check" data-confirm=${field}>
    <legend>${t.fields[field]}: <strong>${words(found) || t.notDetected}</strong></legend>
    ${found
      ? html`<label class="choice"><input type="radio" name="confirm-${field}" .checked=${current.verified === 'confirmed'}
            @change=${() => ctx.onCheck(field, { verified: 'confirmed' })} /><span>${t.confirmYes}</span></label>
          <label class="choice"><input type="radio" name="confirm-${field}" .checked=${current.verified === 'corrected'}
            @change=${() => ctx.onCheck(field, { verified: 'corrected' })} /><span>${t.confirmNo}</span></label>`
      : nothing}
    ${current.verified === 'corrected'
      ? html`<div class="correction">
          <label for="loket-${field}-name">${t.correctLabel[field]}</label>
          <select class="field" part="input" id="loket-${field}-name" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'loket-problem' : nothing}
            @change=${(event: Event) => ctx.onCheck(field, { verified: 'corrected', name: (event.target as HTMLSelectElement).value })}>
            ${names.includes(current.name) ? nothing : html`<option value="" selected disabled>—</option>`}
            ${names.map((name) => html`<option value=${name} ?selected=${name === current.name}>${name === OTHER_NAME ? t.otherName : name}</option>`)}
          </select>
          <label for="loket-${field}-version">${t.correctVersion}</label>
          <input class="field" part="input" type="text" id="loket-${field}-version" .value=${current.version ?? ''}
            @input=${(event: Event) => ctx.onCheck(field, { verified: 'corrected', version: (event.target as HTMLInputElement).value.trim() || undefined })} />
        </div>`
      : nothing}
  </fieldset>`;
}

/** Asks the customer to confirm or correct the detected details a flow depends on. */
export function confirmStep(ctx: ConfirmStepContext): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    ctx.onNext();
  };
  return html`<form @submit=${submit} novalidate>
    <h3 id="loket-step-heading" tabindex="-1">${ctx.t.confirmHeading}</h3>
    <p class="hint">${ctx.t.confirmIntro}</p>
    ${ctx.fields.map((field) => fieldCheck(ctx, field))}
    ${ctx.problem ? html`<p class="problem" id="loket-problem" role="alert">${ctx.problem.message}</p>` : nothing}
    <div class="actions">
      <button class="button secondary" part="button" type="button" @click=${ctx.onBack}>${ctx.t.back}</button>
      <button class="button end" part="button primary-button" type="submit">${ctx.t.next}</button>
    </div>
  </form>`;
}
