import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Browser, Os } from '@loket/sdk';
import type { Translation } from '../../translations/index';

import type { Check, ConfirmField, Correction } from '../../internal/corrections';

/** What the confirm step needs. */
export type ConfirmStepContext = {
  t: Translation;
  fields: readonly ConfirmField[];
  detected: { os?: Os; browser?: Browser };
  corrections: Partial<Record<ConfirmField, Correction>>;
  onCheck(field: ConfirmField, check: Check): void;
  onNext(): void;
  onBack(): void;
};

const words = (detail?: { name: string; version?: string }) => (detail ? [detail.name, detail.version].filter(Boolean).join(' ') : '');

function fieldCheck(ctx: ConfirmStepContext, field: ConfirmField): TemplateResult {
  const { t } = ctx;
  const detected = ctx.detected[field];
  const current = ctx.corrections[field] ?? (detected ? { ...detected, verified: 'confirmed' as const } : { name: '', verified: 'corrected' as const });
  const names = field === 'os' ? t.osNames : t.browserNames;
  return html`<fieldset class="check" data-confirm=${field}>
    <legend>${t.fields[field]}: <strong>${words(detected) || t.notDetected}</strong></legend>
    ${detected
      ? html`<label class="choice"><input type="radio" name="confirm-${field}" .checked=${current.verified === 'confirmed'}
            @change=${() => ctx.onCheck(field, { verified: 'confirmed' })} /><span>${t.confirmYes}</span></label>
          <label class="choice"><input type="radio" name="confirm-${field}" .checked=${current.verified === 'corrected'}
            @change=${() => ctx.onCheck(field, { verified: 'corrected' })} /><span>${t.confirmNo}</span></label>`
      : nothing}
    ${current.verified === 'corrected'
      ? html`<div class="correction">
          <label for="loket-${field}-name">${t.correctLabel[field]}</label>
          <select class="field" id="loket-${field}-name" @change=${(event: Event) => ctx.onCheck(field, { verified: 'corrected', name: (event.target as HTMLSelectElement).value })}>
            ${current.name === '' ? html`<option value="" selected disabled>—</option>` : nothing}
            ${names.map((name) => html`<option value=${name} ?selected=${name === current.name}>${name}</option>`)}
          </select>
          <label for="loket-${field}-version">${t.correctVersion}</label>
          <input class="field" type="text" id="loket-${field}-version" .value=${current.version ?? ''}
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
    <h2 id="loket-step-heading" tabindex="-1">${ctx.t.confirmHeading}</h2>
    <p class="hint">${ctx.t.confirmIntro}</p>
    ${ctx.fields.map((field) => fieldCheck(ctx, field))}
    <div class="actions">
      <button class="button secondary" type="button" @click=${ctx.onBack}>${ctx.t.back}</button>
      <button class="button end" type="submit">${ctx.t.next}</button>
    </div>
  </form>`;
}
