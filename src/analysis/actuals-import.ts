/**
 * An import of actuals checked against a strategy: the CSV's rows and problems (see actuals-csv.ts) plus the
 * rows that repeat what the strategy records already. The command line and the editor's command share it.
 */
import { actualsDays } from './actuals.js';
import { readActualsCsv, type ImportNames, type ImportProblem, type ImportedRow } from './actuals-csv.js';
import type { StrategyAnalysis } from './analyze.js';
import { findCatalogMetric } from './metric-catalog.js';

/** The file of a strategy's folder an import appends to. */
export const ACTUALS_FILE = 'actuals.smm';

export function checkImport(csv: string, analysis: StrategyAnalysis, fileOf: (record: StrategyAnalysis['actuals']['records'][number]) => string): { rows: ImportedRow[]; problems: ImportProblem[] } {
    const names = namesOf(analysis);
    const { rows, problems } = readActualsCsv(csv, names);
    for (const row of rows) {
        const days = actualsDays({ unit: row.period, start: row.date } as never)!;
        const metric = names.metric(row.metric);
        const clash = analysis.actuals.records.find(record => record.metric.name === metric
            && (record.channel?.name ?? '') === (row.channel ?? '')
            && (record.stage ? `${record.stage.$container.name}.${record.stage.name}` : '') === (row.stage ?? '')
            && (record.goal?.name ?? '') === (row.goal ?? '')
            && record.start <= days.end && days.start <= record.end);
        if (clash) {
            problems.push({ line: row.line, key: 'import.alreadyRecorded', args: { metric: row.metric, date: row.date, file: fileOf(clash) } });
        }
    }
    return { rows, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The names the strategy declares: its metrics (standard and its own, with their aliases), channels, stages and goals. */
export function namesOf(analysis: StrategyAnalysis): ImportNames {
    const custom = new Map<string, string>();
    for (const metric of analysis.parts.metrics) {
        [metric.name, ...metric.aliases].forEach(name => name && custom.set(name.toLowerCase(), metric.name));
    }
    return {
        metric: name => custom.get(name.toLowerCase()) ?? findCatalogMetric(name)?.id,
        channels: new Set(analysis.parts.channels.map(channel => channel.name)),
        stages: new Set(analysis.parts.funnels.flatMap(funnel => funnel.stages.map(stage => `${funnel.name}.${stage.name}`))),
        goals: new Set(analysis.parts.goals.map(goal => goal.name))
    };
}
