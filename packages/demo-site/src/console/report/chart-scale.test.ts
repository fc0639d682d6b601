import { describe, expect, it } from 'vitest';
import { createLinearScale, niceStep } from './chart-scale';

describe('createLinearScale', () => {
  it('rounds the top of the axis up to a round tick', () => {
    const scale = createLinearScale({ max: 23, length: 200 });
    expect(scale.ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(scale.max).toBe(25);
    expect(scale.toPixels(25)).toBe(200);
    expect(scale.toPixels(10)).toBe(80);
  });

  it('keeps whole-number ticks for small counts', () => {
    expect(createLinearScale({ max: 2, length: 100 }).ticks).toEqual([0, 1, 2]);
  });

  it('draws an axis from 0 to 1 when every value is 0', () => {
    const scale = createLinearScale({ max: 0, length: 100 });
    expect(scale.ticks).toEqual([0, 1]);
    expect(scale.toPixels(0)).toBe(0);
  });

  it('steps shares in quarters from 0% to 100%', () => {
    const scale = createLinearScale({ max: 1, length: 400, integer: false });
    expect(scale.ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(scale.toPixels(0.8)).toBe(320);
  });

  it('keeps values outside the axis inside the plot', () => {
    const scale = createLinearScale({ max: 10, length: 100 });
    expect(scale.toPixels(-3)).toBe(0);
    expect(scale.toPixels(99)).toBe(100);
  });
});

describe('niceStep', () => {
  it('rounds to the nearest 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1.6)).toBe(2);
    expect(niceStep(3.5)).toBe(5);
    expect(niceStep(5.75)).toBe(5);
    expect(niceStep(8)).toBe(10);
    expect(niceStep(130)).toBe(100);
    expect(niceStep(0.25, false)).toBe(0.25);
  });
});
