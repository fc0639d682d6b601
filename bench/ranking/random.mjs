// A seeded source of choices for the generated benchmark data, so every run measures the same
// articles and queries (Math.random would give other figures each time).

/**
 * Choices from a seed (mulberry32: small, fast and good enough to vary test data).
 * @example
 * const random = createRandom(7); random.pick(['a', 'b']); random.chance(0.3);
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (probability) => next() < probability;
  /** `count` different items, in their original order. */
  const sample = (items, count) => {
    const chosen = new Set();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index]);
  };
  return { integer, pick, chance, sample };
}
