/**
 * `npm run fuzz -- [--iterations N] [--seconds S] [--seed X] [--from I] [--timeout MS] [--out DIR] [--no-minimize]
 * [--frames N]`: runs the fuzzer and prints what it did; `--frames` then feeds N wrongly framed inputs to the
 * bundled server (out/server.cjs, from `npm run build`). Exits 1 when it found a failure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzFraming } from './framing.js';
import { runFuzz, type FuzzFailure } from './fuzzer.js';

const { values } = parseArgs({
    options: {
        iterations: { type: 'string', default: '2000' },
        seconds: { type: 'string', default: '300' },
        seed: { type: 'string', default: '1' },
        from: { type: 'string', default: '0' },
        timeout: { type: 'string', default: '20000' },
        out: { type: 'string', default: 'fuzz-failures' },
        'no-minimize': { type: 'boolean', default: false },
        frames: { type: 'string', default: '0' }
    },
    strict: true
});

function whole(name: string, value: string): number {
    const number = Number(value);
    if (!Number.isSafeInteger(number) || number < 0) {
        console.error(`--${name} takes a whole number, not ${JSON.stringify(value)}`);
        process.exit(2);
    }
    return number;
}

const options = {
    iterations: whole('iterations', values.iterations), seconds: whole('seconds', values.seconds), seed: whole('seed', values.seed),
    from: whole('from', values.from), timeoutMs: whole('timeout', values.timeout), outDir: values.out, root: process.cwd(),
    minimize: !values['no-minimize']
};
console.log(`fuzzing with seed ${options.seed}: up to ${options.iterations} iterations from ${options.from}, up to ${options.seconds} s, ${options.timeoutMs} ms per stage of a case`);
const report = await runFuzz({ ...options, log: line => console.log(line) });

console.log(`\niterations: ${report.iterations} in ${report.seconds.toFixed(1)} s (${(report.iterations / report.seconds).toFixed(1)} per second), seed ${options.seed}`);
console.log('mutators applied:');
for (const [name, count] of Object.entries(report.mutatorCounts)) {
    console.log(`  ${name.padEnd(16)} ${count}`);
}
console.log(`seconds per stage: ${Object.entries(report.stageSeconds).map(([stage, s]) => `${stage} ${s.toFixed(1)}`).join(', ')}`);
const bySignature = new Map<string, FuzzFailure[]>();
for (const failure of report.failures) {
    bySignature.set(failure.signature, [...bySignature.get(failure.signature) ?? [], failure]);
}
console.log(`failures: ${report.failures.length} (${bySignature.size} distinct)`);
for (const failures of bySignature.values()) {
    const [first] = failures;
    const iterations = [...new Set(failures.map(f => f.iteration))];
    console.log(`  ${first.kind} in ${first.stage}: ${first.message.slice(0, 300)}`);
    console.log(`    seed ${first.seed}, iteration${iterations.length > 1 ? 's' : ''} ${iterations.join(', ')} [first: ${first.mutators.join(' + ')}]`);
    console.log(`    reproducer: ${first.file}   replay: npm run fuzz -- --seed ${first.seed} --from ${first.iteration} --iterations 1`);
}

const frames = whole('frames', values.frames);
let framingFailures = 0;
if (frames > 0) {
    const server = join(process.cwd(), 'out', 'server.cjs');
    if (!existsSync(server)) {
        console.error(`--frames needs the bundled server ${server}: run npm run build first`);
        process.exit(2);
    }
    const started = Date.now();
    const failures = await fuzzFraming({ cases: frames, seed: options.seed, server, node: process.execPath, timeoutMs: 10_000 });
    console.log(`\nframing: ${frames} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, failures: ${failures.length}`);
    for (const failure of failures) {
        console.log(`  case ${failure.case} (${failure.mutation}): ${failure.message}`);
    }
    framingFailures = failures.length;
}
process.exit(report.failures.length + framingFailures > 0 ? 1 : 0);
