import { LoketEvent } from './loket-event';

/** Fired when the widget's window opens (`show()`, `Loket.open()`, the launcher, a case link). */
export class LoketOpenEvent extends LoketEvent<Record<string, never>> {
  constructor() {
    super('loket-open', {});
  }
}

/** Fired when the widget's window closes (the customer, Escape, `hide()` or `Loket.close()`). */
export class LoketCloseEvent extends LoketEvent<Record<string, never>> {
  constructor() {
    super('loket-close', {});
  }
}

/**
 * Fired when a case was filed; `detail.reference` is its reference, e.g. `LK-4F7Q-92KD`. A report
 * kept on this device while offline fires it once it is sent.
 */
export class LoketCaseFiledEvent extends LoketEvent<{ reference: string }> {
  constructor(detail: { reference: string }) {
    super('loket-case-filed', detail);
  }
}

/**
 * Fired when the customer's message on a case reached the support team; `detail.reference` is the
 * case's. A message kept on this device while offline fires it once it is sent.
 */
export class LoketMessageSentEvent extends LoketEvent<{ reference: string }> {
  constructor(detail: { reference: string }) {
    super('loket-message-sent', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loket-open': LoketOpenEvent;
    'loket-close': LoketCloseEvent;
    'loket-case-filed': LoketCaseFiledEvent;
    'loket-message-sent': LoketMessageSentEvent;
  }
}
