import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { analyzeStrategy } from '../src/analysis/analyze.js';
import { collectStrategy } from '../src/analysis/strategy-parts.js';
import type { Model } from '../src/language/generated/ast.js';
import { createSmmServices } from '../src/language/smm-module.js';
import { compileRoadmap } from '../src/roadmap/compile.js';
import { renderHtmlDocument } from '../src/roadmap/render/html.js';
import type { BenchInput } from './input.js';
import { median, ms, timeRuns } from './stats.js';

export interface InProcessFigures {
    /** The Langium parser alone over every file of the strategy. */
    parseMs: number;
    /** Parse, link, validate and analyse every file until the diagnostics are ready. */
    buildMs: number;
    /**
     * The strategy's analysis alone, as every keystroke runs it after validation: budgets on the calendar,
     * funnel forecasts, KPIs against their windows, the budget balance and SMART.
     */
    analysisMs: number;
    /** Analysis → Roadmap model. */
    compileRoadmapMs: number;
    /** Roadmap model → the self-contained HTML page. */
    renderHtmlMs: number;
    /** Diagnostics of the strategy (all files), as a plausibility check of the input. */
    diagnostics: number;
    /**
     * The CPU time of the same runs (median): the work without the waits for a core, which on a shared
     * machine make the wall-clock figures above grow with the load.
     */
    cpuMs: { parse: number; build: number; compileRoadmap: number; renderHtml: number };
}

export interface RunCounts {
    runs: number;
    warmups: number;
}

const { shared, Smm } = createSmmServices(EmptyFileSystem);
const ANALYSIS_RUNS_FACTOR = 5;
let ready: Promise<void> | undefined;
let folderCount = 0;

/** The figures of one input, measured in this process with the same services the server uses. */
export async function measureInProcess(input: BenchInput, { runs, warmups }: RunCounts): Promise<InProcessFigures> {
    ready ??= shared.workspace.WorkspaceManager.initializeWorkspace([]);
    await ready;
    const parser = Smm.parser.LangiumParser;
    const cpu = { parse: [] as number[], build: [] as number[], compileRoadmap: [] as number[], renderHtml: [] as number[] };
    const parse = await timeRuns(runs, warmups, () => {
        for (const file of input.files) {
            const result = parser.parse(file.text);
            if (result.lexerErrors.length + result.parserErrors.length > 0) {
                throw new Error(`${input.name}/${file.name} does not parse`);
            }
        }
    }, { cpu: cpu.parse });

    let diagnostics = 0;
    let built: LangiumDocument[] = [];
    const build = await timeRuns(runs, warmups, async () => {
        // A new folder each run: one folder is one strategy, and nothing is left over from the last run.
        const folder = `file:///bench/${input.name}-${folderCount++}`;
        built = input.files.map(file => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.parse(`${folder}/${file.name}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(built, { validation: true });
        Smm.analysis.StrategyAnalyzer.forDocument(built[0]);
        diagnostics = built.reduce((total, document) => total + (document.diagnostics?.length ?? 0), 0);
    }, { before: () => unload(built), cpu: cpu.build });

    const models = built.map(document => document.parseResult.value as Model);
    // A few milliseconds right after the builds' garbage: a collection lands in one run of nine and moves the
    // median by half; five times the runs keep it to the analysis.
    const analyse = await timeRuns(runs * ANALYSIS_RUNS_FACTOR, warmups * ANALYSIS_RUNS_FACTOR, () => analyzeStrategy(collectStrategy(models)));
    const analysis = Smm.analysis.StrategyAnalyzer.forDocument(built[0]);
    const compileOptions = { locale: 'en' as const, today: new Date(Date.UTC(2027, 5, 1)) };
    let roadmap = compileRoadmap(analysis, compileOptions);
    const compile = await timeRuns(runs, warmups, () => { roadmap = compileRoadmap(analysis, compileOptions); }, { cpu: cpu.compileRoadmap });
    const render = await timeRuns(runs, warmups, () => renderHtmlDocument(roadmap, 'en'), { cpu: cpu.renderHtml });
    await unload(built);

    return {
        parseMs: ms(median(parse)), buildMs: ms(median(build)), analysisMs: ms(median(analyse)), compileRoadmapMs: ms(median(compile)),
        renderHtmlMs: ms(median(render)), diagnostics,
        cpuMs: {
            parse: ms(median(cpu.parse)), build: ms(median(cpu.build)),
            compileRoadmap: ms(median(cpu.compileRoadmap)), renderHtml: ms(median(cpu.renderHtml))
        }
    };
}

async function unload(documents: LangiumDocument[]): Promise<void> {
    if (documents.length > 0) {
        await shared.workspace.DocumentBuilder.update([], documents.map(document => document.uri));
    }
}
