import type { LoketEvents, LoketEventName } from './events/event-map';
import type { Identity, OpenOptions } from './internal/open-options';

/** A handler of `Loket.on(name, handler)`: it gets the event, as a listener on `<loket-widget>` would; what happened is in its `detail`. */
export type LoketEventHandler<Name extends LoketEventName> = (event: LoketEvents[Name]) => void;

/**
 * `window.Loket`, defined by the script tag (`loket.js`). Every method can be called at once,
 * before the widget's UI has loaded: calls wait and run in the order they were made once it has
 * (`open` loads it; the others wait for it), and each returns a promise that resolves when its
 * call ran. Nothing throws into the page: a misuse is a `[loket]` warning in the console.
 *
 * @example
 * ```js
 * Loket.identify({ email: 'jan@example.com', name: 'Jan Jansen', signature: '…from your backend…' });
 * Loket.on('case-filed', (event) => analytics.track('support case', { reference: event.detail.reference }));
 * document.querySelector('#help').onclick = () => Loket.open({ topic: 'internet' });
 * ```
 */
export type LoketApi = {
  /** Opens the window, loading the UI first if needed; on a topic's first question with `topic`, filled in with `prefill`. */
  open(options?: OpenOptions): Promise<void>;
  /** Closes the window; what the customer typed is kept. */
  close(): Promise<void>;
  /** Fields of the host page (plan, app version…) sent with the environment; the customer sees and may remove them. */
  setContext(context: Record<string, string | number | boolean>): Promise<void>;
  /** Who the customer is: fills e-mail and name, and with a signature marks the contact verified; see {@link Identity}. */
  identify(identity: Identity): Promise<void>;
  /**
   * Calls `handler` with each event `name`: the DOM event's type without `loket-` (`case-filed`
   * for `loket-case-filed`). As with `addEventListener`, the same handler is added once.
   */
  on<Name extends LoketEventName>(name: Name, handler: LoketEventHandler<Name>): Promise<void>;
  /** Stops calling a handler given to `on` with the same name. */
  off<Name extends LoketEventName>(name: Name, handler: LoketEventHandler<Name>): Promise<void>;
  /**
   * Takes the widget off the page: the launcher, the window, every listener, observer and timer
   * of both, and `window.Loket` itself. Adding the script tag again starts it anew.
   */
  destroy(): void;
};

declare global {
  interface Window {
    /** The widget's JavaScript API, once `loket.js` ran; see {@link LoketApi}. */
    Loket?: LoketApi;
  }
}
