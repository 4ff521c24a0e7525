import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'vscode-languageserver-protocol';
import { keywordForms } from '../src/language/parsing/keywords.js';
import { RoadmapRequest } from '../src/protocol.js';
import { fileUri, LspClient } from '../test/support/lsp-client.js';
import { cpuMs, heapAfterGc, inspectorUrl, residentMb } from './server-process.js';
import { mainText, type BenchInput } from './input.js';
import { median, ms, percentile, timeRuns } from './stats.js';

/** A median and a 95th percentile, in ms. */
export interface Spread {
    median: number;
    p95: number;
}

export interface ServerFigures {
    openToDiagnosticsMs: number;
    keystrokeToDiagnosticsMs: Spread;
    completionMs: Spread;
    hoverMs: Spread;
    inlayHintsMs: number;
    roadmapMs: number;
    /** The server's CPU time per keystroke (mean): the work, without the waits for a core of a busy machine. */
    keystrokeServerCpuMs?: number;
    rssMb?: number;
    heapMb?: number;
}

export interface ServerRunCounts {
    /** Measured opens, each of a fresh copy of the folder. */
    opens: number;
    keystrokes: number;
    /** Requests per completion or hover position. */
    requestsPerPosition: number;
    /** Inlay hints and roadmap requests. */
    runs: number;
}

const TIMEOUT_MS = 120_000;

/**
 * The figures of one input against the bundled server over stdio, as an editor sees them. Two servers:
 * one opens fresh copies of the folder again and again (warm open timings); the other opens the
 * folder once, so that its memory is that of one open strategy, and serves every other request.
 */
export async function measureServer(input: BenchInput, workFolder: string, counts: ServerRunCounts): Promise<ServerFigures> {
    let copies = 0;
    /** A new copy of the input's folder on disk; returns the uri of its main file. */
    const copy = () => {
        const folder = join(workFolder, `${input.name}-${copies++}`);
        mkdirSync(folder, { recursive: true });
        for (const file of input.files) {
            writeFileSync(join(folder, file.name), file.text);
        }
        return fileUri(join(folder, input.main));
    };
    const text = mainText(input);

    const opener = await startServer();
    let openToDiagnostics: number[];
    try {
        openToDiagnostics = await timeRuns(counts.opens, 2, () => opener.openAndWait(copy(), text, undefined, TIMEOUT_MS));
    } finally {
        await opener.shutdownAndExit().catch(() => opener.dispose());
    }

    const client = await startServer(['--inspect=127.0.0.1:0']);
    try {
        const uri = copy();
        await client.openAndWait(uri, text, undefined, TIMEOUT_MS);
        const pid = client.process.pid!;
        const rssMb = residentMb(pid);
        // Without a WebSocket (Node 20 without --experimental-websocket, as under vitest) the heap stays unknown.
        const url = 'WebSocket' in globalThis ? inspectorUrl(client.stderr) : undefined;
        const heapMb = url ? (await heapAfterGc(url)).heapUsedMb : undefined;

        // Typing into the title of the declaration nearest the middle: a character in, the next one out.
        const middle = titleNearMiddle(text);
        let version = 1;
        let typed = false;
        /** One keystroke, done when its diagnostics are published. */
        const keystroke = async () => {
            const published = client.nextDiagnostics(uri, undefined, TIMEOUT_MS);
            const end = { line: middle.line, character: middle.character + (typed ? 1 : 0) };
            await client.edit(uri, { start: middle, end }, typed ? '' : 'x', ++version);
            typed = !typed;
            await published;
        };
        let cpuBefore: number | undefined;
        const keystrokes = await timeRuns(counts.keystrokes, 4, async run => {
            if (run === 0) {
                cpuBefore = cpuMs(pid);
            }
            await keystroke();
        });
        const cpuAfter = cpuMs(pid);
        const keystrokeServerCpuMs = cpuBefore !== undefined && cpuAfter !== undefined
            ? ms((cpuAfter - cpuBefore) / counts.keystrokes) : undefined;

        const completions: number[] = [];
        for (const position of completionPositions(text)) {
            completions.push(...await timeRuns(counts.requestsPerPosition, 1, async () => {
                if ((await client.completion(uri, position)).length === 0) {
                    throw new Error(`no completion at ${position.line + 1}:${position.character + 1}`);
                }
            }));
        }
        const hovers: number[] = [];
        for (const position of hoverPositions(text)) {
            hovers.push(...await timeRuns(counts.requestsPerPosition, 1, async () => {
                if (!await client.hover(uri, position)) {
                    throw new Error(`no hover at ${position.line + 1}:${position.character + 1}`);
                }
            }));
        }
        const wholeDocument = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
        const inlayHints = await timeRuns(counts.runs, 1, () => client.inlayHints(uri, wholeDocument));
        // As the preview asks for it: after a keystroke, once its diagnostics are out (the server keeps the
        // roadmap of a state of the texts, so a second request for the same state would not compile it).
        const roadmap = await timeRuns(counts.runs, 1, async () => {
            const answer = await client.guard(client.connection.sendRequest(RoadmapRequest, { uri, format: 'preview' }), 'smm/roadmap', TIMEOUT_MS);
            if (answer.status !== 'rendered') {
                throw new Error(`the roadmap of ${input.name} was not rendered: ${JSON.stringify(answer.parseErrors.slice(0, 3))}`);
            }
        }, { before: keystroke });
        return {
            openToDiagnosticsMs: ms(median(openToDiagnostics)),
            keystrokeToDiagnosticsMs: spread(keystrokes),
            completionMs: spread(completions),
            hoverMs: spread(hovers),
            inlayHintsMs: ms(median(inlayHints)),
            roadmapMs: ms(median(roadmap)),
            keystrokeServerCpuMs,
            rssMb,
            heapMb
        };
    } finally {
        await client.shutdownAndExit().catch(() => client.dispose());
    }
}

