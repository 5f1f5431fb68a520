// Timing for the benchmark: warm up first (so the JIT has compiled the code we time), then run
// N times and keep every sample, because a median and a p95 say more than a mean.

export interface Timing {
  /** Milliseconds. */
  median: number;
  p95: number;
  runs: number;
}

/** One line of the report. `max` is the target: the figure passes when it is at most `max`. */
export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: 'ms' | 'x' | 'KB' | 's' | 'MB';
  max?: number;
  /** Extra context printed beside the figure (p95, sizes, how it was measured). */
  detail?: string;
}

// Results go here so the engine cannot drop a call whose value nobody reads.
let sink: unknown;
export const keep = (value: unknown): void => {
  sink = value;
};
export const lastKept = (): unknown => sink;

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs: sorted.length };
}

/** Samples, in ms, of `fn` after `warmup` untimed calls. */
export function sample(fn: () => unknown, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) keep(fn());
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    keep(fn());
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

export function time(fn: () => unknown, runs: number, warmup: number): Timing {
  return summarise(sample(fn, runs, warmup));
}

export const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
