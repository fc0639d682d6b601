/** Fired when a case was filed; `detail.reference` is its reference, e.g. `LK-4F7Q-92KD`. */
export class LoketCaseFiledEvent extends CustomEvent<{ reference: string }> {
  constructor(detail: { reference: string }) {
    super('loket-case-filed', { bubbles: true, composed: true, detail });
  }
}

/** Fired when the widget's window closes. */
export class LoketCloseEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('loket-close', { bubbles: true, composed: true, detail: {} });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loket-case-filed': LoketCaseFiledEvent;
    'loket-close': LoketCloseEvent;
  }
}
