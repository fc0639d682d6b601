import { css } from 'lit';

/** Labels, hints, text boxes and counters: shared by the report's later steps and My cases, loaded with either. */
export const formStyles = css`
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
