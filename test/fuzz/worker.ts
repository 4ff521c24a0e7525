/**
 * The fuzzer's sandbox: runs the checks on the cases the fuzzer sends, in a worker thread the fuzzer can
 * terminate when a case hangs. Reports each stage as it starts, so that a hang says where it happened.
 */
import { parentPort } from 'node:worker_threads';
import { StrategyChecks, type FuzzInput } from './checks.js';

export type ToWorker = { id: number; input: FuzzInput };
export type FromWorker =
    | { type: 'ready' }
    | { type: 'stage'; id: number; stage: string }
    | { type: 'done'; id: number; violations: Array<{ stage: string; message: string }>; timings: Record<string, number> };

const port = parentPort!;
const checks = new StrategyChecks();
let current = 0;
checks.onStage = stage => port.postMessage({ type: 'stage', id: current, stage } satisfies FromWorker);

port.on('message', async ({ id, input }: ToWorker) => {
    current = id;
    const violations = await checks.run(input);
    port.postMessage({ type: 'done', id, violations, timings: checks.timings } satisfies FromWorker);
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
