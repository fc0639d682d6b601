// Percentiles of timing samples, computed the same way by every ranking benchmark.

/**
 * Nearest-rank percentiles of samples: `at(p)` is the smallest sample with at least a share `p`
 * of the samples at or below it (of 20 samples, p95 is the slowest but one).
 * @example
 * const at = percentiles(times); at(0.95);
 */
export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
