import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('waits 15 s after the first failure and doubles each time, up to an hour', () => {
    expect([1, 2, 3, 4, 8, 9, 50].map(retryDelayMs)).toEqual([15_000, 30_000, 60_000, 120_000, 1_920_000, 3_600_000, 3_600_000]);
  });
});
