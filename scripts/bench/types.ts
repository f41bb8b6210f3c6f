/** One section of `npm run bench`: a table for people and a JSON value for the results file. */
export interface BenchSection {
  readonly title: string;
  /** Rows of the printed table; every row has the same keys. */
  readonly rows: readonly Record<string, string | number>[];
  readonly notes?: readonly string[];
  readonly json: unknown;
}

export type Bench = () => Promise<BenchSection | readonly BenchSection[]>;

/** Runs `fn` and reports wall time (ms) and the peak of RSS and heap seen while it ran (MB, sampled). */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; peakRssMb: number; peakHeapMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    return { value, ms, peakRssMb: peakRss / 1048576, peakHeapMb: peakHeap / 1048576 };
  } finally {
    clearInterval(timer);
  }
}