async function startServer(nodeOptions: string[] = []): Promise<LspClient> {
    const client = LspClient.start(['--stdio'], nodeOptions);
    await client.initialize();
    return client;
}

function spread(samples: number[]): Spread {
    return { median: ms(median(samples)), p95: ms(percentile(samples, 95)) };
}

/** A keyword in either language (`kpi`, `показатель`, `кпэ`), for the patterns below. */
function word(...keywords: string[]): string {
    return `(?:${keywords.flatMap(keyword => keywordForms(keyword)).join('|')})`;
}

/** `goal`, `phase` or `task`, in either language of the keywords (`цель`, `фаза`, `задача`…). */
const TITLED = new RegExp(`^\\s*${word('goal', 'phase', 'task')}\\s+\\S+\\s+["«]`);

/** Just inside the opening quote of the title of the `goal`, `phase` or `task` nearest the middle. */
function titleNearMiddle(text: string): Position {
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2);
    for (let offset = 0; offset < lines.length; offset++) {
        for (const line of [middle + offset, middle - offset]) {
            const match = TITLED.exec(lines[line] ?? '');
            if (match) {
                return { line, character: match[0].length + 1 };
            }
        }
    }
    throw new Error('no goal, phase or task title to type into');
}

/**
 * Where a user asks for completion, near the middle: a metric after `kpi `, a role after `owner `, a
 * stage after `from `, a channel after `via `, a goal after a rubric's `goal `.
 */
function completionPositions(text: string): Position[] {
    return [`^\\s*${word('kpi')} `, `^\\s*${word('owner')} `, `(?<=\\s)${word('from')} (?=\\S+\\.\\S)`,
        `(?<=\\s)${word('via')} (?=\\S+ ${word('volume')})`, `${word('owner')} \\S+ ${word('goal')} `]
        .map(pattern => nearMiddle(text, new RegExp(pattern), 'after'));
}

/** What a user hovers near the middle: a metric, a goal's segment, a stage, a channel, a goal's name. */
function hoverPositions(text: string): Position[] {
    return [`^\\s*${word('kpi')} \\S`, `^\\s{8}${word('segment')} \\S`, `(?<=\\s)${word('from')} \\S(?=\\S*\\.\\S)`,
        `(?<=\\s)${word('via')} \\S(?=\\S* ${word('volume')})`, `^\\s*${word('goal')} \\S`]
        .map(pattern => nearMiddle(text, new RegExp(pattern), 'end'));
}

/** The position at the end of the first match of `pattern` at or after the middle line (for `end`: its last character). */
function nearMiddle(text: string, pattern: RegExp, where: 'after' | 'end'): Position {
    const lines = text.split('\n');
    for (let line = Math.floor(lines.length / 2), seen = 0; seen < lines.length; line = (line + 1) % lines.length, seen++) {
        const match = pattern.exec(lines[line]);
        if (match) {
            return { line, character: match.index + match[0].length - (where === 'end' ? 1 : 0) };
        }
    }
    throw new Error(`nothing matches ${pattern} in the strategy`);
}
