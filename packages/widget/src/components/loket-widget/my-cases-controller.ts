import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ERROR_CODES, isHttpError, OPEN_CASE_STATUSES } from '@loket/sdk';
import type { Case, CaseClient, CaseStatus } from '@loket/sdk';
import { LoketMessageSentEvent } from '../../events/widget-events';
import type { CaseLink } from '../../internal/case-link';
import { forgetCase, loadMyCases, rememberCase, updateCase } from '../../internal/my-cases-store';
import type { MyCases, SavedCase } from '../../internal/my-cases-store';
import type { CasePatch } from '../../internal/my-cases-store';
import type { Delivery } from './delivery';

/** What My cases shows: the list, one case, or the offer to add to an open case on the chosen topic. */
export type CasesView = { kind: 'list' } | { kind: 'case'; reference: string } | { kind: 'offer'; reference: string };

/** A case as read from the server: loading, loaded, or why it could not be. */
export type CaseLoad = { case?: Case; loading: boolean; error?: 'not_found' | 'failed' };

/** What the case view announces after the customer acted. */
export type CaseNotice = 'sent' | 'queued' | 'unavailable' | 'refused' | 'linked';

/** What My cases needs from the widget. */
export type CasesOptions = {
  site(): string;
  client(): CaseClient;
  delivery(): Delivery;
  focusHeading(): void;
  /** Runs after the next render, e.g. to move focus. */
  afterRender(act: (root: ParentNode) => void): void;
  /** A message that carried the report's text was sent: the report is no longer needed. */
  carriedSent(): void;
};

// Checking the open cases when the window opens should never become a burst of requests.
const MAX_CHECKS = 5;

/** Tells whether a case with this status is open: support still works on it, the customer can add to it. */
export const isOpen = (status: CaseStatus | undefined) => status !== undefined && (OPEN_CASE_STATUSES as readonly string[]).includes(status);

/**
 * My cases: the cases filed from this browser (kept in `localStorage`), read back with their
 * tokens, and the messages the customer adds to them. What the customer types in a case's message
 * box is kept with the case until it is sent, whatever goes wrong.
 */
export class CasesController implements ReactiveController {
  view: CasesView | undefined;
  data: MyCases = { cases: [], pending: [] };
  /** A message is being sent. */
  sending = false;
  /** Why the message of the open case was not sent, in the customer's words. */
  problem: string | undefined;
  /** What happened last on the open case. */
  notice: { reference: string; kind: CaseNotice } | undefined;
  #loads = new Map<string, CaseLoad>();
  #carried: string | undefined;

  constructor(
    /** The widget: it draws My cases and dispatches `loket-message-sent`. */
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: CasesOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads My cases again, e.g. when the window opens or the outbox changed it. */
  reload(): void {
    this.data = loadMyCases(this.options.site());
    this.host.requestUpdate();
  }

  #keep(data: MyCases): void {
    this.data = data;
    this.host.requestUpdate();
  }

  /** Everything in My cases: filed cases and reports waiting to be sent. */
  get count(): number {
    return this.data.cases.length + this.data.pending.length;
  }

  saved(reference: string): SavedCase | undefined {
    return this.data.cases.find((item) => item.reference === reference);
  }

  load(reference: string): CaseLoad | undefined {
    return this.#loads.get(reference);
  }

  /** The status as last known: read now, else as remembered. */
  status(reference: string): CaseStatus | undefined {
    return this.#loads.get(reference)?.case?.status ?? this.saved(reference)?.status;
  }

