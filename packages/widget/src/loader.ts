/**
 * The script-tag loader (`loket.js`): draws the launcher button in plain DOM, imports the widget
 * UI (`loket-ui.js`) when the customer shows intent, and defines `window.Loket`, whose calls wait
 * for the UI and then run in the order they were made. No lit and no SDK here: this file is what
 * every visitor of the host page downloads.
 */
import { pendingMarkerKey } from './internal/pending-marker';
import type { ScriptTagOptions, ScriptTagWidget } from './script-tag';

type LoketApi = {
  open(): Promise<void>;
  close(): void;
  setContext(context: Record<string, string | number | boolean>): void;
};

const LABELS: Record<'nl' | 'en', [label: string, ariaLabel: string]> = {
  nl: ['Hulp', 'Hulp nodig? Open het hulpvenster'],
  en: ['Help', 'Need help? Open the support window'],
};

const LAUNCHER_CSS = `:host{all:initial}button{position:fixed;z-index:2147483000;right:var(--loket-offset-x,20px);bottom:var(--loket-offset-y,20px);display:flex;align-items:center;gap:8px;height:52px;padding:0 20px 0 16px;border:0;border-radius:26px;background:var(--loket-accent,#0b6e79);color:var(--loket-accent-text,#fff);font:600 16px/1 var(--loket-font,system-ui,sans-serif);box-shadow:0 6px 20px #102a3047;cursor:pointer}button:focus-visible{outline:3px solid var(--loket-focus,#1a73e8);outline-offset:3px}svg{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}`;

/** A speech bubble with a question mark; its stroke comes from LAUNCHER_CSS. */
const ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v12H9l-5 4zM9.6 8.4a2.4 2.4 0 1 1 2.4 2.9v.9M12 13.8v.01"/></svg>';

(() => {
  const win = window as unknown as { Loket?: LoketApi };
  const doc = document;
  const script = doc.currentScript as HTMLScriptElement | null;
  const warn = (message: string) => console.warn(`[loket] ${message}`);
  if (win.Loket || !script) return;
  const data = script.dataset;
  const site = data.site;
  if (!site) return warn('Add data-site="<site key>" to the script tag.');
  let api: string;
  try {
    // Relative addresses ("/help-api") are resolved against the page, as a link would be.
    api = new URL(data.api || new URL(script.src).origin, location.href).href;
  } catch {
    return warn(`data-api="${data.api}" is not a URL of a Loket server.`);
  }
  let widget: ScriptTagWidget | undefined;
  let loading: Promise<ScriptTagWidget> | undefined;
  // Calls made before the UI is here, replayed in order when it is.
  const waiting: ((widget: ScriptTagWidget) => void)[] = [];

  const host = doc.createElement('div');
  host.dataset.loket = 'launcher';
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root) {
    // A constructed sheet is not inline style, so a strict Content Security Policy allows it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LAUNCHER_CSS);
    root.adoptedStyleSheets = [sheet];
  }
  root.innerHTML = `<button type="button" aria-expanded="false">${ICON}<span></span></button>`;
  const button = root.firstChild as HTMLButtonElement;
  const showLabels = () => {
    const [label, ariaLabel] = LABELS[/^nl/i.test(data.locale || doc.documentElement.lang) ? 'nl' : 'en'];
    button.setAttribute('aria-label', ariaLabel);
    button.lastChild!.textContent = label;
  };
  showLabels();
  new MutationObserver(showLabels).observe(doc.documentElement, { attributeFilter: ['lang'] });

  /**
   * Imports the UI once (import() from this script carries its nonce, so a strict Content Security
   * Policy that allows the loader allows the UI). A failed import is tried again on the next intent.
   */
  function loadUi(): Promise<ScriptTagWidget> {
    loading ??= import(new URL('loket-ui.js', script!.src).href).then(
      (ui: { start(options: ScriptTagOptions): ScriptTagWidget }) => {
        widget = ui.start({ site: site!, api, locale: data.locale, launcher: button });
        for (const call of waiting.splice(0)) call(widget);
        return widget;
      },
      (error: Error) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  }

  /** Runs a call on the UI: now if it is here, else once it is. */
  const whenLoaded = (call: (widget: ScriptTagWidget) => void) => (widget ? call(widget) : void waiting.push(call));

  async function open(): Promise<void> {
    button.setAttribute('aria-busy', 'true');
    try {
      (await loadUi()).open();
    } catch (error) {
      warn(`Could not open: ${(error as Error).message}`);
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  // Intent (pointing at or tabbing to the launcher) fetches the UI; loadUi does it once.
  button.onpointerenter = button.onfocus = () => void loadUi().catch(() => {});
  button.onclick = () => (widget ? widget.toggle() : void open());

  win.Loket = {
    open,
    close: () => whenLoaded((loaded) => loaded.close()),
    setContext: (context) => whenLoaded((loaded) => loaded.setContext(context)),
  };

  // A case link (`#loket-case=LK-…&t=…`, e.g. from an e-mail) opens the window on that case; the
  // widget takes the token out of the address. Not once the page removed the launcher.
  const openCaseLink = () => host.isConnected && location.hash.includes('loket-case=') && void open();
  addEventListener('hashchange', openCaseLink);
  const mount = () => {
    doc.body.append(host);
    openCaseLink();
    // Something the customer sent offline waits on this device: send it when the page is idle, window closed.
    try {
      if (localStorage.getItem(pendingMarkerKey(site))) (window.requestIdleCallback ?? setTimeout)(() => void loadUi().then((loaded) => loaded.flush()).catch(() => {}));
    } catch {
      // Storage refused: nothing can be waiting in it either.
    }
  };
  if (doc.body) mount();
  else doc.addEventListener('DOMContentLoaded', mount, { once: true });
})();
