// Benchmark harness: each case runs the library's function and a naive baseline in the same
// process, on the same inputs, and prints both rates and their ratio. Speed is measured here,
// never asserted in tests.
import { Bench } from 'tinybench';

/**
 * @param {{ name: string, target?: number, unit?: string,
 *   fast: () => void, naive: () => void, opsPerCall?: number, naiveOpsPerCall?: number,
 *   iterations?: number }[]} cases  `iterations` lowers tinybench's minimum run count for a case whose
 *   single call is long (a million claim lines); `naiveOpsPerCall` when the baseline does less per call.
 */
export async function runCases(cases, { time = 500 } = {}) {
  const results = [];
  for (const c of cases) {
    const bench = new Bench({
      time,
      warmupTime: 100,
      ...(c.iterations !== undefined ? { iterations: c.iterations, warmupIterations: 1 } : {}),
    });
    bench.add('fast', c.fast).add('naive', c.naive);
    await bench.run();
    const [fast, naive] = bench.tasks.map(
      (t, i) => (t.result?.throughput?.mean ?? t.result?.hz ?? 0) * ((i === 1 ? c.naiveOpsPerCall : undefined) ?? c.opsPerCall ?? 1),
    );
    const ratio = naive > 0 ? fast / naive : Number.POSITIVE_INFINITY;
    results.push({ name: c.name, unit: c.unit ?? 'calls', fast, naive, ratio, target: c.target });
  }
  return results;
}

export function formatRate(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return n.toFixed(0);
}
