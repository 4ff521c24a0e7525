import '../src/polyfill.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES, ROOT } from '../test/support/artifacts.js';
import { measureInProcess, type InProcessFigures } from './in-process.js';
import { exampleFolder, singleFile, withActuals, type BenchInput } from './input.js';
import { compareWithMermaid, type GanttComparison } from './mermaid.js';
import { ganttGoals, ganttTable, markdownTable, type Goal } from './report.js';
import { measureServer, type ServerFigures } from './server.js';
import { generate, generateActuals } from './strategy-generator.js';

// `npm run bench` (builds first): every figure of every input in one process; see bench/README.md.

export type Figures = { lines: number } & InProcessFigures & ServerFigures;

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const sizes = (option('--sizes') ?? '1000,5000,20000').split(',').map(Number);
const quick = args.includes('--quick');
const write = !args.includes('--no-write');
/** `--mermaid`: only the comparison with Mermaid's gantt; `--no-mermaid`: everything but it. */
const onlyMermaid = args.includes('--mermaid');
const withMermaid = !args.includes('--no-mermaid');
const ganttSizes = (option('--gantt-sizes') ?? '50,200,1000').split(',').map(Number);
const ganttCounts = quick ? { runs: 3, warmups: 2 } : { runs: 21, warmups: 5 };
const counts = quick
    ? { runs: 3, warmups: 1, opens: 2, keystrokes: 6, requestsPerPosition: 4 }
    : { runs: 9, warmups: 4, opens: 5, keystrokes: 21, requestsPerPosition: 12 };

