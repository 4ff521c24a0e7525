/**
 * The fuzzer: mutates the examples and generated strategies, runs each case through every stage in a
 * worker thread (see checks.ts), and turns each failure (a broken property, a crash, a hang) into a small
 * reproducer file. A run is bounded by iterations and by time; the same seed gives the same cases.
 */
import * as esbuild from 'esbuild';
import { EmptyFileSystem } from 'langium';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createSmmServices } from '../../src/language/smm-module.js';
import { generateStrategy } from '../../bench/strategy-generator.js';
import { seeded } from '../support/format-properties.js';
import type { FuzzInput, Violation } from './checks.js';
import { below, chooseMutators, MUTATORS, pick, type Token } from './mutators.js';
import type { FromWorker, ToWorker } from './worker.js';

export interface FuzzOptions {
    iterations: number;
    seconds: number;
    seed: number;
    /** The first iteration to run (to replay one case: `from: n, iterations: 1`). */
    from?: number;
    /** A stage of a case that takes longer than this hangs: its worker is terminated. */
    timeoutMs: number;
    /** Where reproducers are written. */
    outDir: string;
    /** The repository root (the examples, the sources to bundle the worker from). */
    root: string;
    /** Whether failures are reduced to a small reproducer (slower). */
    minimize?: boolean;
    log?: (line: string) => void;
}

export interface FuzzFailure {
    /** What makes two failures the same bug: their kind, stage and message without numbers or quotes. */
    signature: string;
    seed: number;
    iteration: number;
    mutators: string[];
    kind: 'violation' | 'hang' | 'crash';
    stage: string;
    message: string;
    /** The reproducer: the mutated file, reduced, with the other files of its folder beside it. */
    file?: string;
}

export interface FuzzReport {
    iterations: number;
    seconds: number;
    mutatorCounts: Record<string, number>;
    /** Seconds spent in each stage (as the last worker counted them: a restart after a hang starts over). */
    stageSeconds: Record<string, number>;
    failures: FuzzFailure[];
}

/** A seed input: the files of one strategy folder. */
interface Seed {
    name: string;
    files: Array<{ name: string; text: string }>;
}

interface Case {
    seed: string;
    mutators: string[];
    input: FuzzInput;
}

export type Outcome =
    | { kind: 'ok'; violations: Violation[]; timings: Record<string, number> }
    | { kind: 'hang' | 'crash'; stage: string; message: string };

/** The examples (one seed per folder) and generated strategies of a few small sizes. */
export function seeds(root: string): Seed[] {
    const examples = join(root, 'examples');
    const byFolder = new Map<string, Seed['files']>();
    for (const file of (readdirSync(examples, { recursive: true }) as string[]).filter(f => f.endsWith('.smm')).sort()) {
        const folder = dirname(file);
        const files = byFolder.get(folder) ?? [];
        files.push({ name: file.split(sep).pop()!, text: readFileSync(join(examples, file), 'utf8') });
        byFolder.set(folder, files);
    }
    const corpus = join(root, 'test', 'lsp', 'format-corpus');
    return [
        ...[...byFolder].map(([folder, files]) => ({ name: `examples/${folder}`, files })),
        ...[30, 60, 120].map(lines => ({ name: `generated ${lines} lines`, files: [{ name: 'strategy.smm', text: generateStrategy(lines) }] })),
        ...readdirSync(corpus).sort().map(f => ({ name: `format-corpus/${f}`, files: [{ name: 's.smm', text: readFileSync(join(corpus, f), 'utf8') }] }))
    ];
}

/** The random source of one iteration: a function of the run's seed and the iteration only. */
export function randomFor(seed: number, iteration: number): () => number {
    return seeded(Math.imul(seed ^ 0x5bd1e995, 0x9E3779B1) ^ Math.imul(iteration + 1, 0x85EBCA77));
}

export class CaseMaker {
    private readonly lexer = createSmmServices(EmptyFileSystem).Smm.parser.Lexer;

    constructor(private readonly corpus: Seed[]) {}

    tokens(text: string): Token[] {
        return this.lexer.tokenize(text).tokens.map(t => ({ start: t.startOffset, end: t.endOffset! + 1, type: t.tokenType.name }));
    }

