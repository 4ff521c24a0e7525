import type { GanttFigures } from './mermaid.js';

export interface Goal {
    name: string;
    value: number;
    limit: number;
    /** value ÷ limit: below 1 the goal is met, and by how much. */
    ratio: number;
    met: boolean;
}

/** The figures of one input (see `Figures` in main.ts). */
type Row = object;

interface Report {
    machine: { cpu: string; cores: number; node: string; os: string; date: string; commit?: string; loadBefore: number; loadAfter: number };
    goals: Goal[];
    sizes: Record<string, Row>;
    examples: Record<string, Row>;
}

const FIGURES: Array<[key: string, label: string]> = [
    ['lines', 'lines'],
    ['diagnostics', 'diagnostics'],
    ['parseMs', 'parseMs'],
    ['buildMs', 'buildMs'],
    ['analysisMs', 'analysisMs'],
    ['compileRoadmapMs', 'compileRoadmapMs'],
    ['renderHtmlMs', 'renderHtmlMs'],
    ['cpuMs.parse', 'CPU: parse'],
    ['cpuMs.build', 'CPU: build'],
    ['cpuMs.compileRoadmap', 'CPU: compileRoadmap'],
    ['cpuMs.renderHtml', 'CPU: renderHtml'],
    ['openToDiagnosticsMs', 'openToDiagnosticsMs'],
    ['keystrokeToDiagnosticsMs.median', 'keystrokeToDiagnosticsMs median'],
    ['keystrokeToDiagnosticsMs.p95', 'keystrokeToDiagnosticsMs p95'],
    ['keystrokeServerCpuMs', 'keystrokeServerCpuMs'],
    ['completionMs.p95', 'completionMs p95'],
    ['hoverMs.p95', 'hoverMs p95'],
    ['inlayHintsMs', 'inlayHintsMs'],
    ['roadmapMs', 'roadmapMs'],
    ['rssMb', 'rssMb'],
    ['heapMb', 'heapMb']
];

/** The figures of every input side by side, then the goals with their ratios, as Markdown. */
export function markdownTable(report: Report): string {
    const columns = [...Object.entries(report.sizes), ...Object.entries(report.examples)];
    const head = `| figure | ${columns.map(([name]) => /^\d+$/.test(name) ? `${Number(name).toLocaleString('en')} lines` : name).join(' | ')} |`;
    const rule = `| --- | ${columns.map(() => '---:').join(' | ')} |`;
    const rows = FIGURES.map(([key, label]) => `| ${label} | ${columns.map(([, row]) => format(valueOf(row, key))).join(' | ')} |`);
    const goals = report.goals.length === 0 ? [] : [
        '',
        '| goal | value | limit | ratio | met |',
        '| --- | ---: | ---: | ---: | :---: |',
        ...report.goals.map(goal => `| ${goal.name} | ${format(goal.value)} | ${format(goal.limit)} | ${goal.ratio.toFixed(2)} | ${goal.met ? 'yes' : '**no**'} |`)
    ];
    const { machine } = report;
    return [
        `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}; ${machine.date.slice(0, 16).replace('T', ' ')} UTC`
            + `${machine.commit ? `, commit ${machine.commit}` : ''}; load average ${machine.loadBefore} before, ${machine.loadAfter} after.`,
        '',
        head, rule, ...rows, ...goals
    ].join('\n');
}

function valueOf(row: Row, key: string): number | undefined {
    const [name, part] = key.split('.');
    const value = (row as Record<string, number | Record<string, number> | undefined>)[name];
    return typeof value === 'object' ? value[part] : value;
}

function format(value: number | undefined): string {
    return value === undefined ? '–' : Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(1);
}

/** The figures of the comparison with Mermaid's gantt, by plan size (see mermaid.ts). */
type GanttRow = Omit<GanttFigures, 'milestones'>;

interface GanttReport {
    machine: Report['machine'];
    viewport: { width: number; height: number };
    emptyFrameMs: number;
    sizes: Record<string, GanttRow>;
    goals: Goal[];
}

