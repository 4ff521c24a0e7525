/**
 * The roadmap against Mermaid's gantt: the same plan (gantt-plan.ts) from its text to a page a user sees,
 * both shown in one headless Chromium page (Debian's chromium through playwright-core), warm, the two
 * interleaved run by run so that the load of a shared machine weighs on both alike.
 *
 * - Mermaid: in the page, `mermaid.render` of the gantt text (parse, layout, SVG; it measures its texts
 *   in the page), the SVG put into the page, then the page's style, layout and paint.
 * - The roadmap: in this process, as the language server does it, the build of the strategy (parse, link,
 *   validate, analyse), `compileRoadmap` and `renderHtmlBody`; then in the page, the body put into the
 *   preview's `<main>` (HTML parse) and the page's style, layout and paint.
 *
 * "Visible" is the next frame painted after the content is put in (with the page's layout forced first, to
 * tell layout from paint); the figures do not include the time to hand the text or the HTML over to the page.
 * bench/README.md says why each choice was made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { chromium, type Page } from 'playwright-core';
import { createSmmServices } from '../src/language/smm-module.js';
import { roadmapDiagnostics } from '../src/language/lsp/roadmap-diagnostics.js';
import { compileRoadmap } from '../src/roadmap/compile.js';
import { renderHtmlBody, roadmapStyles } from '../src/roadmap/render/html.js';
import { ROOT } from '../test/support/artifacts.js';
import { chromiumExecutable } from '../test/e2e/support/paths.js';
import { ganttPlan, type GanttPlan } from './gantt-plan.js';
import { median, ms } from './stats.js';

export interface GanttFigures {
    tasks: number;
    milestones: number;
    /** Mermaid: gantt text → SVG in the page, painted. */
    mermaidMs: number;
    /** The roadmap: strategy text → preview body in the page, painted (the sum of the six figures below, run by run). */
    textToVisibleMs: number;
    /** The roadmap from an already built strategy (what the preview pays on an update): compile + render + HTML parse + layout + paint. */
    builtToVisibleMs: number;
    buildMs: number;
    compileRoadmapMs: number;
    renderHtmlMs: number;
    htmlParseMs: number;
    /** Style and layout, forced right after the HTML is in. */
    layoutMs: number;
    /** From there to the next frame painted (what is left of the layout, and the paint). */
    paintMs: number;
    /** The preview body's size, in KB. */
    htmlKb: number;
    /** Mermaid's time ÷ the roadmap's, median of the interleaved pairs. */
    ratio: { textToVisible: number; builtToVisible: number };
}

export interface GanttRunCounts {
    runs: number;
    warmups: number;
}

/** What the comparison answers: the figures of each size (its goals are in report.ts). */
export interface GanttComparison {
    viewport: { width: number; height: number };
    /** A frame with next to nothing to paint (median, one per round): the least either side pays to be painted. */
    emptyFrameMs: number;
    sizes: Record<string, GanttFigures>;
}

const VIEWPORT = { width: 1280, height: 860 };
/** Mermaid's browser bundle (a dev dependency of the benchmark only). */
const MERMAID_BUNDLE = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

const { shared, Smm } = createSmmServices(EmptyFileSystem);
let folderCount = 0;

/** Builds the strategy as the language server does (a new folder each time) and lets it go again. */
async function built<T>(text: string, use: (document: LangiumDocument) => T): Promise<{ value: T; buildMs: number }> {
    const uri = URI.parse(`file:///bench/gantt-${folderCount++}/plan.smm`);
    const start = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    Smm.analysis.StrategyAnalyzer.forDocument(document);
    const buildMs = performance.now() - start;
    try {
        return { value: use(document), buildMs };
    } finally {
        await shared.workspace.DocumentBuilder.update([], [uri]);
    }
}

interface OursRun {
    buildMs: number;
    compileRoadmapMs: number;
    renderHtmlMs: number;
    htmlParseMs: number;
    layoutMs: number;
    paintMs: number;
    htmlBytes: number;
}

