/**
 * What every event of `<loket-widget>` shares: it bubbles and crosses shadow roots (`composed`),
 * so a listener on the element, on `document` or on any ancestor hears it, and its `detail` is typed.
 */
export class LoketEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: `loket-${string}`, detail: Detail) {
    super(type, { bubbles: true, composed: true, detail });
  }
}