const GANTT_FIGURES: Array<[key: string, label: string]> = [
    ['mermaidMs', 'Mermaid gantt: text → painted'],
    ['textToVisibleMs', 'roadmap: text → painted'],
    ['ratio.textToVisible', 'Mermaid ÷ roadmap, text → painted'],
    ['builtToVisibleMs', 'roadmap: built strategy → painted'],
    ['ratio.builtToVisible', 'Mermaid ÷ roadmap, built → painted'],
    ['buildMs', 'roadmap: build (parse, link, validate, analyse)'],
    ['compileRoadmapMs', 'roadmap: compileRoadmap'],
    ['renderHtmlMs', 'roadmap: renderHtmlBody'],
    ['htmlParseMs', 'roadmap: HTML parse in the page'],
    ['layoutMs', 'roadmap: style and layout in the page'],
    ['paintMs', 'roadmap: to the next frame painted'],
    ['htmlKb', 'roadmap: preview body, KB']
];

/**
 * The bars of the comparison: the roadmap, text → painted, at least 5 × faster than Mermaid at 1,000
 * tasks and 3 × at 50; from a built strategy 10 × at 1,000 tasks; and 1,000 tasks at most 25 × the time
 * of 50 on the roadmap's side. The speed-ups are the medians of the interleaved pairs' ratios, which a
 * load that comes and goes moves less than a ratio of two medians; their `ratio` is limit ÷ value, so
 * that below 1 the goal is met, as for every other goal.
 */
export function ganttGoals(sizes: Record<string, GanttRow>): Goal[] {
    const goals: Goal[] = [];
    const atMost = (name: string, value: number, limit: number) =>
        goals.push({ name, value, limit, ratio: Math.round(value / limit * 100) / 100, met: value <= limit });
    const atLeast = (name: string, value: number, limit: number) =>
        goals.push({ name, value, limit, ratio: Math.round(limit / value * 100) / 100, met: value >= limit });
    const small = sizes['50'];
    const large = sizes['1000'];
    if (large) {
        atLeast('Mermaid ÷ roadmap, text → painted, ≥ 5 at 1,000 tasks', large.ratio.textToVisible, 5);
        atLeast('Mermaid ÷ roadmap, built strategy → painted, ≥ 10 at 1,000 tasks', large.ratio.builtToVisible, 10);
    }
    if (small) {
        atLeast('Mermaid ÷ roadmap, text → painted, ≥ 3 at 50 tasks', small.ratio.textToVisible, 3);
    }
    if (small && large) {
        atMost('roadmap text → painted at 1,000 tasks ≤ 25 × at 50', large.textToVisibleMs, 25 * small.textToVisibleMs);
    }
    return goals;
}

/** The comparison with Mermaid as Markdown: the figures by plan size, then the goals. */
export function ganttTable(report: GanttReport): string {
    const columns = Object.entries(report.sizes);
    const head = `| figure (ms, median) | ${columns.map(([tasks]) => `${Number(tasks).toLocaleString('en')} tasks`).join(' | ')} |`;
    const rule = `| --- | ${columns.map(() => '---:').join(' | ')} |`;
    const rows = GANTT_FIGURES.map(([key, label]) => `| ${label} | ${columns.map(([, row]) => {
        const value = valueOf(row, key);
        return key.startsWith('ratio.') && value !== undefined ? `${value.toFixed(2)} ×` : format(value);
    }).join(' | ')} |`);
    const { machine, viewport } = report;
    return [
        `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; ${machine.date.slice(0, 16).replace('T', ' ')} UTC`
            + `${machine.commit ? `, commit ${machine.commit}` : ''}; load average ${machine.loadBefore} before, ${machine.loadAfter} after;`
            + ` Chromium page ${viewport.width} × ${viewport.height}; a frame with nothing to show takes ${format(report.emptyFrameMs)} ms.`,
        '',
        head, rule, ...rows,
        '',
        '| goal | value | limit | ratio | met |',
        '| --- | ---: | ---: | ---: | :---: |',
        ...report.goals.map(goal => `| ${goal.name} | ${format(goal.value)} | ${format(goal.limit)} | ${goal.ratio.toFixed(2)} | ${goal.met ? 'yes' : '**no**'} |`)
    ].join('\n');
}
