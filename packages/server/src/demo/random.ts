/** A source of numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/** Random choices drawn from one {@link RandomSource}, so a seeded source gives the same choices every run. */
export type Random = {
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A number from `min` (included) to `max` (excluded). */
  between(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One item, each as likely as its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  /** `count` different items of a list (all of them when it has fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A random id of letters and digits, e.g. for a report or a browser. */
  id(length: number): string;
};

const ID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A small seeded generator (mulberry32): fast, 32 bits of state, and the same sequence for the
 * same seed on every platform. Not for secrets.
 *
 * @example
 * const next = seededSource(2026);
 * next(); // always the same first number for seed 2026
 */
export function seededSource(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Wraps a source of numbers in the choices the demo data needs.
 *
 * @example
 * const random = createRandom(seededSource(2026));
 * random.pick(['nl', 'en']);
 */
export function createRandom(next: RandomSource): Random {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list.');
    return items[Math.floor(next() * items.length)]!;
  };
  return {
    int,
    pick,
    chance: (p) => next() < p,
    between: (min, max) => min + next() * (max - min),
    weighted(items) {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let point = next() * total;
      for (const [item, weight] of items) {
        point -= weight;
        if (point < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    sample(items, count) {
      const pool = [...items];
      const chosen = [];
      while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return chosen;
    },
    id: (length) => Array.from({ length }, () => ID_CHARACTERS[int(0, ID_CHARACTERS.length - 1)]).join(''),
  };
}
