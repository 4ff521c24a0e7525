/**
 * The fuzzer's watchdog: a case that never answers (a synchronous endless loop) or kills its worker is
 * reported, with the stage it was in, and the next case runs in a fresh worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { FuzzInput } from './checks.js';
import { Sandbox } from './fuzzer.js';

const folder = mkdtempSync(join(tmpdir(), 'smm-sandbox-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * A stand-in for the checks' worker that loops forever on `loop`, exits on `exit`, spends 300 ms in each of
 * two stages on `slow`, and answers at once otherwise.
 */
const worker = join(folder, 'worker.mjs');
writeFileSync(worker, `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, input }) => {
    const text = input.files[input.target].text;
    parentPort.postMessage({ type: 'stage', id, stage: 'completion' });
    if (text === 'loop') { for (;;) {} }
    if (text === 'exit') { process.exit(3); }
    if (text === 'slow') {
        const until = Date.now() + 300; while (Date.now() < until) {}
        parentPort.postMessage({ type: 'stage', id, stage: 'hover' });
        const again = Date.now() + 300; while (Date.now() < again) {}
    }
    parentPort.postMessage({ type: 'done', id, violations: [], timings: { completion: 1 } });
});
parentPort.postMessage({ type: 'ready' });
`);

const input = (text: string): FuzzInput => ({ files: [{ name: 's.smm', text }], target: 0, locale: 'en' });

test('an endless loop is a hang in its stage, a dead worker a crash, and the next case still runs', async () => {
    const sandbox = new Sandbox(worker);
    try {
        const started = Date.now();
        expect(await sandbox.run(input('loop'), 500)).toEqual({ kind: 'hang', stage: 'completion', message: 'no answer after 500 ms' });
        expect(Date.now() - started).toBeLessThan(5000);
        expect(await sandbox.run(input('role A'), 5000)).toEqual({ kind: 'ok', violations: [], timings: { completion: 1 } });
        expect(await sandbox.run(input('exit'), 5000)).toEqual({ kind: 'crash', stage: 'completion', message: 'the worker exited with code 3' });
        expect((await sandbox.run(input('role B'), 5000)).kind).toBe('ok');
        // The limit is per stage: two stages of 300 ms each are not a hang at 500 ms.
        expect((await sandbox.run(input('slow'), 500)).kind).toBe('ok');
    } finally {
        await sandbox.dispose();
    }
});
