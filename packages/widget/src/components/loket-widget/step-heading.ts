import { html } from 'lit';

/** The heading of what the window shows now; the widget moves focus to it when the view changes. */
export const heading = (text: string) => html`<h3 id="loket-step-heading" tabindex="-1">${text}</h3>`;
