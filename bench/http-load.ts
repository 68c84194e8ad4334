import autocannon from 'autocannon';
import { summarize } from './stats';

export type Scenario = { name: string; path: string | (() => string) };

/**
 * Drives one scenario with autocannon for `durationSeconds` at `connections` concurrent connections and
 * computes p50/p95/p99 from every response's own latency (autocannon's summary has no p95).
 */
export async function runScenario(baseUrl: string, scenario: Scenario, { connections, durationSeconds, headers }: { connections: number; durationSeconds: number; headers: Record<string, string> }) {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const pathFor = typeof scenario.path === 'function' ? scenario.path : () => scenario.path as string;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: durationSeconds,
        headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: pathFor() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 400) errors += 1;
      latencies.push(responseTime);
    });
  });
  const stats = summarize(latencies, performance.now() - started);
  return { scenario: scenario.name, requests: stats.count, 'req/s': stats.opsPerSec, p50: stats.p50, p95: stats.p95, p99: stats.p99, errors: errors + result.errors + result.timeouts };
}
