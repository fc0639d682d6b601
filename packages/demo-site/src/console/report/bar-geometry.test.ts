import { describe, expect, it } from 'vitest';
import { barLength, fitText, labelStride, layoutColumns, stackColumn, widthPerCharacter, wrapText } from './bar-geometry';
import { createLinearScale } from './chart-scale';

describe('layoutColumns', () => {
  it('fills the width with columns and a gap between neighbours', () => {
    const columns = layoutColumns(10, 400);
    expect(columns.step).toBe(40);
    expect(columns.barWidth).toBe(30);
    expect(columns.xOf(0)).toBe(5);
    expect(columns.xOf(9) + columns.barWidth).toBe(395);
    expect(columns.centreOf(1)).toBe(60);
  });

  it('keeps at least a pixel of gap and of column when space is short', () => {
    const columns = layoutColumns(120, 100);
    expect(columns.barWidth).toBe(1);
    expect(columns.xOf(1) - columns.xOf(0)).toBeCloseTo(100 / 120);
  });
});

describe('labelStride', () => {
  it('labels every column when labels fit, and skips columns when they do not', () => {
    expect(labelStride(50, 44)).toBe(1);
    expect(labelStride(10, 44)).toBe(5);
  });
});

describe('stackColumn', () => {
  it('stacks values bottom-up and leaves out zeros', () => {
    const scale = createLinearScale({ max: 10, length: 100 });
    const segments = stackColumn(
      [
        { series: 'solved', value: 5 },
        { series: 'failed', value: 0 },
        { series: 'unanswered', value: 3 },
      ],
      scale,
      100,
    );
    expect(segments).toEqual([
      { series: 'solved', value: 5, y: 50, height: 50 },
      { series: 'unanswered', value: 3, y: 20, height: 30 },
    ]);
  });
});

describe('barLength', () => {
  it('gives a small but real value a visible bar and zero none', () => {
    const scale = createLinearScale({ max: 1000, length: 200 });
    expect(barLength(1, scale)).toBe(2);
    expect(barLength(0, scale)).toBe(0);
    expect(barLength(500, scale)).toBe(100);
  });
});

describe('fitText', () => {
  it('keeps a text that fits and shortens one that does not with an ellipsis', () => {
    const width = widthPerCharacter(10);
    expect(fitText('Windows 7', 100, width)).toBe('Windows 7');
    expect(fitText('Installing Zeewind Home on Windows 7', 100, width)).toBe('Installin…');
    expect(fitText('Installing', 100, width)).toBe('Installing');
    expect(fitText('Wi-Fi in the attic', 75, width)).toBe('Wi-Fi…');
  });
});

describe('wrapText', () => {
  it('breaks a long label at spaces and shortens what does not fit in two lines', () => {
    const width = widthPerCharacter(10);
    expect(wrapText('macOS 10.13', 200, width)).toEqual(['macOS 10.13']);
    expect(wrapText('Topic Internet is down: many repeat contacts', 200, width)).toEqual(['Topic Internet is', 'down: many repeat…']);
    expect(wrapText('No article answers mesh, extender, attic, pairing and more', 150, width)).toEqual(['No article', 'answers mesh…']);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapText('installer-windows-7-8', 100, widthPerCharacter(10))).toEqual(['installer…']);
  });
});
