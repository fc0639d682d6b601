import type { DocsReport } from '@loket/sdk';
import { layoutColumns, labelStride, stackColumn } from './bar-geometry';
import { ChartFrame, HATCH_ID } from './chart-frame';
import { createLinearScale } from './chart-scale';
import { groupDays } from './group-days';
import type { ChartBucket } from './group-days';
import type { ReportFormat } from './report-format';
import type { ReportTexts } from './report-texts';
import { useElementWidth } from './use-element-width';

type Props = { report: DocsReport; texts: ReportTexts; format: ReportFormat; range: string };

const STACK = ['solved', 'failed', 'unanswered'] as const;
const MARGIN = { top: 30, right: 12, bottom: 50, left: 12 };
const PLOT_HEIGHT = 200;
const CHAR_WIDTH = 7.2;

/** Self-help outcomes as stacked columns and cases as a line, day by day (or week by week for a long period). */
export function DaysChart({ report, texts, format, range }: Props) {
  const t = texts.charts;
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const { unit, buckets } = groupDays(report.days);
  const sum = (key: keyof Omit<ChartBucket, 'start' | 'end' | 'dayCount'>) => buckets.reduce((total, bucket) => total + bucket[key], 0);
  const totals = { solved: sum('solved'), failed: sum('failed'), unanswered: sum('unanswered'), cases: sum('cases') };
  const isEmpty = totals.solved + totals.failed + totals.unanswered + totals.cases === 0;
  const bucketLabel = (bucket: ChartBucket) =>
    unit === 'day' ? format.day(bucket.start) : t.days.weekRange(format.day(bucket.start), format.day(bucket.end));

  return (
    <ChartFrame
      id="report-days"
      heading={unit === 'day' ? t.days.headingDay : t.days.headingWeek}
      legend={[
        { series: 'solved', label: t.series.solved, value: format.count(totals.solved) },
        { series: 'failed', label: t.series.failed, value: format.count(totals.failed) },
        { series: 'unanswered', label: t.series.unanswered, value: format.count(totals.unanswered) },
        { series: 'cases', label: t.series.cases, value: format.count(totals.cases) },
      ]}
      tableToggle={t.showTable}
      table={
        isEmpty ? undefined : (
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">{unit === 'day' ? t.days.columnDay : t.days.columnWeek}</th>
                <th scope="col">{t.series.solved}</th>
                <th scope="col">{t.series.failed}</th>
                <th scope="col">{t.series.unanswered}</th>
                <th scope="col">{texts.totals.cases}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{bucketLabel(bucket)}</th>
                  <td>{format.count(bucket.solved)}</td>
                  <td>{format.count(bucket.failed)}</td>
                  <td>{format.count(bucket.unanswered)}</td>
                  <td>{format.count(bucket.cases)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      <div class="report-chart__canvas" ref={ref}>
        {isEmpty ? (
          <p class="report-chart__empty">{t.noData}</p>
        ) : (
          <DaysSvg
            width={width}
            buckets={buckets}
            unit={unit}
            texts={texts}
            format={format}
            label={t.days.label(unit, range, format.count(totals.solved), format.count(totals.failed), format.count(totals.unanswered), format.count(totals.cases))}
            bucketLabel={bucketLabel}
          />
        )}
      </div>
      {unit === 'week' && buckets.some((bucket) => bucket.dayCount < 7) && <p class="report-chart__note">{t.days.partialWeeks}</p>}
    </ChartFrame>
  );
}

type SvgProps = {
  width: number;
  buckets: ChartBucket[];
  unit: 'day' | 'week';
  texts: ReportTexts;
  format: ReportFormat;
  label: string;
  bucketLabel(bucket: ChartBucket): string;
};

function DaysSvg({ width, buckets, unit, texts, format, label, bucketLabel }: SvgProps) {
  const t = texts.charts;
  const highest = Math.max(0, ...buckets.map((bucket) => Math.max(bucket.solved + bucket.failed + bucket.unanswered, bucket.cases)));
  const scale = createLinearScale({ max: highest, length: PLOT_HEIGHT, tickCount: 4 });
  const left = MARGIN.left + Math.max(...scale.ticks.map((tick) => format.count(tick).length)) * CHAR_WIDTH;
  const plotWidth = Math.max(40, width - left - MARGIN.right);
  const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom;
  const columns = layoutColumns(buckets.length, plotWidth);
  const tickLabel = (bucket: ChartBucket) => format.dayShort(bucket.start);
  const stride = labelStride(columns.step, Math.max(...buckets.map((bucket) => tickLabel(bucket).length)) * CHAR_WIDTH + 10);
  const yOf = (value: number) => PLOT_HEIGHT - scale.toPixels(value);
  const linePoints = buckets.map((bucket, index) => `${columns.centreOf(index).toFixed(1)},${yOf(bucket.cases).toFixed(1)}`).join(' ');
  const showDots = columns.step >= 8;

  return (
    <svg class="report-svg" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <text class="report-axis-title" x={0} y={14}>
        {t.days.axisCount}
      </text>
      <g transform={`translate(${left} ${MARGIN.top})`}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line class={tick === 0 ? 'report-axis' : 'report-grid'} x1={0} x2={plotWidth} y1={yOf(tick)} y2={yOf(tick)} />
            <text class="report-tick" x={-6} y={yOf(tick)} dy="0.32em" text-anchor="end">
              {format.count(tick)}
            </text>
          </g>
        ))}
        {buckets.map((bucket, index) => (
          <g key={bucket.start}>
            <title>
              {`${bucketLabel(bucket)}: ${t.series.solved} ${format.count(bucket.solved)}, ${t.series.failed} ${format.count(bucket.failed)}, ${t.series.unanswered} ${format.count(bucket.unanswered)}, ${texts.totals.cases} ${format.count(bucket.cases)}`}
            </title>
            {stackColumn(STACK.map((series) => ({ series, value: bucket[series] })), scale, PLOT_HEIGHT).map((segment) => (
              <rect
                key={segment.series}
                class={`report-fill--${segment.series} report-bar`}
                x={columns.xOf(index)}
                y={segment.y}
                width={columns.barWidth}
                height={segment.height}
                fill={segment.series === 'unanswered' ? `url(#${HATCH_ID})` : undefined}
              />
            ))}
            {index % stride === 0 && (
              <text class="report-tick" x={Math.min(columns.centreOf(index), plotWidth + MARGIN.right - (tickLabel(bucket).length * CHAR_WIDTH) / 2)} y={PLOT_HEIGHT + 18} text-anchor="middle">
                {tickLabel(bucket)}
              </text>
            )}
          </g>
        ))}
        {buckets.length > 1 && <polyline class="report-line" points={linePoints} />}
        {(showDots || buckets.length === 1) &&
          buckets.map((bucket, index) => <circle key={bucket.start} class="report-dot" cx={columns.centreOf(index)} cy={yOf(bucket.cases)} r={3.5} />)}
      </g>
      <text class="report-axis-title" x={left + plotWidth / 2} y={height - 8} text-anchor="middle">
        {unit === 'day' ? t.days.axisDay : t.days.axisWeek}
      </text>
    </svg>
  );
}
