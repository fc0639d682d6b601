import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A translated sentence that names a case, with the reference kept on one line: a narrow window
 * would otherwise break `LK-4F7Q-92KD` at its dashes, and a broken reference is easy to misread.
 */
export function withReference(sentence: (reference: string) => string, reference: string): TemplateResult {
  const [before = '', ...rest] = sentence('\u0000').split('\u0000');
  return html`${before}<span class="reference-inline">${reference}</span>${rest.join(reference)}`;
}
