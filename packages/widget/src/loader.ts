/**
 * The script-tag loader (`loket.js`): draws the launcher button in plain DOM, imports the widget
 * UI (`loket-ui.js`) when the customer shows intent, and defines `window.Loket`, whose calls wait
 * for the UI and then run in the order they were made. No lit and no SDK here: this file is what
 * every visitor of the host page downloads, so whatever the UI can do (reading data-locale,
 * data-nonce, the API's checks) the UI does.
 */
import { pendingMarkerKey } from './internal/pending-marker';
import type { LoketApi } from './loket-api';
import type { ScriptTagOptions, ScriptTagWidget } from './script-tag';

/** The methods of `window.Loket` that run on the UI, each through the same queue; `destroy` is the loader's own. */
const UI_METHODS = ['open', 'close', 'setContext', 'identify', 'on', 'off'] as const;

/** The launcher's label and accessible name: English, and Dutch. */
const LABELS: [label: string, ariaLabel: string][] = [
  ['Help', 'Need help? Open the support window'],
  ['Hulp', 'Hulp nodig? Open het hulpvenster'],
];

const LAUNCHER_CSS = `:host{all:initial}button{position:fixed;z-index:2147483000;right:var(--loket-offset-x,20px);bottom:calc(var(--loket-offset-y,20px) + env(safe-area-inset-bottom,0px));display:flex;align-items:center;gap:8px;height:52px;padding:0 20px 0 16px;border:0;border-radius:26px;background:var(--loket-accent,#0b6e79);color:var(--loket-accent-text,#fff);font:600 16px/1 var(--loket-font,system-ui,sans-serif);box-shadow:0 6px 20px #102a3047;cursor:pointer}button:focus-visible{outline:3px solid var(--loket-focus,#1a73e8);outline-offset:3px}svg{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}`;

/** A speech bubble with a question mark; its stroke comes from LAUNCHER_CSS. */
const ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v12H9l-5 4zM9.6 8.4a2.4 2.4 0 1 1 2.4 2.9v.9M12 13.8v.01"/></svg>';

(() => {
  const win = window as unknown as { Loket?: LoketApi };
  const doc = document;
  const script = doc.currentScript as HTMLScriptElement | null;
  const warn = (message: string | Error) => console.warn(`[loket] ${message}`);
  if (win.Loket || !script) return;
  const data = script.dataset;
  const site = data.site;
  if (!site) return warn('Add data-site to the script tag.');
  let widget: ScriptTagWidget | undefined;
  let loading: Promise<void> | undefined;
  let idle: number | undefined;
  // Calls made before the UI is here, replayed in order when it is.
  const waiting: ((widget: ScriptTagWidget) => void)[] = [];
  const loket = {} as LoketApi;

  const host = doc.createElement('div');
  host.dataset.loket = 'launcher';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<button type="button" aria-expanded="false">${ICON}<span></span></button>`;
  const button = root.firstChild as HTMLButtonElement;
  const css = data.position == 'bottom-left' ? LAUNCHER_CSS.replace('right:', 'left:') : LAUNCHER_CSS;
  if ('adoptedStyleSheets' in root) {
    // A constructed sheet is not inline style, so a strict Content Security Policy allows it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  }
  const showLabels = () => {
    const [label, ariaLabel] = LABELS[+/^nl/i.test(data.locale || doc.documentElement.lang)]!;
    // ARIA reflection: where a browser lacks it, the visible label names the button.
    button.ariaLabel = ariaLabel;
    button.lastChild!.textContent = label;
  };
  showLabels();
  const observer = new MutationObserver(showLabels);
  observer.observe(doc.documentElement, { attributeFilter: ['lang'] });

  /**
   * Imports the UI once (import() from this script carries its nonce, so a strict Content Security
   * Policy that allows the loader allows the UI) and runs the calls that waited for it. A failed
   * import is a warning and is tried again on the next intent; a UI that arrives after destroy()
   * does not start. Never rejects.
   */
  function loadUi(): Promise<void> {
    // import() takes the URL as its text.
    loading ??= import(new URL('loket-ui.js', script!.src) as unknown as string).then(
      (ui: { start(options: ScriptTagOptions): ScriptTagWidget }) => {
        if (win.Loket != loket) return;
        widget = ui.start({ script: script!, launcher: button });
        for (const call of waiting.splice(0)) call(widget);
      },
      (error: Error) => {
        loading = undefined;
        // The browser's words say what failed, e.g. "Failed to fetch dynamically imported module: …".
        warn(error);
      },
    );
    return loading;
  }

  /** Runs a method of the UI: now if it is here, else once it is, after the calls made before it. Opening loads the UI. */
  function call(name: (typeof UI_METHODS)[number] | 'toggle', args: unknown[] = []): Promise<unknown> {
    const ran = new Promise((done) => {
      const run = (loaded: ScriptTagWidget) => done((loaded[name] as (...args: unknown[]) => unknown)(...args));
      if (widget) run(widget);
      else waiting.push(run);
    });
    if (!widget && name == 'open') {
      button.ariaBusy = true as unknown as string;
      void loadUi().then(() => (button.ariaBusy = null));
    }
    return ran;
  }

  // Intent (pointing at or tabbing to the launcher) fetches the UI; loadUi does it once.
  button.onpointerenter = button.onfocus = loadUi;
  button.onclick = () => void call(widget ? 'toggle' : 'open');

  for (const name of UI_METHODS) (loket as Record<string, unknown>)[name] = (...args: unknown[]) => call(name, args);

  // A case link (`#loket-case=LK-…&t=…`, e.g. from an e-mail) opens the window on that case; the
  // widget takes the token out of the address.
  const openCaseLink = () => location.hash.includes('loket-case=') && void call('open');
  addEventListener('hashchange', openCaseLink);
  const mount = () => {
    // destroy() before the page was parsed: nothing to put on it.
    if (win.Loket != loket) return;
    if (data.position != 'none') doc.body.append(host);
    openCaseLink();
    // Something the customer sent offline waits on this device: load the UI when the page is idle,
    // and it sends it, window closed.
    try {
      if (localStorage.getItem(pendingMarkerKey(site))) idle = (window.requestIdleCallback ?? setTimeout)(loadUi);
    } catch {
      // Storage refused: nothing can be waiting in it either.
    }
  };

  loket.destroy = () => {
    widget?.destroy();
    host.remove();
    observer.disconnect();
    removeEventListener('hashchange', openCaseLink);
    (window.cancelIdleCallback ?? clearTimeout)(idle!);
    delete win.Loket;
  };
  win.Loket = loket;
  if (doc.body) mount();
  else doc.addEventListener('DOMContentLoaded', mount, { once: true });
})();
