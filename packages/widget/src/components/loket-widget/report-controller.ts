import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '@loket/sdk';
import type { CaseInput, Locale } from '@loket/sdk';
import { attemptFor } from '../../internal/case-attempt';
import type { CaseAttempt } from '../../internal/case-attempt';
import { clearDraft, EMPTY_REPORT, loadDraft, saveDraft } from '../../internal/draft-store';
import type { Report } from '../../internal/draft-store';

/**
 * The report in progress: what the customer chose and typed, kept in the browser as a draft after
 * every change until it is filed, and the send that may have reached the server, so a retry after
 * a reload files no second case.
 */
export class ReportController implements ReactiveController {
  #report: Report = EMPTY_REPORT;
  #attempt: CaseAttempt | undefined;
  #restoredFromDraft = false;
  #loaded = false;
  #saved: Report | undefined;
  /** While a report is being sent, it does not change: what left is what the customer saw. */
  frozen = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly site: () => string,
  ) {
    host.addController(this);
  }

  /** The report as it stands. */
  get report(): Report {
    return this.#report;
  }

  /** The report was picked up from an earlier visit (and not yet filed or thrown away). */
  get restored(): boolean {
    return this.#restoredFromDraft;
  }

  /** Picks up the draft of an earlier visit, once. */
  restore(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    const draft = loadDraft(this.site());
    if (!draft) return;
    const { attempt, ...report } = draft;
    // A draft from before report ids gets one now, so its impressions and attempts are linked too.
    this.#report = withId(report);
    this.#saved = report;
    this.#attempt = attempt;
    this.#restoredFromDraft = report.topic !== '';
    this.host.requestUpdate();
  }

  /** Changes the report; ignored while it is being sent. */
  change(patch: Partial<Report>): void {
    if (this.frozen) return;
    this.#report = withId({ ...this.#report, ...patch });
    this.host.requestUpdate();
  }

  /** Replaces the report, e.g. to keep only what was typed when its topic is gone. */
  replace(report: Report): void {
    this.#report = report;
    this.host.requestUpdate();
  }

  /** The send for the report as it stands, kept with the draft before it leaves; see {@link attemptFor}. */
  prepareSend(locale: Locale, buildInput: () => CaseInput): CaseAttempt {
    this.#report = withId(this.#report);
    this.#attempt = attemptFor(this.#report, locale, this.#attempt, buildInput);
    saveDraft(this.site(), { ...this.#report, attempt: this.#attempt });
    return this.#attempt;
  }

  /** The report was filed or solved: forget the draft and the send. */
  finish(): void {
    this.#attempt = undefined;
    this.#restoredFromDraft = false;
    clearDraft(this.site());
  }

  /**
   * Puts back a report that was kept on this device and then refused, so the customer can fix and
   * send it; not over a report the customer is busy with. Returns whether it was put back.
   */
  putBack(report: Report): boolean {
    const current = this.#loaded ? this.#report : (loadDraft(this.site()) ?? EMPTY_REPORT);
    if (current.topic !== '' && current.step !== 'done' && current.step !== 'solved') return false;
    // Marked as loaded, so opening the window later does not replace it with an older draft.
    this.#loaded = true;
    this.#attempt = undefined;
    this.#restoredFromDraft = false;
    this.#report = this.#saved = report;
    saveDraft(this.site(), report);
    this.host.requestUpdate();
    return true;
  }

  /** Throws the report away and starts a new one. */
  startOver(): void {
    this.finish();
    this.#report = this.#saved = EMPTY_REPORT;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const { step } = this.#report;
    if (!this.#loaded || this.#report === this.#saved || step === 'done' || step === 'solved') return;
    this.#saved = this.#report;
    saveDraft(this.site(), { ...this.#report, attempt: this.#attempt });
  }
}

/** The report with its random id, made now if it has none yet (a report begun before ids existed). */
function withId(report: Report): Report {
  return report.id ? report : { ...report, id: newIdempotencyKey() };
}