const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3 * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()}`,
    date: new Date().toISOString(),
    commit: gitCommit(),
    /** 1-minute load average when the run started and when it ended: above the core count, figures are slowed down. */
    loadBefore: Math.round(loadavg()[0] * 100) / 100,
    loadAfter: 0
};

const inputs: Array<{ key: string; input: BenchInput; example: boolean }> = onlyMermaid ? [] : [
    ...sizes.map(size => ({ key: String(size), input: singleFile(`generated-${size}`, generate(size).text), example: false })),
    // The same 5,000-line strategy with a year of daily actuals beside it, in a file of their own.
    ...sizes.includes(5000) ? [{ key: '5000+actuals', input: withActuals(singleFile('generated-5000-actuals', generate(5000).text), generateActuals()), example: false }] : [],
    ...(quick ? [] : [
        { key: 'coffee-en', input: exampleFolder(join(EXAMPLES, 'coffee-en'), 'coffee-en'), example: true },
        { key: 'zerno-ru', input: exampleFolder(join(EXAMPLES, 'zerno-ru'), 'zerno-ru'), example: true }
    ])
];

const work = mkdtempSync(join(tmpdir(), 'smm-bench-'));
const results: { sizes: Record<string, Figures>; examples: Record<string, Figures> } = { sizes: {}, examples: {} };
try {
    for (const { key, input, example } of inputs) {
        process.stdout.write(`${input.name} (${input.lines} lines): in process…`);
        const inProcess = await measureInProcess(input, counts);
        process.stdout.write(' over stdio…');
        const server = await measureServer(input, work, counts);
        process.stdout.write(' done\n');
        (example ? results.examples : results.sizes)[key] = { lines: input.lines, ...inProcess, ...server };
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}
let gantt: (GanttComparison & { machine: typeof machine; runs: typeof ganttCounts; goals: Goal[] }) | undefined;
if (withMermaid) {
    const ganttMachine = { ...machine, date: new Date().toISOString(), loadBefore: Math.round(loadavg()[0] * 100) / 100 };
    const comparison = await compareWithMermaid(ganttSizes, ganttCounts, text => process.stdout.write(text));
    ganttMachine.loadAfter = Math.round(loadavg()[0] * 100) / 100;
    gantt = { machine: ganttMachine, runs: ganttCounts, ...comparison, goals: ganttGoals(comparison.sizes) };
}
machine.loadAfter = Math.round(loadavg()[0] * 100) / 100;

const resultsPath = join(ROOT, 'bench', 'results.json');
const readmePath = join(ROOT, 'bench', 'README.md');
let readme = readFileSync(readmePath, 'utf8');
if (!onlyMermaid) {
    const goals = goalsOf(results.sizes);
    const report = { machine, runs: counts, goals, sizes: results.sizes, examples: results.examples };
    const table = markdownTable(report);
    console.log(`\n${table}`);
    // The comparison with Mermaid is kept from the last run that made it when this one did not.
    const previous = gantt ? undefined : (JSON.parse(readFileSync(resultsPath, 'utf8')) as { mermaid?: unknown }).mermaid;
    if (write) {
        writeFileSync(resultsPath, `${JSON.stringify({ ...report, mermaid: gantt ?? previous }, null, 2)}\n`);
        readme = replaceSection(readme, 'results', table);
    }
}
if (gantt) {
    const table = ganttTable(gantt);
    console.log(`\n${table}`);
    if (write) {
        if (onlyMermaid) {
            const report = JSON.parse(readFileSync(resultsPath, 'utf8')) as object;
            writeFileSync(resultsPath, `${JSON.stringify({ ...report, mermaid: gantt }, null, 2)}\n`);
        }
        readme = replaceSection(readme, 'mermaid', table);
    }
}
if (write) {
    writeFileSync(readmePath, readme);
    console.log('Wrote bench/results.json and the tables of bench/README.md.');
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, replaced by `table`. */
function replaceSection(text: string, name: string, table: string): string {
    const section = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!section.test(text)) {
        throw new Error(`bench/README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> section to update`);
    }
    return text.replace(section, (_, start: string, end: string) => `${start}${table}\n${end}`);
}

/** The goals at 5,000 lines and the growth from 5,000 to 20,000 lines, where both were measured. */
function goalsOf(sizes: Record<string, Figures>): Goal[] {
    const at5k = sizes['5000'];
    const at20k = sizes['20000'];
    const goals: Goal[] = [];
    const goal = (name: string, value: number | undefined, limit: number | undefined) => {
        if (value !== undefined && limit !== undefined) {
            goals.push({ name, value, limit, ratio: Math.round(value / limit * 100) / 100, met: value <= limit });
        }
    };
    if (at5k) {
        goal('buildMs ≤ 3 × parseMs at 5,000 lines', at5k.buildMs, 3 * at5k.parseMs);
        goal('keystrokeToDiagnosticsMs median ≤ 150 ms at 5,000 lines', at5k.keystrokeToDiagnosticsMs.median, 150);
        goal('completionMs p95 ≤ 25 ms at 5,000 lines', at5k.completionMs.p95, 25);
        goal('hoverMs p95 ≤ 25 ms at 5,000 lines', at5k.hoverMs.p95, 25);
        goal('renderHtmlMs ≤ 100 ms at 5,000 lines', at5k.renderHtmlMs, 100);
        goal('analysisMs ≤ 10 % of keystrokeToDiagnosticsMs median at 5,000 lines', at5k.analysisMs, 0.1 * at5k.keystrokeToDiagnosticsMs.median);
    }
    const withActuals = sizes['5000+actuals'];
    if (withActuals) {
        goal('keystrokeToDiagnosticsMs median ≤ 150 ms at 5,000 lines with a year of daily actuals', withActuals.keystrokeToDiagnosticsMs.median, 150);
        goal('analysisMs ≤ 10 % of keystrokeToDiagnosticsMs median with a year of daily actuals', withActuals.analysisMs, 0.1 * withActuals.keystrokeToDiagnosticsMs.median);
    }
    if (at20k) {
        goal('rssMb ≤ 300 at 20,000 lines', at20k.rssMb, 300);
    }
    if (at5k && at20k) {
        for (const [name, value5k, value20k] of growthFigures(at5k, at20k)) {
            goal(`${name} at 20,000 ≤ 4.5 × at 5,000`, value20k, 4.5 * value5k);
        }
    }
    // The same goals on CPU time, where it is measured: what the figures would be on an idle machine.
    if (at5k) {
        goal('CPU: build ≤ 3 × parse at 5,000 lines', at5k.cpuMs.build, 3 * at5k.cpuMs.parse);
        goal('CPU: server per keystroke ≤ 150 ms at 5,000 lines', at5k.keystrokeServerCpuMs, 150);
        goal('CPU: renderHtml ≤ 100 ms at 5,000 lines', at5k.cpuMs.renderHtml, 100);
    }
    if (at5k && at20k) {
        for (const figure of ['parse', 'build', 'compileRoadmap', 'renderHtml'] as const) {
            goal(`CPU: ${figure} at 20,000 ≤ 4.5 × at 5,000`, at20k.cpuMs[figure], 4.5 * at5k.cpuMs[figure]);
        }
    }
    return goals;
}

function growthFigures(a: Figures, b: Figures): Array<[string, number, number]> {
    const pairs: Array<[string, number | undefined, number | undefined]> = [
        ['parseMs', a.parseMs, b.parseMs], ['buildMs', a.buildMs, b.buildMs],
        ['compileRoadmapMs', a.compileRoadmapMs, b.compileRoadmapMs], ['renderHtmlMs', a.renderHtmlMs, b.renderHtmlMs],
        ['openToDiagnosticsMs', a.openToDiagnosticsMs, b.openToDiagnosticsMs],
        ['keystrokeToDiagnosticsMs median', a.keystrokeToDiagnosticsMs.median, b.keystrokeToDiagnosticsMs.median],
        ['keystrokeToDiagnosticsMs p95', a.keystrokeToDiagnosticsMs.p95, b.keystrokeToDiagnosticsMs.p95],
        ['keystrokeServerCpuMs', a.keystrokeServerCpuMs, b.keystrokeServerCpuMs],
        ['completionMs p95', a.completionMs.p95, b.completionMs.p95], ['hoverMs p95', a.hoverMs.p95, b.hoverMs.p95],
        ['inlayHintsMs', a.inlayHintsMs, b.inlayHintsMs], ['roadmapMs', a.roadmapMs, b.roadmapMs],
        ['rssMb', a.rssMb, b.rssMb], ['heapMb', a.heapMb, b.heapMb]
    ];
    return pairs.filter((pair): pair is [string, number, number] => pair[1] !== undefined && pair[2] !== undefined);
}

function gitCommit(): string | undefined {
    try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
        return undefined;
    }
}
