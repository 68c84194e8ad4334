/** Percentiles and throughput for a list of latencies in milliseconds. */
export function summarize(latenciesMs: number[], wallMs: number) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    count: sorted.length,
    opsPerSec: Math.round((sorted.length / wallMs) * 1000),
    p50: +at(0.5).toFixed(2),
    p95: +at(0.95).toFixed(2),
    p99: +at(0.99).toFixed(2),
  };
}

/** Runs `task` `total` times with at most `concurrency` in flight and records each call's latency. */
export async function measure(total: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize(latencies, performance.now() - started);
}
