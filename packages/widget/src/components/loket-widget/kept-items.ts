import { EMPTY_REPORT } from '../../internal/draft-store';
import type { ReportController } from './report-controller';
import type { FilingController } from './filing-controller';
import type { CasesController } from './my-cases-controller';
import type { OutboxListener } from './outbox-events';
import { LoketCaseFiledEvent } from '../../events/widget-events';
import { filingNotice } from './filing-notice';

/** What the widget lends to react to reports and messages that were kept on this device and later sent or refused. */
export type KeptItemsSource = {
  reports: ReportController;
  filing: FilingController;
  cases: CasesController;
  /** The customer's words for why the server refused something. */
  explain(error: unknown): string;
  dispatch(event: Event): void;
};

/**
 * What happens when something kept on this device goes out later: a filed report gets its
 * reference (on the done screen, or in a notice) and the page hears of the case; a refused report
 * is put back to fix and send again (or its text shown, when another report is in progress); a
 * refused message goes back into its case's message box.
 */
export function keptItemsListener(source: KeptItemsSource): OutboxListener {
  const { reports, filing, cases } = source;
  filing.noticeView = filingNotice;
  return {
    caseSent: (item, created) => {
      filing.keptReportSent(item.key, created);
      source.dispatch(new LoketCaseFiledEvent({ reference: created.reference }));
    },
    caseRefused: (item, error) => {
      const { topic, answers = {}, description, articlesTried = [], contact, report: id } = item.input;
      const putBack = reports.putBack({ ...EMPTY_REPORT, topic, answers, description, articlesTried, email: contact?.email ?? '', name: contact?.name ?? '', step: 'review', ...(id ? { id } : {}) });
      const reason = source.explain(error);
      filing.refused(item.key, putBack ? { kind: 'refused', reason } : { kind: 'refused', reason, description });
      if (putBack) cases.leave();
    },
    messageSent: (item, found) => cases.messageSent(item.reference, found),
    messageRefused: (item) => cases.messageRefused(item.reference),
  };
}
