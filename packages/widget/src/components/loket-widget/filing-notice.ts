import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translation } from '../../translations/index';
import type { FilingNotice } from './filing-controller';
import { withReference } from './reference-text';

/** What became of a report kept on this device, at the top of the window until the customer moves on. */
export function filingNotice(t: Translation, notice: FilingNotice | undefined, onMyCases: () => void): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  if (notice.kind === 'sent') {
    return html`<p class="note" role="status" data-filing-notice="sent">${withReference(t.sentLater, notice.reference)}
      <button class="link" type="button" @click=${onMyCases}>${t.viewMyCases}</button></p>`;
  }
  return html`<div class="problem" role="alert" data-filing-notice="refused">
    <p>${notice.description ? t.refusedReportText : `${t.refusedReport} ${notice.reason}`}</p>
    ${notice.description ? html`<p class="text quoted">${notice.description}</p>` : nothing}
  </div>`;
}
