/**
 * A short fuzzing run with a fixed seed, so that a change that makes the fuzzer's cases crash, hang or
 * break a property fails the tests. `npm run fuzz` runs longer ones.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runFuzz } from './fuzzer.js';

const outDir = mkdtempSync(join(tmpdir(), 'smm-fuzz-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('200 mutated strategies go through every stage without a failure', async () => {
    const report = await runFuzz({
        iterations: 200, seconds: 40, seed: 20_270_101, timeoutMs: 20_000, outDir, root: process.cwd(), minimize: false
    });
    expect(report.failures.map(f => `iteration ${f.iteration} [${f.mutators.join(' + ')}]: ${f.kind} in ${f.stage}: ${f.message}`)).toEqual([]);
    expect(report.iterations).toBeGreaterThanOrEqual(100);
    // Every mutator had its turn.
    expect(Object.values(report.mutatorCounts).every(count => count > 0)).toBe(true);
}, 120_000);
