import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaseCreated } from '@loket/sdk';
import type { filingNotice } from './filing-notice';
import type { CaseAttempt } from '../../internal/case-attempt';
import { addPendingReport, savedCaseOf } from '../../internal/my-cases-store';
import type { Delivered, Delivery, QueueReason } from './delivery';
import type { CasesController } from './my-cases-controller';

/** Something that happened to a report kept on this device while the customer did other things. */
export type FilingNotice = { kind: 'sent'; reference: string } | { kind: 'refused'; reason: string; description?: string };

/**
 * Filing the report: sends it with the draft's idempotency key, remembers the case in My cases (or
 * the report as waiting, when it is kept on this device), and holds what the done screen shows.
 */
export class FilingController implements ReactiveController {
  sending = false;
  /** The answer to the report just filed. */
  filed: CaseCreated | undefined;
  /** The report just sent was kept on this device: its idempotency key, and why it was kept. */
  queued: { key: string; reason: QueueReason } | undefined;
  copied = false;
  /** What became of a report kept earlier, said once at the top of the window. */
  notice: FilingNotice | undefined;
  /**
   * How the notice is drawn: it comes with the outbox's chunk, which alone sets a notice, so the
   * first opening does not download it.
   */
  noticeView: typeof filingNotice | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { site(): string; delivery(): Delivery; cases: CasesController },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Files the report of this attempt; throws what the server refused. */
  async file(attempt: CaseAttempt): Promise<Delivered<CaseCreated>> {
    this.sending = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const delivered = await this.options.delivery().fileCase(attempt.input, attempt.key);
      if (delivered.status === 'sent') this.caseFiled(delivered.result, attempt.input.topic);
      else {
        this.queued = { key: attempt.key, reason: delivered.reason };
        addPendingReport(this.options.site(), { key: attempt.key, topic: attempt.input.topic, description: attempt.input.description, queuedAt: Date.now() });
        this.options.cases.reload();
      }
      return delivered;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** Remembers a filed case in My cases and shows its reference. */
  caseFiled(created: CaseCreated, topic: string): void {
    this.filed = created;
    this.options.cases.remember(savedCaseOf(created, topic));
  }

  /** A report kept on this device was filed later: on the done screen it gets its reference, elsewhere a notice. */
  keptReportSent(key: string, created: CaseCreated): void {
    if (this.queued?.key === key) {
      this.queued = undefined;
      this.filed = created;
    } else this.notice = { kind: 'sent', reference: created.reference };
    this.options.cases.reload();
  }

  /** A report kept on this device was refused: the done screen no longer promises it, the notice says why. */
  refused(key: string, notice: FilingNotice): void {
    if (this.queued?.key === key) this.queued = undefined;
    this.notice = notice;
    this.options.cases.reload();
  }

  /** Forgets the done screen's state, for a new report. */
  reset(): void {
    this.filed = undefined;
    this.queued = undefined;
    this.copied = false;
    this.notice = undefined;
  }

  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.filed?.reference ?? '');
      this.copied = true;
      this.host.requestUpdate();
    } catch {
      // Clipboard access can be refused; the reference stays visible to copy by hand.
    }
  }
}
