import { css, unsafeCSS } from 'lit';
import { inDarkScheme } from './dark-scheme';

/**
 * Labels, hints, text boxes, counters, secondary and busy buttons, subheadings: shared by the
 * report's later steps and My cases, loaded with either (the first view has none of them).
 */
export const formStyles = css`
  /* The browser's own parts of fields (a date's calendar, a list's arrow) in the scheme's colours. */
  ${inDarkScheme(unsafeCSS('color-scheme:dark'))}
  h4 { margin: 18px 0 6px; font-size: 15px; }
  .actions .end { margin-left: auto; }
  .button.secondary { background: var(--_surface); color: var(--_accent); }
  .button:is([disabled], [aria-disabled='true']) { opacity: 0.65; cursor: progress; }
  label { display: block; font-weight: 600; margin-bottom: 4px; }
  .hint { color: var(--_muted); font-size: 13.5px; margin: 0 0 8px; }
  textarea {
    display: block; width: 100%; min-height: 140px; padding: 10px 12px; resize: vertical;
    border: 1px solid var(--_border); border-radius: 10px; font: inherit; color: inherit; background: var(--_surface);
  }
  textarea[aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  .counter { color: var(--_muted); font-size: 13px; margin-top: 4px; text-align: right; }
  .counter.over { color: var(--_danger); font-weight: 600; }
  input.field[aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  .back { margin: 0 0 8px; font-size: 14px; }
`;
