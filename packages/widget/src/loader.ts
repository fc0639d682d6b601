/**
 * The script-tag loader (`loket.js`): draws the launcher button in plain DOM, loads the widget
 * UI when the customer shows intent, and defines `window.Loket`. No lit and no SDK here: this file
 * is what every visitor of the host page downloads.
 */
import { pendingMarkerKey } from './internal/pending-marker';

type WidgetElement = HTMLElement & {
  show(): void;
  hide(): void;
  flushOutbox(): Promise<void>;
  open: boolean;
  context: Record<string, string | number | boolean>;
};

type LoketApi = {
  open(): Promise<void>;
  close(): void;
  setContext(context: Record<string, string | number | boolean>): void;
};

const LABELS: Record<'nl' | 'en', [label: string, ariaLabel: string]> = {
  nl: ['Hulp', 'Hulp nodig? Open het hulpvenster'],
  en: ['Help', 'Need help? Open the support window'],
};

const LAUNCHER_CSS = `:host{all:initial}button{position:fixed;z-index:2147483000;right:var(--loket-offset-x,20px);bottom:var(--loket-offset-y,20px);display:flex;align-items:center;gap:8px;height:52px;padding:0 20px 0 16px;border:0;border-radius:26px;background:var(--loket-accent,#0b6e79);color:var(--loket-accent-text,#fff);font:600 16px/1 var(--loket-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);box-shadow:0 6px 20px rgb(16 42 48/.28);cursor:pointer}button:hover{filter:brightness(1.08)}button:focus-visible{outline:3px solid var(--loket-focus,#1a73e8);outline-offset:3px}svg{width:22px;height:22px}`;

const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/><path d="M9.7 9.5a2.4 2.4 0 0 1 4.6.8c0 1.6-2.3 2.1-2.3 3.2M12 16.3v.01"/></svg>';

(() => {
  const win = window as unknown as { Loket?: LoketApi };
  const script = document.currentScript as HTMLScriptElement | null;
  if (win.Loket || !script) return;
  const site = script.dataset.site;
  if (!site) {
    console.warn('[loket] The script tag needs data-site="<your site key>", e.g. <script src="…/loket.js" data-site="demo" async></script>.');
    return;
  }
  const scriptUrl = new URL(script.src, location.href);
  let api: string;
  try {
    // Relative addresses ("/help-api") are resolved against the page, as a link would be.
    api = new URL(script.dataset.api || scriptUrl.origin, location.href).href;
  } catch {
    console.warn(`[loket] data-api="${script.dataset.api}" is not an address. Use the Loket server's URL, e.g. https://help.example.com.`);
    return;
  }
  const nonce = script.nonce || script.dataset.nonce || '';
  const language = () => ((script.dataset.locale || document.documentElement.lang).slice(0, 2).toLowerCase() === 'nl' ? 'nl' : 'en');
  let context: Record<string, string | number | boolean> = {};
  let widget: WidgetElement | undefined;
  let loading: Promise<unknown> | undefined;

  const host = document.createElement('div');
  host.setAttribute('data-loket', 'launcher');
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root) {
    // A constructed sheet is not inline style, so a strict Content Security Policy allows it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LAUNCHER_CSS);
    root.adoptedStyleSheets = [sheet];
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.innerHTML = `${ICON}<span></span>`;
  const showLabels = () => {
    const [label, ariaLabel] = LABELS[language()];
    button.setAttribute('aria-label', ariaLabel);
    button.lastChild!.textContent = label;
  };
  showLabels();
  new MutationObserver(showLabels).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  root.append(button);

  function loadUi(): Promise<unknown> {
    loading ??= new Promise((resolve, reject) => {
      const tag = document.createElement('script');
      tag.type = 'module';
      tag.src = new URL('loket-ui.js', scriptUrl).href;
      if (nonce) tag.nonce = nonce;
      tag.onload = resolve;
      tag.onerror = () => {
        loading = undefined;
        tag.remove();
        reject(new Error(`[loket] Could not load ${tag.src}.`));
      };
      document.head.append(tag);
    }).then(() => customElements.whenDefined('loket-widget'));
    return loading;
  }

  function createWidget(): WidgetElement {
    if (!widget) {
      widget = document.createElement('loket-widget') as WidgetElement;
      widget.setAttribute('site', site!);
      widget.setAttribute('api', api);
      if (script!.dataset.locale) widget.setAttribute('locale', script!.dataset.locale);
      widget.addEventListener('loket-close', () => {
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      });
      document.body.append(widget);
    }
    return widget;
  }

  async function open(): Promise<void> {
    button.setAttribute('aria-busy', 'true');
    try {
      await loadUi();
    } catch (error) {
      console.warn(String((error as Error).message));
      return;
    } finally {
      button.removeAttribute('aria-busy');
    }
    const shown = createWidget();
    shown.context = context;
    try {
      shown.show();
    } catch (error) {
      console.warn('[loket] The help window could not open:', error);
      return;
    }
    button.setAttribute('aria-expanded', 'true');
  }

  const preload = () => void loadUi().catch(() => {});
  button.addEventListener('pointerenter', preload, { once: true });
  button.addEventListener('focus', preload, { once: true });
  button.addEventListener('click', () => (widget?.open ? widget.hide() : void open().catch(() => {})));

  win.Loket = {
    open,
    close: () => widget?.hide(),
    setContext(next) {
      context = { ...next };
      if (widget) widget.context = context;
    },
  };

  // A case link (`#loket-case=LK-…&t=…`, e.g. from an e-mail) opens the window on that case; the
  // widget takes the token out of the address. Not once the page removed the launcher.
  const openCaseLink = () => host.isConnected && location.hash.includes('loket-case=') && void open();
  addEventListener('hashchange', openCaseLink);
  const mount = () => {
    document.body.append(host);
    openCaseLink();
    // Something the customer sent offline waits on this device: send it when the page is idle, window closed.
    try {
      if (localStorage.getItem(pendingMarkerKey(site))) (window.requestIdleCallback ?? setTimeout)(() => void loadUi().then(() => createWidget().flushOutbox()).catch(() => {}));
    } catch {
      // Storage refused: nothing can be waiting in it either.
    }
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
})();