    make(seed: number, iteration: number): Case {
        const random = randomFor(seed, iteration);
        const origin = pick(random, this.corpus);
        const target = below(random, origin.files.length);
        const mutators = chooseMutators(random);
        let text = origin.files[target].text;
        for (const name of mutators) {
            text = MUTATORS[name](text, this.tokens(text), random);
        }
        const files = origin.files.map((file, i) => (i === target ? { ...file, text } : file));
        return { seed: origin.name, mutators, input: { files, target, locale: random() < 0.5 ? 'en' : 'ru' } };
    }
}

/** The worker that runs the checks, restarted after a hang or a crash. */
export class Sandbox {
    private worker?: Worker;
    private starting?: Promise<Worker>;
    private next = 0;

    constructor(private readonly file: string) {}

    private start(): Promise<Worker> {
        return this.starting ??= new Promise((resolve, reject) => {
            // The stack of the server's and the command line's main thread (Node's default, about 1 MB), not
            // a worker's default 4 MB: how deep a text can be before it is refused as too deep depends on it.
            const worker = new Worker(this.file, { execArgv: ['--enable-source-maps'], resourceLimits: { maxOldGenerationSizeMb: 1536, stackSizeMb: 1 } });
            worker.once('message', (message: FromWorker) => message.type === 'ready' ? resolve(worker) : reject(new Error('the worker did not start')));
            worker.once('error', reject);
            this.worker = worker;
        });
    }

    async run(input: FuzzInput, timeoutMs: number): Promise<Outcome> {
        const worker = await this.start();
        const id = ++this.next;
        let stage = 'start';
        return new Promise<Outcome>(resolve => {
            const finish = (outcome: Outcome, restart: boolean) => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.off('exit', onExit);
                if (restart) {
                    this.starting = undefined;
                    void worker.terminate();
                }
                resolve(outcome);
            };
            // Each stage (a build, one completion request…) has the whole time limit: a case of a few slow
            // requests is not a hang, one request that never ends is.
            const watch = () => setTimeout(() => finish({ kind: 'hang', stage, message: `no answer after ${timeoutMs} ms` }, true), timeoutMs);
            const onMessage = (message: FromWorker) => {
                if (message.type === 'stage' && message.id === id) {
                    stage = message.stage;
                    clearTimeout(timer);
                    timer = watch();
                } else if (message.type === 'done' && message.id === id) {
                    finish({ kind: 'ok', violations: message.violations, timings: message.timings }, false);
                }
            };
            const onError = (error: Error) => finish({ kind: 'crash', stage, message: `${error.name}: ${error.message}` }, true);
            const onExit = (code: number) => finish({ kind: 'crash', stage, message: `the worker exited with code ${code}` }, true);
            let timer = watch();
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            worker.postMessage({ id, input } satisfies ToWorker);
        });
    }

    async dispose(): Promise<void> {
        const worker = this.worker;
        this.starting = undefined;
        this.worker = undefined;
        await worker?.terminate();
    }
}

