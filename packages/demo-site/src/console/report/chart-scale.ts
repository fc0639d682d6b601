/** A linear scale from counts (or shares) to pixels, with round tick values for an axis. */
export type LinearScale = {
  /** The top of the axis: the largest value rounded up to a tick. */
  max: number;
  /** Values to draw a tick and grid line at, from 0 up to `max`. */
  ticks: number[];
  /** Pixels from the axis' start for a value. */
  toPixels(value: number): number;
};

/**
 * Makes a scale from 0 to at least `max` over `length` pixels, with round ticks (1, 2 or 5 times a
 * power of ten) so the axis reads easily.
 * @param options `max` the largest value to show; `length` the axis length in pixels;
 *   `tickCount` about how many steps the axis has (default 4); `integer` whether values are
 *   counts, so steps are at least 1 (default true).
 * @returns The scale.
 */
export function createLinearScale(options: { max: number; length: number; tickCount?: number; integer?: boolean }): LinearScale {
  const { length, tickCount = 4, integer = true } = options;
  const step = niceStep(Math.max(options.max, 0) / tickCount, integer);
  const max = Math.max(step, Math.ceil(options.max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(round(tick));
  return { max, ticks, toPixels: (value) => (Math.min(Math.max(value, 0), max) / max) * length };
}

/**
 * Rounds a step to the nearest 1, 2 or 5 times a power of ten (and 2.5 for shares), nearest on a
 * log scale as d3 does, so an axis has about the number of steps asked for.
 * @param rough The step before rounding.
 * @param integer Whether the step must be a whole number (at least 1).
 */
export function niceStep(rough: number, integer = true): number {
  if (!(rough > 0)) return integer ? 1 : 0.25;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const candidates = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let nice = 1;
  for (const candidate of candidates) {
    if (Math.abs(Math.log(candidate / fraction)) < Math.abs(Math.log(nice / fraction))) nice = candidate;
  }
  const step = nice * power;
  return integer ? Math.max(1, Math.round(step)) : round(step);
}

// Floating point sums such as 0.1 + 0.2 would otherwise print as 0.30000000000000004.
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
