import type { DocsReport } from '@loket/sdk';
import { useEffect, useMemo } from 'preact/hooks';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../use-document-title';
import { useConsole } from '../console-context';
import type { ErrorKind } from '../describe-error';
import { formatDateTime } from '../format';
import { ChartDefinitions } from './chart-frame';
import { DaysChart } from './days-chart';
import { FailingArticlesChart, UnansweredAndHotspotsChart } from './insight-charts';
import { usePeriod } from './period';
import { PeriodChooser } from './period-chooser';
import { createReportFormat } from './report-format';
import type { ReportFormat } from './report-format';
import { ReportList } from './report-list';
import { ReportShare } from './report-share';
import { REPORT_TEXTS } from './report-texts';
import type { ReportTexts } from './report-texts';
import { ReportTotals } from './report-totals';
import { useDocsReport } from './use-docs-report';

/**
 * The documentation fix report in the support console: a period chooser (kept in `?since=`),
 * totals, charts, the ranked list of what to fix, and copying or downloading it.
 */
export function ReportPage() {
  const { support, language: locale, texts: consoleTexts, announce, signOutExpired } = useConsole();
  const texts = REPORT_TEXTS[locale];
  useDocumentTitle(consoleTexts.documentTitle(consoleTexts.report.documentTitle));
  const format = useMemo(() => createReportFormat(texts.locale), [texts.locale]);
  const [period, setPeriod] = usePeriod();
  const [state, retry] = useDocsReport(support, period, locale);
  const report = state.report;
  const range = report === undefined ? '' : describeRange(report, texts, format);

  // A failure is announced by the error itself (an alert).
  useEffect(() => {
    if (state.status === 'loading') announce(texts.status.loading);
    else if (state.status === 'loaded') announce(texts.status.loaded(range));
  }, [state.status, range]);

  return (
    <div class="report">
      <ChartDefinitions />
      <header class="report-header">
        <PageHeading>{texts.title}</PageHeading>
        <p class="report-lead">{texts.lead}</p>
        <div class="report-header__controls">
          <PeriodChooser value={period} onChange={setPeriod} texts={texts} />
          {/* While another period loads, the old period's dates would say the wrong thing. */}
          {report !== undefined && state.status === 'loaded' && (
            <p class="report-range">
              <strong>{range}</strong>
              <span class="muted">{texts.period.madeAt(formatDateTime(report.until, texts.locale))}</span>
            </p>
          )}
        </div>
      </header>

      {/* Seen while loading; screen readers hear it through the console's live region. */}
      <p class="report-status">
        {state.status === 'loading' && (
          <>
            <span class="report-spinner" aria-hidden="true" />
            <span>{texts.status.loading}</span>
          </>
        )}
      </p>

      {state.status === 'failed' && <ReportError problem={state.problem} texts={texts} onRetry={retry} onSignIn={signOutExpired} />}

      {report !== undefined && (
        <div class={`report-body${state.status === 'loading' ? ' report-body--stale' : ''}`} aria-busy={state.status === 'loading'}>
          <ReportTotals totals={report.totals} texts={texts} format={format} />
          <section class="report-section" aria-labelledby="report-charts-heading">
            <h2 id="report-charts-heading">{texts.charts.heading}</h2>
            <div class="report-charts">
              <DaysChart report={report} texts={texts} format={format} range={range} />
              <FailingArticlesChart report={report} texts={texts} format={format} locale={locale} />
              <UnansweredAndHotspotsChart report={report} texts={texts} format={format} locale={locale} />
            </div>
          </section>
          <ReportList report={report} texts={texts} format={format} locale={locale} />
          <ReportShare report={report} period={period} texts={texts} announce={announce} />
        </div>
      )}
    </div>
  );
}

type ErrorProps = { problem: ErrorKind; texts: ReportTexts; onRetry(): void; onSignIn(): void };

/**
 * What went wrong and what to do: sign in again after a 401 (through the console's sign-out, which
 * forgets the key and says why on the sign-in form), otherwise try again. The kinds are the
 * console's (`errorKind`); a refused request or a missing case cannot come from loading the report,
 * and says what any other failure says.
 */
function ReportError({ problem, texts, onRetry, onSignIn }: ErrorProps) {
  const t = texts.errors;
  const { title, body } = t[problem === 'refused' || problem === 'notFound' ? 'other' : problem];
  return (
    <div class="report-error" role="alert">
      <h2>{title}</h2>
      <p>{body}</p>
      {problem === 'unauthorized' ? (
        <button type="button" class="console-button" onClick={onSignIn}>
          {t.signIn}
        </button>
      ) : (
        <button type="button" class="console-button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

/** The period in words: its first and last day, or "everything up to" its last day. */
function describeRange(report: DocsReport, texts: ReportTexts, format: ReportFormat): string {
  const first = report.days[0]?.date;
  const last = report.days.at(-1)?.date ?? report.until;
  if (report.since === null) return texts.period.everything(format.day(last));
  return texts.period.range(format.day(first ?? report.since), format.day(last));
}
