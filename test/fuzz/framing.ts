/**
 * Fuzzing of the language server's input framing: each case starts the bundled server, sends a good
 * `initialize`, then bytes that frame a message wrongly (a missing, misspelt, non-numeric, short or long
 * `Content-Length`, a body cut into pieces, garbage), then a good `shutdown` request. The property: within
 * the time limit the server either answers the `shutdown` or exits with a non-zero code and a reason on
 * stderr. Alive and silent (deaf), or gone without a word, is a failure.
 */
import { spawn } from 'node:child_process';
import { randomFor } from './fuzzer.js';
import { below, pick, type Random } from './mutators.js';

export interface FramingOptions {
    cases: number;
    seed: number;
    /** The bundled server and the Node that runs it. */
    server: string;
    node: string;
    timeoutMs: number;
}

export interface FramingFailure {
    case: number;
    mutation: string;
    message: string;
}

const body = (message: object) => JSON.stringify(message);
const frame = (text: string, length: number | string = Buffer.byteLength(text), header = 'Content-Length') =>
    `${header}: ${length}\r\n\r\n${text}`;

const INITIALIZE = body({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
const SHUTDOWN = frame(body({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
const HOVER = body({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.smm' }, position: { line: 0, character: 0 } } });

/** Each mutation: its name and the bytes it sends between `initialize` and the `shutdown` probe. */
const MUTATIONS: ReadonlyArray<[string, (random: Random) => string]> = [
    ['no Content-Length', () => `\r\n${HOVER}`],
    ['misspelt header', random => frame(HOVER, undefined, pick(random, ['Content-Lenght', 'ContentLength', 'Length']))],
    ['non-numeric length', random => frame(HOVER, pick(random, ['abc', '-5', '1e3', '', '0x10', 'NaN']))],
    ['short length', random => frame(HOVER, Buffer.byteLength(HOVER) - 1 - below(random, 20))],
    // Longer by less than the probe, so the probe's bytes complete the body and nothing waits for more.
    ['long length', random => frame(HOVER, Buffer.byteLength(HOVER) + 1 + below(random, Buffer.byteLength(SHUTDOWN) - 2))],
    ['garbage', random => Array.from({ length: 1 + below(random, 200) }, () => String.fromCharCode(below(random, 256))).join('')],
    ['body that is not JSON', random => frame(pick(random, ['{', 'null', '[1,2', '{"jsonrpc":"2.0","id":', '\u0000\u0001']))]
];

/** Good frames cut into pieces, which the server must read as if they came whole. */
const SPLIT = 'good frames in pieces';

interface Outcome {
    answered: boolean;
    exitCode?: number | null;
    signal?: NodeJS.Signals | null;
    stderr: string;
}

function runCase(options: FramingOptions, pieces: string[]): Promise<Outcome> {
    return new Promise(resolve => {
        const child = spawn(options.node, [options.server, '--stdio'], { stdio: 'pipe' });
        let stdout = '';
        let stderr = '';
        let done = false;
        const finish = (outcome: Omit<Outcome, 'stderr'>): void => {
            if (!done) {
                done = true;
                clearTimeout(timer);
                child.kill('SIGKILL');
                resolve({ ...outcome, stderr });
            }
        };
        const timer = setTimeout(() => finish({ answered: false }), options.timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
            stdout += chunk;
            if (/"id":\s*2\b/.test(stdout)) {
                finish({ answered: true });
            }
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        child.stdin.on('error', () => undefined);
        child.on('exit', (exitCode, signal) => finish({ answered: false, exitCode, signal }));
        for (const piece of pieces) {
            child.stdin.write(piece);
        }
    });
}

export async function fuzzFraming(options: FramingOptions): Promise<FramingFailure[]> {
    const failures: FramingFailure[] = [];
    for (let n = 0; n < options.cases; n++) {
        const random = randomFor(options.seed, n);
        const good = frame(INITIALIZE) + SHUTDOWN;
        let mutation: string;
        let pieces: string[];
        if (random() < 0.2) {
            mutation = SPLIT;
            const cuts = [...new Set(Array.from({ length: 1 + below(random, 8) }, () => below(random, good.length)))].sort((a, b) => a - b);
            pieces = [0, ...cuts].map((at, i, all) => good.slice(at, all[i + 1] ?? good.length)).filter(piece => piece !== '');
        } else {
            const [name, bytes] = pick(random, MUTATIONS);
            mutation = name;
            pieces = [frame(INITIALIZE), bytes(random), SHUTDOWN];
        }
        const outcome = await runCase(options, pieces);
        const message = mutation === SPLIT
            ? outcome.answered ? undefined : 'good frames cut into pieces were not answered'
            : outcome.answered || (typeof outcome.exitCode === 'number' && outcome.exitCode !== 0 && outcome.stderr.trim() !== '')
                ? undefined
                : outcome.exitCode === undefined && !outcome.signal
                    ? `alive and silent after ${options.timeoutMs} ms`
                    : `ended (code ${outcome.exitCode}, signal ${outcome.signal}) without an answer${outcome.stderr.trim() ? '' : ' or a reason on stderr'}`;
        if (message) {
            failures.push({ case: n, mutation, message });
        }
    }
    return failures;
}
