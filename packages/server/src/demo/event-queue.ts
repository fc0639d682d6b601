/** Something that happens at a time in the simulated past. */
export type Happening = { at: Date; run: () => Promise<void> };

type Entry = Happening & { order: number };

/**
 * Happenings in time order (a binary heap); two at the same time run in the order they were
 * added, so the simulation plays out the same way every run.
 */
export class EventQueue {
  #heap: Entry[] = [];
  #added = 0;

  /** Adds a happening. */
  add(at: Date, run: () => Promise<void>): void {
    this.#heap.push({ at, run, order: this.#added++ });
    let child = this.#heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.#before(child, parent)) break;
      this.#swap(child, parent);
      child = parent;
    }
  }

  /** Takes the earliest happening out, or `undefined` when none waits. */
  take(): Happening | undefined {
    const first = this.#heap[0];
    const last = this.#heap.pop();
    if (!first || !last || first === last) return first;
    this.#heap[0] = last;
    let parent = 0;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.#heap.length && this.#before(left, smallest)) smallest = left;
      if (right < this.#heap.length && this.#before(right, smallest)) smallest = right;
      if (smallest === parent) return first;
      this.#swap(parent, smallest);
      parent = smallest;
    }
  }

  #before(a: number, b: number): boolean {
    const x = this.#heap[a]!;
    const y = this.#heap[b]!;
    return x.at.getTime() < y.at.getTime() || (x.at.getTime() === y.at.getTime() && x.order < y.order);
  }

  #swap(a: number, b: number): void {
    [this.#heap[a], this.#heap[b]] = [this.#heap[b]!, this.#heap[a]!];
  }
}
