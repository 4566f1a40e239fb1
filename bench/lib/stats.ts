/** Order statistics for benchmark samples; percentiles use the nearest-rank method. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Rounds a figure for printing: three significant digits are all a noisy machine gives. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 3)));
}

/** An order statistic of samples that may hold misses: 'missed' where its rank falls on one. */
export type OrMissed = number | 'missed';

export interface StatsWithMisses {
  p50: OrMissed;
  p95: OrMissed;
  max: OrMissed;
}

const orMissed = (value: number): OrMissed => (Number.isFinite(value) ? value : 'missed');
const asTime = (value: OrMissed) => (value === 'missed' ? Number.POSITIVE_INFINITY : value);

/** Order statistics of samples in which a miss (null) counts as longer than any time: never left out. */
export function statsWithMisses(samples: readonly (number | null)[]): StatsWithMisses {
  const times = samples.map((s) => s ?? Number.POSITIVE_INFINITY);
  return { p50: orMissed(percentile(times, 50)), p95: orMissed(percentile(times, 95)), max: orMissed(percentile(times, 100)) };
}

/** The median, rounded, of figures some of which may be misses (longer than any time). */
export const medianWithMisses = (values: readonly OrMissed[]): OrMissed => {
  const value = orMissed(median(values.map(asTime)));
  return value === 'missed' ? value : round(value);
};

/** The median over runs of each order statistic; a run's miss at that rank counts as longest. */
export function medianStats(runs: readonly StatsWithMisses[]): StatsWithMisses {
  return { p50: medianWithMisses(runs.map((r) => r.p50)), p95: medianWithMisses(runs.map((r) => r.p95)), max: medianWithMisses(runs.map((r) => r.max)) };
}

export const roundOrMissed = (value: OrMissed): OrMissed => (value === 'missed' ? value : round(value));
