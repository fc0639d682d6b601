/**
 * `loket-ui.js`: the widget for the script tag. The loader (`loket.js`) imports this module when
 * the customer shows intent and hands it the launcher; from then on `window.Loket` calls land here.
 */
import './define';
import type { LoketWidget } from './components/loket-widget/loket-widget';

/** What the loader knows from the script tag. */
export type ScriptTagOptions = {
  site: string;
  /** The Loket server, already resolved against the page. */
  api: string;
  /** `data-locale`, if the script tag has one. */
  locale?: string;
  /** The launcher button the loader drew; it reflects whether the window is open and gets focus back on close. */
  launcher: HTMLElement;
};

/** What the loader's `window.Loket` calls once the UI is here. */
export type ScriptTagWidget = {
  open(): void;
  close(): void;
  toggle(): void;
  setContext(context: Record<string, string | number | boolean>): void;
  /** Sends what waits in the outbox, without opening the window. Never rejects. */
  flush(): Promise<void>;
};

/** Puts the `<loket-widget>` on the page for the script tag, closed. */
export function start({ site, api, locale, launcher }: ScriptTagOptions): ScriptTagWidget {
  const widget = document.createElement('loket-widget') as LoketWidget;
  widget.setAttribute('site', site);
  widget.setAttribute('api', api);
  if (locale) widget.setAttribute('locale', locale);
  const expanded = (open: boolean) => launcher.setAttribute('aria-expanded', String(open));
  widget.addEventListener('loket-close', () => {
    expanded(false);
    launcher.focus();
  });
  document.body.append(widget);
  const open = () => {
    widget.show();
    expanded(true);
  };
  return {
    open,
    close: () => widget.hide(),
    toggle: () => (widget.open ? widget.hide() : open()),
    setContext(context) {
      widget.context = { ...context };
    },
    flush: () => widget.flushOutbox(),
  };
}
