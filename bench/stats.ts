/**
 * Latency statistics: percentiles of a sample, rounded for reports.
 */

/** Percentiles of a latency sample in ms. */
export interface Summary {
  n: number;
  mean_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

/** The value at quantile `q` (0…1) of an ascending sample (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/** Rounds to two decimals (ms figures) . */
export function round2(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 : x;
}

/** Summarises a sample of latencies in ms. */
export function summarize(sample: readonly number[]): Summary {
  const sorted = [...sample].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    mean_ms: round2(sorted.length ? sum / sorted.length : NaN),
    p50_ms: round2(quantile(sorted, 0.5)),
    p95_ms: round2(quantile(sorted, 0.95)),
    p99_ms: round2(quantile(sorted, 0.99)),
    max_ms: round2(sorted.at(-1) ?? NaN),
  };
}

/** Median of a sample (NaN when empty). */
export function median(sample: readonly number[]): number {
  return quantile([...sample].sort((a, b) => a - b), 0.5);
}
