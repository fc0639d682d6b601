import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { WidgetProblem } from '../../internal/error-message';

/** The message of a refused step or field, announced and focusable (`#loket-problem`). */
export const problemNote = (problem: WidgetProblem | undefined): TemplateResult | typeof nothing =>
  problem ? html`<p class="problem" id="loket-problem" role="alert" tabindex="-1">${problem.message}</p>` : nothing;
