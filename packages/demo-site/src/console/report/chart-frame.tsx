import type { ComponentChildren } from 'preact';

/** Colours of the report's charts; each has a CSS class `report-swatch--<series>` and `report-fill--<series>`. */
export type ChartSeries = 'solved' | 'failed' | 'unanswered' | 'hotspot' | 'cases';

/** Id of the hatch pattern that marks unanswered reports, so they differ from the others by more than colour. */
export const HATCH_ID = 'report-hatch';

/** One entry of a chart's legend: a swatch and its words (and a value, so no colour must be decoded). */
export type LegendEntry = { series: ChartSeries; label: string; value?: string };

/** Props of {@link ChartFrame}. */
export type ChartFrameProps = {
  id: string;
  heading: string;
  legend?: LegendEntry[];
  /** Label of the `<details>` that holds the table. */
  tableToggle: string;
  /** The chart's data as a table, the same figures the picture shows; none when there is nothing to show. */
  table?: ComponentChildren;
  children: ComponentChildren;
};

/** A chart with its heading, a legend in words, and its figures as a table behind a toggle. */
export function ChartFrame(props: ChartFrameProps) {
  return (
    <figure class="report-chart" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`} class="report-chart__heading">
        {props.heading}
      </h3>
      {props.legend !== undefined && props.legend.length > 0 && <ChartLegend entries={props.legend} />}
      {props.children}
      {props.table !== undefined && (
        <details class="report-chart__table">
          <summary>{props.tableToggle}</summary>
          {/* Focusable, so keyboard users can scroll a long or wide table (axe: scrollable-region-focusable). */}
          <div class="report-table-scroll" tabIndex={0} role="region" aria-label={props.heading}>
            {props.table}
          </div>
        </details>
      )}
    </figure>
  );
}

/** A legend as a list of words with a swatch each; the swatches are decoration. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul class="report-legend">
      {entries.map((entry) => (
        <li key={entry.series}>
          <Swatch series={entry.series} />
          <span>{entry.label}</span>
          {entry.value !== undefined && <strong class="report-legend__value">{entry.value}</strong>}
        </li>
      ))}
    </ul>
  );
}

/** The small picture of a series in a legend: a square for bars, a line with a dot for lines. */
export function Swatch({ series }: { series: ChartSeries }) {
  return (
    <svg class="report-swatch" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      {series === 'cases' ? (
        <>
          <line class="report-line" x1="0" y1="7" x2="18" y2="7" />
          <circle class="report-dot" cx="9" cy="7" r="3" />
        </>
      ) : (
        <rect class={`report-fill--${series}`} x="1" y="1" width="16" height="12" rx="2" fill={series === 'unanswered' ? `url(#${HATCH_ID})` : undefined} />
      )}
    </svg>
  );
}

/** Shared SVG definitions of the charts; render it once, inside the element that sets the colours. */
export function ChartDefinitions() {
  return (
    <svg class="report-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect class="report-hatch__ground" width="6" height="6" />
          <line class="report-hatch__line" x1="1.5" y1="0" x2="1.5" y2="6" />
        </pattern>
      </defs>
    </svg>
  );
}
