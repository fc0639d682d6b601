import { css, unsafeCSS } from 'lit';
import { inDarkScheme } from './dark-scheme';

/**
 * The dark scheme's colours (contrast, WCAG AA, is checked in theming.test.ts). The neutral
 * colours are the widget's own; the accent is the page's `--loket-accent-dark`, if it sets one.
 * `--_alert` and `--_focus` are set only here: the light values are the fallbacks where they are used.
 */
const darkColours = unsafeCSS(
  '--_accent:var(--loket-accent-dark,#7cd);--_accent-text:var(--loket-accent-text-dark,#022);--_text:#eee;--_muted:#abb;' +
    '--_surface:#122;--_subtle:#233;--_border:#566;--_danger:#fba;--_alert:#411;--_focus:#8bf',
);

/**
 * The window itself, the topic step and what every view shares (headings, notes, problems,
 * buttons), in both colour schemes. Form fields, the report's later steps and My cases bring their
 * styles with their chunks (`form.styles.ts`, `report-steps.styles.ts`, `my-cases.styles.ts`), so
 * the first opening loads only these. The page themes the widget through the public `--loket-*`
 * custom properties, read here once into private `--_*` ones that the rules use.
 */
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
    /* As the launcher's: every browser the widget supports has system-ui, the platform's own font. */
    font-family: var(--loket-font, system-ui, sans-serif);
    font-size: 15px;
    line-height: 1.45;
    color: var(--_text);
  }
  ${inDarkScheme(darkColours)}
  :host(:not([open])) .panel { display: none; }
  * { box-sizing: border-box; }
  .panel {
    /* Above the launcher (68px: its 52px and a gap), clear of the notch and the home bar. */
    --_bottom: calc(var(--loket-offset-y, 20px) + 68px + env(safe-area-inset-bottom, 0px));
    position: fixed;
    z-index: var(--loket-z-index, 2147480000);
    right: calc(var(--loket-offset-x, 20px) + env(safe-area-inset-right, 0px));
    bottom: var(--_bottom);
    width: min(400px, calc(100vw - 24px));
    max-height: min(660px, calc(100vh - var(--_bottom) - 20px));
    display: flex;
    flex-direction: column;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 18px 48px rgb(16 42 48 / 0.22), 0 2px 6px rgb(16 42 48 / 0.12);
    overflow: hidden;
  }
  /* Above a launcher in the bottom-left corner (the script tag's data-position="bottom-left"); on phones, as wide as the screen anyway. */
  @media (min-width: 481px) {
    :host([position='bottom-left']) .panel { right: auto; left: calc(var(--loket-offset-x, 20px) + env(safe-area-inset-left, 0px)); }
  }
  @media (max-width: 480px) {
    .panel { right: 8px; left: 8px; width: auto; top: calc(8px + env(safe-area-inset-top, 0px)); max-height: none; }
  }
  /* Inline: a part of the page, as wide as its container, as tall as its content. */
  :host([mode='inline']) { display: block; }
  :host([mode='inline']) .panel { position: static; width: auto; max-height: none; box-shadow: none; animation: none; }
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
  h3 { margin: 0 0 12px; font-size: 18px; line-height: 1.3; }
  h3:focus { outline: none; }
  p { margin: 0 0 10px; }
  .topics { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .topic {
    width: 100%; text-align: left; padding: 11px 14px; border: 1px solid var(--_border); border-radius: 10px;
    background: var(--_surface); color: var(--_text); font: inherit; cursor: pointer;
  }
  .topic:hover { border-color: var(--_accent); background: var(--_subtle); }
  .topic strong { display: block; font-weight: 600; }
  .topic span { display: block; color: var(--_muted); font-size: 13.5px; }
  .problem {
    margin: 10px 0 0; padding: 9px 12px; border-radius: 8px; color: var(--_danger);
    background: var(--_alert, #fdecea); font-weight: 500;
  }
  .actions { display: flex; justify-content: space-between; gap: 8px; margin-top: 16px; flex-wrap: wrap; }
  .button {
    padding: 9px 18px; border-radius: 10px; font: inherit; font-weight: 600; cursor: pointer;
    border: 1px solid var(--_accent); background: var(--_accent); color: var(--_accent-text);
  }
  .link { padding: 0; border: 0; background: none; color: var(--_accent); font: inherit; text-decoration: underline; cursor: pointer; }
  .note { margin: 0 0 12px; padding: 8px 12px; border-radius: 8px; background: var(--_subtle); font-size: 14px; }
  .my-cases-entry { margin: 14px 0 0; }
  [hidden] { display: none !important; }
  .reference-inline { white-space: nowrap; font-weight: 600; }
  :is(button, textarea, input, select, a):focus-visible { outline: 3px solid var(--_focus, var(--loket-focus, #1a73e8)); outline-offset: 2px; }
  /* Motion only for those who have not asked the system for less. */
  @media (prefers-reduced-motion: no-preference) {
    .panel { animation: loket-in 140ms ease-out; }
    @keyframes loket-in { from { opacity: 0; transform: translateY(8px); } }
  }
`;
