import { describe, expect, it } from 'vitest';
import { drawRandomBytes } from './random-pool';

describe('random bytes from the pool', () => {
  it('gives as many bytes as asked, never the same ones twice, across refills', () => {
    const drawn = Array.from({ length: 1000 }, () => drawRandomBytes(32));
    expect(drawn.every((bytes) => bytes.length === 32)).toBe(true);
    expect(new Set(drawn.map((bytes) => bytes.toString('hex'))).size).toBe(1000);
    expect(drawRandomBytes(12)).toHaveLength(12);
    expect(drawRandomBytes(10_000)).toHaveLength(10_000);
  });

  it('hands out copies, so one caller changing its bytes changes no one else\'s', () => {
    const first = drawRandomBytes(16);
    const second = drawRandomBytes(16);
    const before = second.toString('hex');
    first.fill(0);
    expect(second.toString('hex')).toBe(before);
  });

  it('looks random: all byte values turn up, none far more often than the others', () => {
    const counts = new Array<number>(256).fill(0);
    for (const byte of drawRandomBytes(4096 * 16)) counts[byte]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(128);
    expect(Math.max(...counts)).toBeLessThan(384);
  });
});
