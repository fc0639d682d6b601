import { css } from 'lit';

/** The report's steps after the topic: progress, questions, checks, suggestions, articles, review, receipt. */
export const reportStepsStyles = css`
  .progress { margin: 0 0 12px; color: var(--_muted); font-size: 13px; }
  .progress-bar { display: block; width: 100%; height: 4px; margin-top: 6px; background: var(--_subtle); border-radius: 2px; }
  .progress-bar rect { fill: var(--_accent); }
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
  [aria-invalid='true'].choices .choice { border-color: var(--_danger); }
  .field {
    display: block; width: 100%; padding: 9px 12px; border: 1px solid var(--_border); border-radius: 10px;
    font: inherit; color: inherit; background: var(--_surface);
  }
  .check { margin: 0 0 14px; display: grid; gap: 8px; }
  .check legend { margin-bottom: 8px; font-weight: 600; }
  .check legend strong { font-weight: 500; }
  .correction { display: grid; gap: 4px; padding: 10px 12px; background: var(--_subtle); border-radius: 10px; }
  .correction label { margin: 6px 0 0; font-weight: 500; font-size: 14px; }
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
  .email-label { margin-top: 14px; }
`;