  #show(view: CasesView | undefined): void {
    this.view = view;
    this.problem = undefined;
    this.options.focusHeading();
    this.host.requestUpdate();
  }

  openList(): void {
    this.reload();
    this.#show({ kind: 'list' });
    void this.checkOpenCases();
  }

  openCase(reference: string, notice?: CaseNotice): void {
    this.reload();
    this.notice = notice ? { reference, kind: notice } : undefined;
    this.#show({ kind: 'case', reference });
    void this.refresh(reference);
  }

  /** Leaves My cases, back to the report. */
  leave(): void {
    this.#carried = undefined;
    this.#show(undefined);
  }

  /** Remembers a case opened from a link and opens it. */
  openLink(link: CaseLink): void {
    const known = loadMyCases(this.options.site()).cases.find((item) => item.reference === link.reference);
    // rememberCase keeps what is stored with a known case (its topic, draft, waiting messages).
    this.#keep(rememberCase(this.options.site(), { reference: link.reference, token: link.token, topic: '', filedAt: known?.filedAt ?? new Date().toISOString() }));
    this.openCase(link.reference, known ? undefined : 'linked');
  }

  /** Remembers a case just filed (or the open case a report was added to). */
  remember(saved: SavedCase): void {
    this.#keep(rememberCase(this.options.site(), saved));
  }

  /** Reads a case again; `quiet` for checks the customer did not ask for. */
  async refresh(reference: string): Promise<void> {
    const saved = this.saved(reference);
    if (!saved) return;
    const before = this.#loads.get(reference);
    this.#loads.set(reference, { ...(before?.case ? { case: before.case } : {}), loading: true });
    this.host.requestUpdate();
    try {
      const found = await this.options.client().cases.get(reference, saved.token);
      this.loaded(reference, found);
      this.#keep(updateCase(this.options.site(), reference, { status: found.status, respondBy: found.respondBy, topic: found.topic }));
    } catch (error) {
      const notFound = isHttpError(error) && error.code === ERROR_CODES.caseNotFound;
      this.#loads.set(reference, { ...(before?.case ? { case: before.case } : {}), loading: false, error: notFound ? 'not_found' : 'failed' });
      this.host.requestUpdate();
    }
  }

  /** Reads the status of the cases remembered as open, so an offer to add to one is current. Never rejects. */
  async checkOpenCases(): Promise<void> {
    const due = this.data.cases.filter((item) => (item.status === undefined || isOpen(item.status)) && !this.#loads.has(item.reference)).slice(0, MAX_CHECKS);
    await Promise.all(due.map((item) => this.refresh(item.reference)));
  }

  /** The customer's open case on a topic, as far as known without waiting: the newest. */
  openCaseFor(topic: string): SavedCase | undefined {
    return this.data.cases.find((item) => item.topic === topic && isOpen(this.status(item.reference)) && this.#loads.get(item.reference)?.error !== 'not_found');
  }

  /** Offers to add to an open case instead of filing a new report. */
  offer(reference: string): void {
    this.#show({ kind: 'offer', reference });
  }

  /** Accepts the offer: opens the case with the report's text in its message box. */
  addTo(reference: string, text: string): void {
    // Never over what is in the box already, also when another tab typed it.
    if (text.trim()) this.#keep(updateCase(this.options.site(), reference, (saved) => (saved.messageDraft?.trim() ? {} : { messageDraft: text })));
    this.#carried = text.trim() ? reference : undefined;
    this.openCase(reference);
  }

  /** Moves focus to the open case's message box, e.g. from the question at the top. */
  focusMessageBox(): void {
    this.options.afterRender((root) => root.querySelector<HTMLElement>('#loket-message')?.focus());
  }

  /** Keeps what the customer types in a case's message box. */
  setMessageDraft(reference: string, text: string): void {
    this.update(reference, { messageDraft: text });
    if (this.problem) this.problem = undefined;
    this.host.requestUpdate();
  }

  /** Forgets a case whose token is no longer valid, and goes back to the list. */
  forget(reference: string): void {
    this.#loads.delete(reference);
    this.#keep(forgetCase(this.options.site(), reference));
    this.#show({ kind: 'list' });
  }

  /** Takes a case's unsent message out of its box, e.g. to carry it into a new report. */
  takeMessageDraft(reference: string): string {
    let text = '';
    const data = updateCase(this.options.site(), reference, (saved) => {
      text = saved.messageDraft ?? '';
      return text ? { messageDraft: '' } : {};
    });
    if (text) this.#keep(data);
    return text;
  }

  // For sending a message (send-case-message.ts), which comes with the views of My cases.

  /** How messages are sent: now, or kept in the outbox. */
  delivery(): Delivery {
    return this.options.delivery();
  }

  /** Stores a change to a remembered case; the window draws it at its next render. */
  update(reference: string, patch: CasePatch): void {
    this.data = updateCase(this.options.site(), reference, patch);
  }

  /** The case as the server returned it, e.g. with a message just added. */
  loaded(reference: string, found: Case): void {
    this.#loads.set(reference, { case: found, loading: false });
  }

  /** The server no longer knows the case (or its token). */
  notFound(reference: string): void {
    this.#loads.set(reference, { loading: false, error: 'not_found' });
  }

  /** A message on `reference` reached support: the page hears of it. */
  announceMessage(reference: string): void {
    this.host.dispatchEvent(new LoketMessageSentEvent({ reference }));
  }

  /** A message to `reference` was sent or kept: if it carried the report's text, the report is done. */
  messageDelivered(reference: string): void {
    if (this.#carried !== reference) return;
    this.#carried = undefined;
    this.options.carriedSent();
  }

  /** Draws the window again. */
  changed(): void {
    this.host.requestUpdate();
  }

  /** A message kept in the outbox was added: the case as it is now. */
  messageSent(reference: string, found: Case): void {
    this.loaded(reference, found);
    this.reload();
    this.announceMessage(reference);
  }

  /** A kept message was refused: it is back in its box (the outbox bridge put it there); say so. */
  messageRefused(reference: string): void {
    this.reload();
    this.notice = { reference, kind: 'refused' };
    this.host.requestUpdate();
  }
}
