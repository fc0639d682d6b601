/**
 * `loket-ui.js`: the widget for the script tag. The loader (`loket.js`) imports this module when
 * the customer shows intent (or the page calls `Loket.open()`) and hands it the script tag and the
 * launcher; from then on `window.Loket` calls land here.
 */
import './define';
import { LOKET_EVENT_NAMES } from './events/event-map';
import { pendingMarkerKey } from './internal/pending-marker';
import { readStored } from './internal/storage';
import type { LoketApi } from './loket-api';

/** What the loader hands the UI. */
export type ScriptTagOptions = {
  /** The script tag: its `data-*` attributes are read here rather than in the loader, which every visitor downloads. */
  script: HTMLScriptElement;
  /** The launcher button the loader drew (not on the page with `data-position="none"`); it reflects whether the window is open and gets focus back on close. */
  launcher: HTMLElement;
};

/** What the loader's `window.Loket` calls once the UI is here: the API's methods, `toggle` for the launcher, and `destroy` for the UI's part. */
export type ScriptTagWidget = { [Method in Exclude<keyof LoketApi, 'destroy'>]: (...args: Parameters<LoketApi[Method]>) => unknown } & {
  toggle(): void;
  destroy(): void;
};

/**
 * Puts the `<loket-widget>` on the page for the script tag, closed, and sends what the customer
 * kept on this device earlier (the loader loads the UI when something waits).
 */
export function start({ script, launcher }: ScriptTagOptions): ScriptTagWidget {
  const { site = '', api, locale, position, nonce = script.nonce } = script.dataset;
  const win = window as { litNonce?: string };
  // lit's <style> fallback, where the browser has no constructed style sheets, carries it: a strict
  // Content Security Policy then allows the widget's styles.
  const setNonce = nonce && !win.litNonce;
  if (setNonce) win.litNonce = nonce;
  const widget = document.createElement('loket-widget');
  widget.setAttribute('site', site);
  // data-api is resolved against the page, as a link would be ("/help-api"); by default the origin
  // loket.js came from, also when data-api is no address at all (which is said, not thrown).
  const origin = new URL(script.src).origin;
  let apiUrl = origin;
  try {
    apiUrl = new URL(api || origin, location.href).href;
  } catch {
    console.warn(`[loket] data-api="${api}" is no address; using ${origin}.`);
  }
  widget.setAttribute('api', apiUrl);
  if (locale) widget.setAttribute('locale', locale);
  // The window opens above the launcher: on the left with data-position="bottom-left".
  if (position) widget.setAttribute('position', position);
  // Focus goes back where it came from: the launcher, or (without one) what the page had focused.
  let returnFocus: Element | null = launcher;
  const expanded = (open: boolean) => launcher.setAttribute('aria-expanded', String(open));
  widget.addEventListener('loket-close', () => {
    expanded(false);
    (returnFocus as HTMLElement | null)?.focus?.();
  });
  document.body.append(widget);
  if (readStored(pendingMarkerKey(site)) !== null) void widget.flushOutbox();
  const open = (options?: Parameters<LoketApi['open']>[0]) => {
    if (position === 'none' && !widget.open) returnFocus = document.activeElement;
    widget.show(options);
    expanded(true);
  };
  return {
    open,
    close: () => widget.hide(),
    toggle: () => (widget.open ? widget.hide() : open()),
    setContext: (context) => (widget.context = { ...context }),
    identify: (identity) => widget.identify(identity),
    on: (name, handler) =>
      LOKET_EVENT_NAMES.includes(name) ? widget.addEventListener(`loket-${name}`, handler as EventListener) : console.warn(`[loket] No event "${name}". Events: ${LOKET_EVENT_NAMES.join(', ')}.`),
    off: (name, handler) => widget.removeEventListener(`loket-${name}`, handler as EventListener),
    destroy() {
      // Off the page, the element stops its observers, listeners, timers and outbox itself; the
      // page's handlers go with it.
      widget.remove();
      if (setNonce) delete win.litNonce;
    },
  };
}