async function runOurs(page: Page, text: string): Promise<OursRun> {
    // The page is cleared and settled before the build, as before Mermaid's run: the build does not share the
    // machine with the page still finishing the run before.
    await page.evaluate(() => (globalThis as unknown as BenchPage).benchClear());
    const { value, buildMs } = await built(text, document => {
        const analysis = Smm.analysis.StrategyAnalyzer.forDocument(document);
        let at = performance.now();
        // With the strategy's diagnostics, as the preview has them (its health summary counts them).
        const roadmap = compileRoadmap(analysis, { locale: 'en', today: new Date(Date.UTC(2027, 5, 1)), diagnostics: roadmapDiagnostics([document]) });
        const compileRoadmapMs = performance.now() - at;
        at = performance.now();
        const body = renderHtmlBody(roadmap, 'en');
        return { compileRoadmapMs, renderHtmlMs: performance.now() - at, body };
    });
    const [htmlParseMs, layoutMs, paintMs, shown] = await page.evaluate(body => (globalThis as unknown as BenchPage).benchShowRoadmap(body), value.body);
    if (!shown) {
        throw new Error('the first row of the timeline was not painted');
    }
    return {
        buildMs, compileRoadmapMs: value.compileRoadmapMs, renderHtmlMs: value.renderHtmlMs, htmlParseMs, layoutMs, paintMs,
        htmlBytes: Buffer.byteLength(value.body)
    };
}

async function runEmptyFrame(page: Page): Promise<number> {
    await page.evaluate(() => (globalThis as unknown as BenchPage).benchClear());
    return page.evaluate(() => (globalThis as unknown as BenchPage).benchEmptyFrame());
}

async function runMermaid(page: Page, plan: GanttPlan): Promise<number> {
    await page.evaluate(() => (globalThis as unknown as BenchPage).benchClear());
    const [elapsed, bars, milestones] = await page.evaluate(gantt => (globalThis as unknown as BenchPage).benchShowMermaid(gantt), plan.mermaid);
    // Mermaid draws a milestone as a task bar too.
    if (bars !== plan.tasks + plan.milestones || milestones !== plan.milestones) {
        throw new Error(`Mermaid drew ${bars} bars and ${milestones} milestones of a plan of ${plan.tasks} tasks and ${plan.milestones} milestones`);
    }
    return elapsed;
}

/** What the page's script (PAGE_SCRIPT) gives the benchmark. */
interface BenchPage {
    benchClear(): Promise<void>;
    benchEmptyFrame(): Promise<number>;
    benchShowRoadmap(body: string): Promise<[parseMs: number, layoutMs: number, paintMs: number, firstRowShown: boolean]>;
    benchShowMermaid(text: string): Promise<[elapsedMs: number, bars: number, milestones: number]>;
}

/**
 * Runs in the page, after Mermaid's bundle. Reading a box makes Chromium bring style and layout up to
 * date at once; the content is visible when the next frame has been painted (a task queued from the
 * frame's animation callback runs after its paint).
 */
const PAGE_SCRIPT = `
const main = document.getElementById('smm-roadmap');
const gantt = document.getElementById('mermaid-gantt');
let count = 0;
const layout = () => document.body.getBoundingClientRect().height + main.offsetHeight + gantt.offsetHeight;
const painted = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
// A plan of 1,000 tasks is longer than Mermaid's default limit of 50,000 characters (it would draw an error).
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10000000, gantt: { useMaxWidth: true } });
// Each run starts from an empty page, painted, once the page has had an idle moment (its garbage collected
// and its timers run), so that no run pays for the one before.
window.benchClear = async () => {
    main.replaceChildren();
    gantt.replaceChildren();
    layout();
    await painted();
    await new Promise(resolve => requestIdleCallback(resolve, { timeout: 200 }));
};
// A frame with next to nothing to paint: what both sides pay at least to be painted, whatever they show. It
// comes after a pause: a frame asked for right after the clearing's frame waits for the next 60 Hz tick.
window.benchEmptyFrame = async () => {
    await new Promise(resolve => setTimeout(resolve, 50));
    const start = performance.now();
    gantt.textContent = String(count++);
    await painted();
    const elapsed = performance.now() - start;
    gantt.replaceChildren();
    return elapsed;
};
window.benchShowRoadmap = async body => {
    const start = performance.now();
    main.innerHTML = body;
    const parsed = performance.now();
    layout();
    const laidOut = performance.now();
    await painted();
    const end = performance.now();
    // The first row of the timeline is on screen: it must have been laid out and painted, not skipped.
    const row = main.querySelector('.rm-row');
    const shown = row !== null && row.checkVisibility({ contentVisibilityAuto: true });
    return [parsed - start, laidOut - parsed, end - laidOut, shown];
};
window.benchShowMermaid = async text => {
    const start = performance.now();
    const { svg } = await mermaid.render('gantt-' + count++, text);
    gantt.innerHTML = svg;
    layout();
    await painted();
    const elapsed = performance.now() - start;
    return [elapsed, gantt.querySelectorAll('rect.task').length, gantt.querySelectorAll('rect.milestone').length];
};
`;

/**
 * The fonts a VS Code webview gets on Linux (the variables it sets on the page's root; the roadmap's editor
 * styles take the text's font and size from them): without them the roadmap would be drawn in the
 * browser's default font, not in the preview's list of fonts to look through.
 */
