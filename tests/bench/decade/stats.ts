export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Times `run` `count` times after a few warm-up rounds; every round gets its own index. */
export async function measure(count: number, run: (index: number) => unknown): Promise<Timing> {
  for (let index = 0; index < 5; index += 1) await run(index);
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await run(index);
    samples.push(performance.now() - started);
  }
  return timingOf(samples);
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(value < 1 ? 3 : 1)} ms` : '—');
