import type { LinearScale } from './chart-scale';

/** Where the columns of a column chart go along the x axis. */
export type ColumnLayout = {
  /** Pixels from one column's start to the next. */
  step: number;
  /** Width of a column. */
  barWidth: number;
  /** Left edge of the column at `index`. */
  xOf(index: number): number;
  /** Centre of the column at `index`. */
  centreOf(index: number): number;
};

/**
 * Spreads `count` columns over `width` pixels with a gap of about a quarter of a column between
 * them (at least 1 px, so neighbours never touch).
 */
export function layoutColumns(count: number, width: number): ColumnLayout {
  const step = count > 0 ? width / count : width;
  const gap = Math.max(1, Math.min(step * 0.25, 12));
  const barWidth = Math.max(1, step - gap);
  const xOf = (index: number) => index * step + gap / 2;
  return { step, barWidth, xOf, centreOf: (index) => xOf(index) + barWidth / 2 };
}

/**
 * How many columns to skip between x axis labels so labels of `labelWidth` pixels do not overlap.
 * @returns 1 to label every column, 2 for every other one, and so on.
 */
export function labelStride(step: number, labelWidth: number): number {
  return step >= labelWidth ? 1 : Math.ceil(labelWidth / step);
}

/** One coloured part of a stacked column. */
export type StackSegment<Series extends string> = { series: Series; value: number; y: number; height: number };

/**
 * Stacks values bottom-up into one column of a chart whose plot is `plotHeight` pixels high.
 * Series with 0 are left out, so no empty slivers are drawn.
 * @param values The values in stacking order, bottom first.
 * @returns The segments, with `y` measured from the top of the plot as in SVG.
 */
export function stackColumn<Series extends string>(
  values: ReadonlyArray<{ series: Series; value: number }>,
  scale: LinearScale,
  plotHeight: number,
): StackSegment<Series>[] {
  const segments: StackSegment<Series>[] = [];
  let total = 0;
  for (const { series, value } of values) {
    if (value <= 0) continue;
    const bottom = scale.toPixels(total);
    total += value;
    const top = scale.toPixels(total);
    segments.push({ series, value, y: plotHeight - top, height: top - bottom });
  }
  return segments;
}

/**
 * Length of a horizontal bar: a value above 0 always gets at least `minimum` pixels, so a small
 * but real number stays visible next to a zero.
 */
export function barLength(value: number, scale: LinearScale, minimum = 2): number {
  if (value <= 0) return 0;
  return Math.max(minimum, scale.toPixels(value));
}

/** Width of a text in pixels at the font a chart uses (see `createTextMeasure`). */
export type TextWidth = (text: string) => number;

/**
 * A {@link TextWidth} that assumes every character is `charWidth` pixels wide: an estimate for
 * where text cannot be measured, and a predictable one for tests.
 */
export function widthPerCharacter(charWidth: number): TextWidth {
  return (text) => text.length * charWidth;
}

/**
 * Shortens a text to fit `maxWidth` pixels, ending it with an ellipsis. SVG text does not wrap
 * or clip by itself; the full text stays in the chart's table and tooltip.
 */
export function fitText(text: string, maxWidth: number, width: TextWidth): string {
  if (width(text) <= maxWidth) return text;
  for (let end = text.length - 1; end > 0; end--) {
    const candidate = `${text.slice(0, end).trimEnd()}…`;
    if (width(candidate) <= maxWidth) return candidate;
  }
  return '…';
}

/**
 * Breaks a text into lines of at most `maxWidth` pixels at spaces, for SVG, which does not wrap.
 * A text needing more than `maxLines` lines ends its last line with an ellipsis; the full text
 * stays in the chart's table and tooltip.
 */
export function wrapText(text: string, maxWidth: number, width: TextWidth, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter((word) => word !== '');
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (width(candidate) <= maxWidth || line === '') {
      line = candidate;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) {
      lines[maxLines - 1] = cutAtWord(`${line} ${words.slice(index).join(' ')}`, maxWidth, width);
      return lines;
    }
    line = word;
  }
  if (line !== '') lines.push(line);
  // A single word longer than a line is cut, too.
  return lines.map((each) => fitText(each, maxWidth, width));
}

// Ends a text with an ellipsis after the last whole word that fits, unless that would leave less
// than half a line; then it cuts within the word.
function cutAtWord(text: string, maxWidth: number, width: TextWidth): string {
  if (width(text) <= maxWidth) return text;
  for (let space = text.lastIndexOf(' '); space > 0; space = text.lastIndexOf(' ', space - 1)) {
    const candidate = `${text.slice(0, space).replace(/[\s,;:]+$/, '')}…`;
    if (width(candidate) > maxWidth) continue;
    return width(candidate) >= maxWidth / 2 ? candidate : fitText(text, maxWidth, width);
  }
  return fitText(text, maxWidth, width);
}
