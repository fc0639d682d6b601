import { describe, expect, it, vi } from 'vitest';
import { startRepeating } from './start-repeating';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startRepeating', () => {
  it('runs once more right after a run that was kicked while it ran, long before the interval', async () => {
    let runs = 0;
    let release = () => {};
    const repeating = startRepeating(
      async () => {
        runs += 1;
        if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
      },
      { intervalMs: 60_000, logError: (error) => { throw error; } },
    );
    await expect.poll(() => runs).toBe(1);
    repeating.kick();
    repeating.kick();
    release();
    await expect.poll(() => runs).toBe(2);
    await pause(50);
    expect(runs).toBe(2);
    await repeating.stop();
  });

  it('runs once for the kicks within kickDelayMs, and a kick in a row does not put the run off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      let runs = 0;
      const repeating = startRepeating(async () => void (runs += 1), { intervalMs: 60_000, kickDelayMs: 100, logError: (error) => { throw error; } });
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toBe(1);
      repeating.kick();
      await vi.advanceTimersByTimeAsync(60);
      repeating.kick();
      repeating.kick();
      await vi.advanceTimersByTimeAsync(39);
      expect(runs).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(runs).toBe(2);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(runs).toBe(2);
      await repeating.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('logs a failed run and runs again at the next interval', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const repeating = startRepeating(
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('first run fails');
      },
      { intervalMs: 20, logError: (error) => errors.push(error) },
    );
    await expect.poll(() => runs).toBeGreaterThanOrEqual(2);
    await repeating.stop();
    expect(errors.map((error) => (error as Error).message)).toEqual(['first run fails']);
  });

  it('stop waits for the run under way and then runs no more', async () => {
    let finished = false;
    let runs = 0;
    const repeating = startRepeating(
      async () => {
        runs += 1;
        await pause(100);
        finished = true;
      },
      { intervalMs: 10, logError: (error) => { throw error; } },
    );
    await expect.poll(() => runs).toBe(1);
    await repeating.stop();
    expect(finished).toBe(true);
    repeating.kick();
    await pause(50);
    expect(runs).toBe(1);
  });
});
