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
