import { css, unsafeCSS } from 'lit';
import { inDarkScheme } from './dark-scheme';

/** My cases: the list, a case with its timeline, and the box to add a message. */
export const casesStyles = css`
  /* The customer's own messages, and who support waits for. */
  :host { --_mine: #e6f2f3; --_waiting: #6b4500; }
  ${inDarkScheme(unsafeCSS('--_mine:#1d3b3f;--_waiting:#f5c46b'))}
  .mono { font-family: ui-monospace, 'SF Mono', Consolas, monospace; letter-spacing: 0.03em; }
  .cases { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 8px; }
  .case-item {
    display: grid; gap: 2px; width: 100%; padding: 10px 12px; text-align: left; font: inherit; color: var(--_text);
    background: var(--_surface); border: 1px solid var(--_border); border-radius: 10px;
  }
  button.case-item { cursor: pointer; }
  button.case-item:hover { border-color: var(--_accent); background: var(--_subtle); }
  .case-item.pending { border-style: dashed; }
  .case-line { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
  .case-sub { color: var(--_muted); font-size: 13.5px; }
  .status {
    display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 13px; font-weight: 600; white-space: nowrap;
    background: #e3eefc; color: #1d4e89;
  }
  .status[data-status='waiting_for_customer'], .status[data-status='pending'] { background: #fff1cc; color: #6b4500; }
  .status[data-status='solved'] { background: #e2f3e6; color: #1e5b2e; }
  .status[data-status='closed'], .status[data-status='unknown'] { background: #eceff0; color: #3f4b4e; }
  .case-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
  .case-head h3 { margin-bottom: 6px; }
  .button.small { padding: 5px 12px; font-size: 14px; flex: none; }
  .case-meta { display: flex; align-items: center; flex-wrap: wrap; gap: 4px 10px; color: var(--_muted); font-size: 14px; }
  .timeline { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 8px; }
  .event { overflow-wrap: anywhere; }
  .event p { margin: 0; }
  .event time { display: block; color: var(--_muted); font-size: 12.5px; margin-top: 2px; }
  .event.small { padding: 2px 0 2px 12px; border-left: 3px solid var(--_border); font-size: 14px; color: var(--_muted); }
  .event.small time { font-size: 12px; }
  .event.message { padding: 8px 12px; border-radius: 12px; max-width: 92%; }
  .event.message.support { background: var(--_subtle); border-top-left-radius: 4px; }
  .event.message.customer { justify-self: end; background: var(--_mine); border-top-right-radius: 4px; }
  .event.message.question { border: 2px solid var(--_accent); }
  .event.message.pending { border: 1px dashed var(--_border); background: var(--_surface); }
  .event .who { font-size: 13px; font-weight: 600; color: var(--_muted); margin-bottom: 2px; }
  .event .who strong { color: var(--_accent); }
  .event .who em { font-style: normal; color: var(--_waiting); }
  .event .text { white-space: pre-wrap; color: var(--_text); }
  .event .quoted { margin-top: 4px; padding: 6px 10px; background: var(--_subtle); border-radius: 8px; font-size: 14px; }
  .message-form { margin-top: 16px; padding-top: 12px; border-top: 1px solid var(--_border); }
  textarea.short { min-height: 96px; }
  .actions.stacked { flex-direction: column; }
  .live-empty { margin: 0; }
  .timeline + .note { margin-top: 10px; }
  .callout { margin: 0 0 12px; padding: 10px 12px; border-left: 4px solid var(--_accent); background: var(--_subtle); border-radius: 8px; }
  .callout p { margin: 0 0 4px; }
  .callout .text { white-space: pre-wrap; overflow-wrap: anywhere; }
`;
