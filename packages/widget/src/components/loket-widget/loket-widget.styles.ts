import { css } from 'lit';

export const styles = css`
  :host {
    all: initial;
    --_accent: var(--loket-accent, #0b6e79);
    --_accent-text: var(--loket-accent-text, #ffffff);
    --_text: var(--loket-text, #1a2426);
    --_muted: var(--loket-muted, #4d5b5e);
    --_surface: var(--loket-surface, #ffffff);
    --_subtle: var(--loket-subtle, #f1f5f6);
    --_border: var(--loket-border, #c9d3d5);
    --_danger: var(--loket-danger, #b3261e);
    --_radius: var(--loket-radius, 14px);
    font-family: var(--loket-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 15px;
    line-height: 1.45;
    color: var(--_text);
  }
  :host(:not([open])) .panel { display: none; }
  * { box-sizing: border-box; }
  .panel {
    position: fixed;
    z-index: var(--loket-z-index, 2147483000);
    right: var(--loket-offset-x, 20px);
    bottom: calc(var(--loket-offset-y, 20px) + 68px);
    width: min(400px, calc(100vw - 24px));
    max-height: min(660px, calc(100vh - 108px));
    display: flex;
    flex-direction: column;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 18px 48px rgb(16 42 48 / 0.22), 0 2px 6px rgb(16 42 48 / 0.12);
    overflow: hidden;
  }
  @media (max-width: 480px) {
    .panel { right: 8px; left: 8px; width: auto; top: 8px; bottom: 80px; max-height: none; }
  }
  header {
    display: flex; align-items: center; justify-content: space-between; gap: 12px;
    padding: 14px 16px; background: var(--_accent); color: var(--_accent-text);
  }
  header h2 { margin: 0; font-size: 16px; font-weight: 650; }
  .icon-button {
    display: inline-grid; place-items: center; width: 34px; height: 34px; padding: 0;
    border: 0; border-radius: 8px; background: transparent; color: inherit; cursor: pointer; font: inherit;
  }
  .icon-button:hover { background: rgb(255 255 255 / 0.16); }
  .body { padding: 16px 18px 18px; overflow-y: auto; flex: 1; }
  .progress { margin: 0 0 12px; color: var(--_muted); font-size: 13px; }
  .progress-bar { height: 4px; margin-top: 6px; background: var(--_subtle); border-radius: 2px; overflow: hidden; }
  .progress-bar span { display: block; height: 100%; background: var(--_accent); }
  h3 { margin: 0 0 12px; font-size: 18px; line-height: 1.3; }
  h3:focus { outline: none; }
  h4 { margin: 18px 0 6px; font-size: 15px; }
  p { margin: 0 0 10px; }
  .topics { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .topic {
    width: 100%; text-align: left; padding: 11px 14px; border: 1px solid var(--_border); border-radius: 10px;
    background: var(--_surface); color: var(--_text); font: inherit; cursor: pointer;
  }
  .topic:hover { border-color: var(--_accent); background: var(--_subtle); }
  .topic strong { display: block; font-weight: 600; }
  .topic span { display: block; color: var(--_muted); font-size: 13.5px; }
  label { display: block; font-weight: 600; margin-bottom: 4px; }
  .hint { color: var(--_muted); font-size: 13.5px; margin: 0 0 8px; }
  textarea {
    display: block; width: 100%; min-height: 140px; padding: 10px 12px; resize: vertical;
    border: 1px solid var(--_border); border-radius: 10px; font: inherit; color: inherit; background: var(--_surface);
  }
  textarea[aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  .counter { color: var(--_muted); font-size: 13px; margin-top: 4px; text-align: right; }
  .counter.over { color: var(--_danger); font-weight: 600; }
  .problem {
    margin: 10px 0 0; padding: 9px 12px; border-radius: 8px; color: var(--_danger);
    background: #fdecea; font-weight: 500;
  }
  .actions { display: flex; justify-content: space-between; gap: 8px; margin-top: 16px; flex-wrap: wrap; }
  .actions .end { margin-left: auto; }
  .button {
    padding: 9px 18px; border-radius: 10px; font: inherit; font-weight: 600; cursor: pointer;
    border: 1px solid var(--_accent); background: var(--_accent); color: var(--_accent-text);
  }
  .button.secondary { background: var(--_surface); color: var(--_accent); }
  .button:is([disabled], [aria-disabled='true']) { opacity: 0.65; cursor: progress; }
  .link { padding: 0; border: 0; background: none; color: var(--_accent); font: inherit; text-decoration: underline; cursor: pointer; }
  dl.summary { margin: 0; }
  dl.summary dt { font-weight: 600; margin-top: 8px; display: flex; justify-content: space-between; }
  dl.summary dd { margin: 2px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  .environment { list-style: none; margin: 8px 0 0; padding: 0; border: 1px solid var(--_border); border-radius: 10px; }
  .environment li { display: flex; align-items: center; gap: 8px; padding: 7px 10px; border-top: 1px solid var(--_border); }
  .environment li:first-child { border-top: 0; }
  .environment .field { flex: 1; min-width: 0; }
  .environment .field span { display: block; color: var(--_muted); font-size: 12.5px; }
  .environment .field strong { display: block; font-weight: 500; overflow-wrap: anywhere; }
  .remove { flex: none; padding: 4px 8px; border: 1px solid var(--_border); border-radius: 8px; background: var(--_surface); color: var(--_text); font: inherit; font-size: 13px; cursor: pointer; }
  .optional { font-weight: 400; color: var(--_muted); font-size: 14px; }
  fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
  .choices { display: grid; gap: 8px; }
  .choice {
    display: flex; align-items: center; gap: 10px; margin: 0; padding: 10px 12px; font-weight: 500;
    border: 1px solid var(--_border); border-radius: 10px; cursor: pointer;
  }
  .choice:hover { border-color: var(--_accent); background: var(--_subtle); }
  .choice:has(input:checked) { border-color: var(--_accent); background: var(--_subtle); }
  .choice input { width: 18px; height: 18px; margin: 0; accent-color: var(--_accent); flex: none; }
  [aria-invalid='true'].choices .choice, input.field[aria-invalid='true'] { border-color: var(--_danger); }
  .field {
    display: block; width: 100%; padding: 9px 12px; border: 1px solid var(--_border); border-radius: 10px;
    font: inherit; color: inherit; background: var(--_surface);
  }
  .check { margin: 0 0 14px; display: grid; gap: 8px; }
  .check legend { margin-bottom: 8px; font-weight: 600; }
  .check legend strong { font-weight: 500; }
  .correction { display: grid; gap: 4px; padding: 10px 12px; background: var(--_subtle); border-radius: 10px; }
  .correction label { margin: 6px 0 0; font-weight: 500; font-size: 14px; }
  .note { margin: 0 0 12px; padding: 8px 12px; border-radius: 8px; background: var(--_subtle); font-size: 14px; }
  .environment em { font-style: normal; color: var(--_accent); font-weight: 600; }
  .summary.answers dd { color: var(--_text); }
  .suggestions { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 6px; }
  .suggestion {
    display: flex; align-items: center; gap: 10px; width: 100%; padding: 9px 12px; text-align: left; font: inherit; font-weight: 500;
    color: var(--_accent); background: var(--_surface); border: 1px solid var(--_border); border-radius: 10px; cursor: pointer;
  }
  .suggestion:hover { border-color: var(--_accent); background: var(--_subtle); }
  .suggestion svg { width: 18px; height: 18px; flex: none; }
  .typing-suggestions { margin-top: 12px; padding: 10px 12px; background: var(--_subtle); border-radius: 10px; }
  .typing-suggestions p { margin: 0; font-size: 14px; font-weight: 600; }
  .article-body { overflow-wrap: anywhere; }
  .article-body :is(h4, h5, h6) { margin: 16px 0 6px; font-size: 15px; }
  .article-body :is(ul, ol) { padding-left: 22px; margin: 0 0 10px; }
  .article-body li { margin: 3px 0; }
  .article-body pre { padding: 10px; overflow-x: auto; background: var(--_subtle); border-radius: 8px; }
  .article-body code { font-family: ui-monospace, 'SF Mono', Consolas, monospace; font-size: 0.92em; }
  .article-body blockquote { margin: 0 0 10px; padding-left: 12px; border-left: 3px solid var(--_border); color: var(--_muted); }
  .article-body a { color: var(--_accent); }
  .outcome { margin-top: 16px; padding-top: 12px; border-top: 1px solid var(--_border); }
  .outcome p { margin: 0; }
  .tried { margin: 0; padding-left: 20px; }
  .reference {
    display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 6px 0 14px;
    padding: 12px 14px; background: var(--_subtle); border-radius: 10px;
  }
  .reference strong { font: 700 22px/1.2 ui-monospace, 'SF Mono', Consolas, monospace; letter-spacing: 0.04em; }
  .back { margin: 0 0 8px; font-size: 14px; }
  .my-cases-entry { margin: 14px 0 0; }
  .email-label { margin-top: 14px; }
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
  .event.message.customer { justify-self: end; background: #e6f2f3; border-top-right-radius: 4px; }
  .event.message.question { border: 2px solid var(--_accent); }
  .event.message.pending { border: 1px dashed var(--_border); background: var(--_surface); }
  .event .who { font-size: 13px; font-weight: 600; color: var(--_muted); margin-bottom: 2px; }
  .event .who strong { color: var(--_accent); }
  .event .who em { font-style: normal; color: #6b4500; }
  .event .text { white-space: pre-wrap; color: var(--_text); }
  .event .quoted { margin-top: 4px; padding: 6px 10px; background: var(--_subtle); border-radius: 8px; font-size: 14px; }
  .message-form { margin-top: 16px; padding-top: 12px; border-top: 1px solid var(--_border); }
  textarea.short { min-height: 96px; }
  input.field[aria-invalid='true'] { border-width: 2px; }
  [hidden] { display: none !important; }
  .actions.stacked { flex-direction: column; }
  .live-empty { margin: 0; }
  .timeline + .note { margin-top: 10px; }
  .reference-inline { white-space: nowrap; font-weight: 600; }
  .callout { margin: 0 0 12px; padding: 10px 12px; border-left: 4px solid var(--_accent); background: var(--_subtle); border-radius: 8px; }
  .callout p { margin: 0 0 4px; }
  .callout .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  :is(button, textarea, input, select, a):focus-visible { outline: 3px solid var(--loket-focus, #1a73e8); outline-offset: 2px; }
  @media (prefers-reduced-motion: no-preference) {
    .panel { animation: loket-in 140ms ease-out; }
    @keyframes loket-in { from { opacity: 0; transform: translateY(8px); } }
  }
`;
