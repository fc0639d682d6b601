import { describe, expect, it } from 'vitest';
import { createCallBatches } from './call-batches';
import type { CallOutcome } from './call-batches';

/** A batch runner that holds each batch until the test releases it, and records the batches. */
function heldBatches() {
  const batches: number[][] = [];
  const releases: Array<() => void> = [];
  const run = (items: number[]) => {
    batches.push(items);
    return new Promise<CallOutcome<string>[]>((resolve) => {
      releases.push(() => resolve(items.map((item) => ({ ok: true, value: `stored ${item}` }))));
    });
  };
  return { batches, run, releaseNext: () => releases.shift()!() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createCallBatches', () => {
  it('runs a call at once and alone while nothing else runs', async () => {
    const held = heldBatches();
    const calls = createCallBatches(held.run, { maxRunning: 2, maxBatch: 10 });
    const stored = calls.call(1);
    expect(held.batches).toEqual([[1]]);
    held.releaseNext();
    expect(await stored).toBe('stored 1');
  });

  it('groups the calls that arrive while the limit of batches runs, in their order, into the next batch', async () => {
    const held = heldBatches();
    const calls = createCallBatches(held.run, { maxRunning: 2, maxBatch: 10 });
    const results = [1, 2, 3, 4, 5].map((item) => calls.call(item));
    expect(held.batches).toEqual([[1], [2]]);
    held.releaseNext();
    await settle();
    expect(held.batches).toEqual([[1], [2], [3, 4, 5]]);
    held.releaseNext();
    held.releaseNext();
    expect(await Promise.all(results)).toEqual(['stored 1', 'stored 2', 'stored 3', 'stored 4', 'stored 5']);
  });

  it('never puts more than maxBatch calls in one batch', async () => {
    const held = heldBatches();
    const calls = createCallBatches(held.run, { maxRunning: 1, maxBatch: 3 });
    const results = Array.from({ length: 8 }, (_, item) => calls.call(item));
    for (let round = 0; round < 4; round += 1) {
      held.releaseNext();
      await settle();
    }
    expect(held.batches).toEqual([[0], [1, 2, 3], [4, 5, 6], [7]]);
    expect(await Promise.all(results)).toHaveLength(8);
  });

  it("gives each call its own outcome: one call's error is not its neighbours'", async () => {
    const calls = createCallBatches<number, number>(
      async (items) => items.map((item) => (item === 2 ? { ok: false, error: new Error('two failed') } : { ok: true, value: item * 10 })),
      { maxRunning: 1, maxBatch: 10 },
    );
    const results = await Promise.allSettled([1, 2, 3].map((item) => calls.call(item)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('two failed') },
      { status: 'fulfilled', value: 30 },
    ]);
  });

  it('fails every call of a batch that failed as a whole, and goes on with the next batch', async () => {
    let round = 0;
    const calls = createCallBatches<number, number>(
      async (items) => {
        round += 1;
        if (round === 2) throw new Error('database gone');
        return items.map((item) => ({ ok: true, value: item }));
      },
      { maxRunning: 1, maxBatch: 10 },
    );
    const first = calls.call(1);
    const failing = [calls.call(2), calls.call(3)];
    expect(await first).toBe(1);
    await expect(Promise.all(failing)).rejects.toThrow('database gone');
    expect(await calls.call(4)).toBe(4);
  });

  it('fails a call that its batch gave no outcome, instead of leaving it waiting', async () => {
    const calls = createCallBatches<number, number>(async () => [], { maxRunning: 1, maxBatch: 10 });
    await expect(calls.call(1)).rejects.toThrow('A batch of 1 calls gave 0 results.');
  });
});
