import { widthPerCharacter } from './bar-geometry';
import type { TextWidth } from './bar-geometry';

const cache = new Map<string, TextWidth>();

/**
 * Measures text the way the browser will draw it, so chart labels wrap where they must and no
 * sooner. Falls back to an estimate of `fallbackCharWidth` per character without a canvas.
 * @param font A CSS font, e.g. `600 13.5px system-ui, sans-serif`, the same as the chart's CSS.
 */
export function createTextMeasure(font: string, fallbackCharWidth: number): TextWidth {
  const cached = cache.get(font);
  if (cached !== undefined) return cached;
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context === null) return widthPerCharacter(fallbackCharWidth);
  context.font = font;
  const measure: TextWidth = (text) => context.measureText(text).width;
  cache.set(font, measure);
  return measure;
}
