import type { DocsReport } from '@loket/sdk';
import { Swatch } from './chart-frame';
import type { ChartSeries } from './chart-frame';
import type { ReportFormat } from './report-format';
import type { ReportTexts } from './report-texts';

type Props = { totals: DocsReport['totals']; texts: ReportTexts; format: ReportFormat };

type Tile = { key: string; label: string; value: number; note?: string; series?: ChartSeries };

/**
 * The period's totals as tiles: a row of self-help outcomes as shares of reports, then a row of
 * cases with repeats and escalations as shares of cases.
 */
export function ReportTotals({ totals, texts, format }: Props) {
  const t = texts.totals;
  const share = (part: number, whole: number) => (whole > 0 ? format.percent(part / whole) : undefined);
  const ofReports = (part: number) => {
    const value = share(part, totals.reports);
    return value === undefined ? undefined : t.ofReports(value);
  };
  const ofCases = (part: number) => {
    const value = share(part, totals.cases);
    return value === undefined ? undefined : t.ofCases(value);
  };
  const tiles: Tile[] = [
    { key: 'reports', label: t.reports, value: totals.reports },
    { key: 'solved', label: t.solved, value: totals.solved, note: ofReports(totals.solved), series: 'solved' },
    { key: 'failed', label: t.failed, value: totals.failed, note: ofReports(totals.failed), series: 'failed' },
    { key: 'unanswered', label: t.unanswered, value: totals.unanswered, note: ofReports(totals.unanswered), series: 'unanswered' },
    { key: 'cases', label: t.cases, value: totals.cases, series: 'cases' },
    { key: 'repeated', label: t.repeated, value: totals.repeated, note: ofCases(totals.repeated) },
    { key: 'escalated', label: t.escalated, value: totals.escalated, note: ofCases(totals.escalated) },
  ];
  return (
    <section class="report-section" aria-labelledby="report-totals-heading">
      <h2 id="report-totals-heading">{t.heading}</h2>
      <dl class="report-totals">
        {tiles.map((tile) => (
          <div key={tile.key} class={`report-total report-total--${tile.key}`}>
            <dt>
              {tile.series !== undefined && <Swatch series={tile.series} />}
              {tile.label}
            </dt>
            <dd class="report-total__value">{format.count(tile.value)}</dd>
            {tile.note !== undefined && <dd class="report-total__note">{tile.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