const VSCODE_FONTS = '--vscode-font-family: system-ui, "Ubuntu", "Droid Sans", sans-serif; --vscode-font-size: 13px; '
    + '--vscode-editor-font-family: "Droid Sans Mono", "monospace", monospace';

/** The page: the preview's `<main>` with the roadmap's editor styles, and Mermaid's browser bundle. */
async function openPage(page: Page): Promise<void> {
    await page.setContent(`<!DOCTYPE html><html lang="en" style='${VSCODE_FONTS}'><head><meta charset="utf-8"><style>${roadmapStyles('editor')}</style></head>
<body><main id="smm-roadmap"></main><div id="mermaid-gantt"></div></body></html>`);
    await page.addScriptTag({ content: readFileSync(MERMAID_BUNDLE, 'utf8') });
    await page.addScriptTag({ content: PAGE_SCRIPT });
}

/** Measures every size, the two renderers interleaved run by run (their order alternating). */
export async function compareWithMermaid(sizes: number[], { runs, warmups }: GanttRunCounts,
    progress: (text: string) => void = () => undefined): Promise<GanttComparison> {
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const browser = await chromium.launch({
        executablePath: chromiumExecutable(), headless: true,
        // Frames are painted as soon as there is something to paint, not at the next 60 Hz tick: "visible" is then
        // when the content is painted, without up to 17 ms of waiting for the tick that would blur small figures.
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
            '--disable-frame-rate-limit', '--disable-gpu-vsync']
    });
    try {
        const page = await browser.newPage({ viewport: VIEWPORT });
        await openPage(page);
        const result: GanttComparison = { viewport: VIEWPORT, emptyFrameMs: 0, sizes: {} };
        const emptyFrames: number[] = [];
        const plans = sizes.map(ganttPlan);
        const samples = plans.map(() => ({ mermaid: [] as number[], ours: [] as OursRun[] }));
        // Every size is warmed up before any is measured; then each round measures every size once.
        for (let round = 0; round < warmups + runs; round++) {
            progress(round === 0 ? `gantt of ${plans.map(plan => plan.tasks).join(', ')} tasks, ${warmups} warm-up and ${runs} measured rounds: ` : '');
            for (const [index, plan] of plans.entries()) {
                let mermaidRun: number;
                let oursRun: OursRun;
                if (round % 2 === 0) {
                    mermaidRun = await runMermaid(page, plan);
                    oursRun = await runOurs(page, plan.smm);
                } else {
                    oursRun = await runOurs(page, plan.smm);
                    mermaidRun = await runMermaid(page, plan);
                }
                if (round >= warmups) {
                    samples[index].mermaid.push(mermaidRun);
                    samples[index].ours.push(oursRun);
                }
            }
            progress('.');
        }
        progress('\n');
        // Timed after the rounds, not between them: the frames in quick succession it takes made the next
        // run's frame wait for a 60 Hz tick, and that run was the roadmap's 50 tasks in every other round.
        for (let run = 0; run < runs; run++) {
            emptyFrames.push(await runEmptyFrame(page));
        }
        result.emptyFrameMs = ms(median(emptyFrames));
        for (const [index, plan] of plans.entries()) {
            result.sizes[String(plan.tasks)] = figuresOf(plan.tasks, plan.milestones, samples[index].mermaid, samples[index].ours);
        }
        return result;
    } finally {
        await browser.close();
    }
}

function figuresOf(tasks: number, milestones: number, mermaid: number[], ours: OursRun[]): GanttFigures {
    const builtToVisible = ours.map(run => run.compileRoadmapMs + run.renderHtmlMs + run.htmlParseMs + run.layoutMs + run.paintMs);
    const textToVisible = ours.map((run, index) => run.buildMs + builtToVisible[index]);
    const of = (key: keyof OursRun) => ms(median(ours.map(run => run[key])));
    return {
        tasks, milestones,
        mermaidMs: ms(median(mermaid)),
        textToVisibleMs: ms(median(textToVisible)),
        builtToVisibleMs: ms(median(builtToVisible)),
        buildMs: of('buildMs'), compileRoadmapMs: of('compileRoadmapMs'), renderHtmlMs: of('renderHtmlMs'),
        htmlParseMs: of('htmlParseMs'), layoutMs: of('layoutMs'), paintMs: of('paintMs'),
        htmlKb: Math.round(median(ours.map(run => run.htmlBytes)) / 1024),
        ratio: {
            textToVisible: round2(median(mermaid.map((value, index) => value / textToVisible[index]))),
            builtToVisible: round2(median(mermaid.map((value, index) => value / builtToVisible[index])))
        }
    };
}

function round2(value: number): number {
    return Math.round(value * 100) / 100;
}
