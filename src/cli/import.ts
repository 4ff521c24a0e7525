import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { actualsDays } from '../analysis/actuals.js';
import { actualsText, readActualsCsv, type ImportNames, type ImportProblem, type ImportedRow } from '../analysis/actuals-csv.js';
import type { StrategyAnalysis } from '../analysis/analyze.js';
import { findCatalogMetric } from '../analysis/metric-catalog.js';
import { dayNumber } from '../analysis/schedule.js';
import { parseIsoDate } from '../analysis/dates.js';
import { t, type Locale } from '../i18n/index.js';
import { AstUtils, UriUtils } from 'langium';
import { InputError, reasonOf, siblingSmmFiles, writeFileAtomic } from './files.js';
import { printable } from './printable.js';
import { loadStrategies } from './workspace.js';

/** The file of actuals an import into a folder appends to. */
export const ACTUALS_FILE = 'actuals.smm';

/**
 * `smm import actuals.csv --into <folder or file>`: reads the CSV against the strategy's names and appends its
 * rows as `actuals` blocks to the file (a folder's `actuals.smm`), all at once. Returns 0, or 1 when a line has
 * a problem: then every problem is printed with its line and nothing is written.
 */
export async function importCommand(
    inputs: string[], into: string | undefined, locale: Locale, out: (text: string) => void, err: (text: string) => void
): Promise<number> {
    if (inputs.length !== 1 || into === undefined) {
        throw new InputError(t(locale, 'cli.import.usage'));
    }
    const [csvPath] = inputs;
    const csv = await readFile(csvPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new InputError(t(locale, 'cli.unreadable', { path: csvPath, reason: reasonOf(locale, error) }));
    });
    const intoStat = await stat(into).catch(() => undefined);
    const target = intoStat?.isDirectory() ? join(into, ACTUALS_FILE) : into;
    if (!target.endsWith('.smm')) {
        throw new InputError(t(locale, 'cli.notSmm', { path: target }));
    }
    const folder = dirname(target);
    const paths = await siblingSmmFiles(folder).catch(() => []);
    if (paths.length === 0) {
        throw new InputError(t(locale, 'cli.noSmmInFolder', { path: folder }));
    }
    const { services, files } = await loadStrategies(paths, locale);
    const analysis = services.analysis.StrategyAnalyzer.forDocument(files[0].document);
    const { rows, problems } = readActualsCsv(csv, namesOf(analysis));
    problems.push(...alreadyRecorded(rows, analysis));
    if (problems.length > 0) {
        for (const problem of problems.sort((a, b) => a.line - b.line)) {
            err(`${printable(csvPath)}:${problem.line}: ${printable(t(locale, problem.key, problem.args))}\n`);
        }
        err(`smm: ${printable(t(locale, 'cli.import.failed', { count: problems.length, path: csvPath }))}\n`);
        return 1;
    }
    if (rows.length === 0) {
        throw new InputError(t(locale, 'cli.import.nothing'));
    }
    const existing = await readFile(target, 'utf8').catch(() => '');
    const separator = existing === '' ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
    await writeFileAtomic(target, existing + separator + actualsText(rows, basename(csvPath))).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(t(locale, 'cli.render.cannotWrite', { path: target, reason: reasonOf(locale, error) }));
    });
    out(`${printable(t(locale, 'cli.import.imported', { rows: String(rows.length), path: target }))}\n`);
    return 0;
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

/** Rows the strategy records already: the same metric at the same place for days that overlap. */
function alreadyRecorded(rows: readonly ImportedRow[], analysis: StrategyAnalysis): ImportProblem[] {
    const names = namesOf(analysis);
    const problems: ImportProblem[] = [];
    for (const row of rows) {
        const start = dayNumber(parseIsoDate(row.date)!);
        const days = actualsDays({ unit: row.period, start: row.date } as never)!;
        const metric = names.metric(row.metric);
        const clash = analysis.actuals.records.find(record => record.metric.name === metric
            && (record.channel?.name ?? '') === (row.channel ?? '')
            && (record.stage ? `${record.stage.$container.name}.${record.stage.name}` : '') === (row.stage ?? '')
            && (record.goal?.name ?? '') === (row.goal ?? '')
            && record.start <= days.end && start <= record.end);
        if (clash) {
            problems.push({ line: row.line, key: 'import.alreadyRecorded', args: {
                line: row.line, metric: row.metric, date: row.date, file: UriUtils.basename(AstUtils.getDocument(clash.entry).uri)
            } });
        }
    }
    return problems;
}