/** Bundles the worker from the sources, so that the fuzzer runs without a separate build step. */
async function bundleWorker(root: string): Promise<{ file: string; cleanup: () => void }> {
    const folder = mkdtempSync(join(tmpdir(), 'smm-fuzz-'));
    const file = join(folder, 'worker.mjs');
    await esbuild.build({
        stdin: { contents: "import './src/polyfill.ts';\nimport './test/fuzz/worker.ts';\n", resolveDir: root, loader: 'ts' },
        bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: file, logLevel: 'error', sourcemap: 'inline',
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    });
    return { file, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

/** What makes two failures the same bug: the stage and the message without its numbers and quoted texts. */
function signature(kind: string, stage: string, message: string): string {
    return `${kind} ${stage.replace(/".*"/, '…')}: ${message.replace(/"[^"]*"|'[^']*'|«[^»]*»/g, '…').replace(/\d+/g, 'N').slice(0, 120)}`;
}

function failuresOf(outcome: Outcome): Array<{ kind: FuzzFailure['kind']; stage: string; message: string }> {
    return outcome.kind === 'ok'
        ? outcome.violations.map(v => ({ kind: 'violation' as const, ...v }))
        : [{ kind: outcome.kind, stage: outcome.stage, message: outcome.message }];
}

/**
 * Removes pieces of the mutated file (and the other files of its folder) while the same failure remains:
 * chunks of lines, then chunks of characters, halving the chunk size (a bounded delta debugging).
 */
async function minimize(sandbox: Sandbox, input: FuzzInput, wanted: string, timeoutMs: number): Promise<FuzzInput> {
    const deadline = Date.now() + 60_000;
    let attempts = wanted.startsWith('hang') ? 12 : 600;
    const fails = async (candidate: FuzzInput): Promise<boolean> => {
        if (attempts-- <= 0 || Date.now() > deadline) {
            return false;
        }
        const outcome = await sandbox.run(candidate, timeoutMs);
        return failuresOf(outcome).some(f => signature(f.kind, f.stage, f.message) === wanted);
    };
    let best = input;
    const withText = (text: string): FuzzInput => ({ ...best, files: best.files.map((f, i) => (i === best.target ? { ...f, text } : f)) });
    for (let i = best.files.length - 1; i >= 0; i--) {
        if (i !== best.target) {
            const candidate = { ...best, files: best.files.filter((_, j) => j !== i), target: best.target - (i < best.target ? 1 : 0) };
            if (await fails(candidate)) {
                best = candidate;
            }
        }
    }
    for (const unit of ['line', 'char'] as const) {
        const split = (text: string) => (unit === 'line' ? text.split(/(?<=\n)/) : [...text]);
        let pieces = split(best.files[best.target].text);
        for (let chunk = Math.max(1, Math.floor(pieces.length / 2)); chunk >= 1; chunk = chunk === 1 ? 0 : Math.max(1, Math.floor(chunk / 2))) {
            for (let start = 0; start < pieces.length && attempts > 0;) {
                const shorter = [...pieces.slice(0, start), ...pieces.slice(start + chunk)];
                const candidate = withText(shorter.join(''));
                if (await fails(candidate)) {
                    best = candidate;
                    pieces = shorter;
                } else {
                    start += chunk;
                }
            }
        }
    }
    return best;
}

function writeReproducer(outDir: string, failure: FuzzFailure, input: FuzzInput): string {
    const folder = join(outDir, `seed-${failure.seed}-iteration-${failure.iteration}`);
    mkdirSync(folder, { recursive: true });
    for (const file of input.files) {
        writeFileSync(join(folder, file.name), file.text);
    }
    const { file: _file, ...details } = failure;
    writeFileSync(join(folder, 'failure.json'), JSON.stringify({ ...details, locale: input.locale, target: input.files[input.target].name }, null, 2) + '\n');
    return join(folder, input.files[input.target].name);
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
    const log = options.log ?? (() => undefined);
    const maker = new CaseMaker(seeds(options.root));
    const { file, cleanup } = await bundleWorker(options.root);
    const sandbox = new Sandbox(file);
    const started = Date.now();
    const mutatorCounts: Record<string, number> = Object.fromEntries(Object.keys(MUTATORS).map(name => [name, 0]));
    const failures: FuzzFailure[] = [];
    const minimized = new Map<string, string>();
    let iterations = 0;
    let timings: Record<string, number> = {};
    try {
        const first = options.from ?? 0;
        for (let iteration = first; iteration < first + options.iterations; iteration++) {
            if (Date.now() - started > options.seconds * 1000) {
                break;
            }
            const made = maker.make(options.seed, iteration);
            made.mutators.forEach(name => mutatorCounts[name]++);
            iterations++;
            const outcome = await sandbox.run(made.input, options.timeoutMs);
            if (outcome.kind === 'ok') {
                timings = outcome.timings;
            }
            for (const found of failuresOf(outcome)) {
                const key = signature(found.kind, found.stage, found.message);
                const failure: FuzzFailure = { signature: key, seed: options.seed, iteration, mutators: made.mutators, ...found };
                let path = minimized.get(key);
                if (path === undefined) {
                    const reduced = options.minimize === false ? made.input : await minimize(sandbox, made.input, key, options.timeoutMs);
                    path = writeReproducer(options.outDir, failure, reduced);
                    minimized.set(key, path);
                    log(`failure at iteration ${iteration} (${made.seed}; ${made.mutators.join(' + ')}): ${found.kind} in ${found.stage}: ${found.message.slice(0, 300)}\n    reproducer: ${relative(options.root, path)}`);
                }
                failure.file = relative(options.root, path);
                failures.push(failure);
            }
            if (iterations % 500 === 0) {
                log(`${iterations} iterations, ${((Date.now() - started) / 1000).toFixed(0)} s, ${failures.length} failures`);
            }
        }
    } finally {
        await sandbox.dispose();
        cleanup();
    }
    const stageSeconds = Object.fromEntries(Object.entries(timings).sort((a, b) => b[1] - a[1]).map(([stage, ms]) => [stage, ms / 1000]));
    return { iterations, seconds: (Date.now() - started) / 1000, mutatorCounts, stageSeconds, failures };
}
