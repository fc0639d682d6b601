import { barLength, wrapText } from './bar-geometry';
import type { ChartSeries } from './chart-frame';
import { HATCH_ID } from './chart-frame';
import { createLinearScale } from './chart-scale';
import { createTextMeasure } from './text-measure';
import { useElementWidth } from './use-element-width';

/** One bar of a {@link BarChart}. */
export type BarRow = {
  key: string;
  /** Written above the bar; shortened to fit, so the full text also goes in `title`. */
  label: string;
  value: number;
  /** The value in words, written after the bar's end. */
  valueText: string;
  series: Exclude<ChartSeries, 'cases'>;
  /** Tooltip of the bar: the whole label and value. */
  title: string;
};

/** Props of {@link BarChart}. */
export type BarChartProps = {
  rows: BarRow[];
  /** Accessible name of the picture: what it shows, in a sentence. */
  label: string;
  axisTitle: string;
  /** Writes a tick value on the axis. */
  formatTick(value: number): string;
  /** Fixed top of the axis, e.g. `1` for shares; otherwise the largest value rounded up. */
  max?: number;
  /** Draw a light track under each bar up to the axis' top, e.g. to show a share out of 100%. */
  track?: boolean;
};

const LINE_HEIGHT = 18;
const BAR_HEIGHT = 16;
const ROW_GAP = 14;
const TICK_HEIGHT = 30;
// Fonts of .report-bar-label, .report-bar-value and .report-axis-title in console-report.css, with
// average character widths to fall back on where text cannot be measured.
const LABEL_FONT = { font: '600 13.5px', charWidth: 8 };
const VALUE_FONT = { font: '400 13px', charWidth: 7.4 };
const AXIS_FONT = { font: '600 12.5px', charWidth: 7.4 };

/** Horizontal bars with the label above each bar and its value written after it. */
export function BarChart(props: BarChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily;
  const measure = (font: { font: string; charWidth: number }) => createTextMeasure(`${font.font} ${family}`, font.charWidth);
  const valueWidth = Math.max(...props.rows.map((row) => measure(VALUE_FONT)(row.valueText))) + 10;
  const barArea = Math.max(60, width - valueWidth - 8);
  const integer = props.max === undefined;
  const scale = createLinearScale({ max: props.max ?? Math.max(0, ...props.rows.map((row) => row.value)), length: barArea, tickCount: 4, integer });
  const rows = props.rows.map((row) => ({ ...row, lines: wrapText(row.label, width - 4, measure(LABEL_FONT)) }));
  const tops: number[] = [];
  let rowsHeight = 0;
  for (const row of rows) {
    tops.push(rowsHeight);
    rowsHeight += row.lines.length * LINE_HEIGHT + 4 + BAR_HEIGHT + ROW_GAP;
  }
  const axisLines = wrapText(props.axisTitle, width, measure(AXIS_FONT));
  const height = rowsHeight + TICK_HEIGHT + axisLines.length * LINE_HEIGHT;

  return (
    <div class="report-chart__canvas" ref={ref}>
      <svg class="report-svg" role="img" aria-label={props.label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {scale.ticks.map((tick) => {
          const x = scale.toPixels(tick) + 0.5;
          return (
            <g key={tick}>
              <line class={tick === 0 ? 'report-axis' : 'report-grid'} x1={x} x2={x} y1={0} y2={rowsHeight - ROW_GAP / 2} />
              <text class="report-tick" x={Math.min(Math.max(x, 12), width - 20)} y={rowsHeight + 16} text-anchor="middle">
                {props.formatTick(tick)}
              </text>
            </g>
          );
        })}
        {rows.map((row, index) => {
          const top = tops[index] ?? 0;
          const barTop = top + row.lines.length * LINE_HEIGHT + 4;
          const length = barLength(row.value, scale);
          return (
            <g key={row.key}>
              <title>{row.title}</title>
              <text class="report-bar-label" x={2} y={top + 14}>
                {row.lines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x={2} dy={lineIndex === 0 ? 0 : LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
              {props.track === true && <rect class="report-track" x={1} y={barTop} width={barArea - 1} height={BAR_HEIGHT} rx={2} />}
              <rect
                class={`report-fill--${row.series} report-bar`}
                x={1}
                y={barTop}
                width={length}
                height={BAR_HEIGHT}
                rx={2}
                fill={row.series === 'unanswered' ? `url(#${HATCH_ID})` : undefined}
              />
              <text class="report-bar-value" x={(props.track === true ? barArea : length) + 8} y={barTop + BAR_HEIGHT / 2} dy="0.35em">
                {row.valueText}
              </text>
            </g>
          );
        })}
        <text class="report-axis-title" x={0} y={rowsHeight + TICK_HEIGHT + 8}>
          {axisLines.map((line, lineIndex) => (
            <tspan key={lineIndex} x={0} dy={lineIndex === 0 ? 0 : LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
      </svg>
    </div>
  );
}
