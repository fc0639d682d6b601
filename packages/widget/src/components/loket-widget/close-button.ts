import { html, nothing } from 'lit';
import type { Translation } from '../../translations/index';

/** The main button that closes the window after a report; none inline (no `onClose`), where the window is part of the page. */
export const closeButton = (t: Translation, onClose: (() => void) | undefined) =>
  onClose ? html`<button class="button end" part="button primary-button" type="button" @click=${onClose}>${t.close}</button>` : nothing;
