/** Order statistics of timings: the median for "how long it usually takes", p95 for "how long it can take". */

export function median(values: number[]): number {
    return percentile(values, 50);
}

/** The nearest-rank percentile: the smallest sample that `p`% of the samples do not exceed. */
export function percentile(values: number[], p: number): number {
    if (values.length === 0) {
        throw new Error('no samples');
    }
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
}

/** Milliseconds rounded to 0.1, as they are stored and printed. */
export function ms(value: number): number {
    return Math.round(value * 10) / 10;
}

export interface RunOptions {
    /** Untimed preparation before each run (warm-ups too). */
    before?: () => unknown;
    /** Receives the CPU time (user + system, all threads of this process) of each measured run, in ms. */
    cpu?: number[];
}

/**
 * Runs `action` `warmups` times unmeasured, then `runs` times measured; returns the durations in ms.
 * `run` is the index of the measured run, negative for warm-ups; `before` prepares each run, untimed.
 */
export async function timeRuns(
    runs: number, warmups: number, action: (run: number) => unknown, { before, cpu }: RunOptions = {}
): Promise<number[]> {
    for (let i = 0; i < warmups; i++) {
        await before?.();
        await action(-1 - i);
    }
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
        await before?.();
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        await action(i);
        samples.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu?.push((used.user + used.system) / 1000);
    }
    return samples;
}
