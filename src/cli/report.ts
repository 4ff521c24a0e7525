import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { actualsUntil } from '../analysis/actuals.js';
import { progressOf } from '../analysis/progress.js';
import { dayNumber } from '../analysis/schedule.js';
import { t, type Locale } from '../i18n/index.js';
import { isoDate } from '../roadmap/calendar.js';
import { compileRoadmap } from '../roadmap/compile.js';
import { compileProgress } from '../roadmap/compile/progress.js';
import { renderStatusReport, type ReportFormat } from '../roadmap/render/report.js';
import { overwritesStrategy } from '../shared/overwrite-guard.js';
import { InputError, reasonOf, strategyFiles, writeFileAtomic } from './files.js';
import { printable, terminalText } from './printable.js';
import { loadStrategies } from './workspace.js';

export interface ReportOptions {
    format: ReportFormat;
    output?: string;
    locale: Locale;
    /** The days reported: the progress is as of `to` (default: the last day of the actuals); the months shown start at `from`. */
    from?: Date;
    to?: Date;
    stdoutIsTerminal?: boolean;
}

/**
 * `smm report`: the status report of one strategy for a period, written beside it as `<name>.report.html`
 * (or `.md`), to `-o`, or to standard output with `-o -`. Returns 0, or 2 (through InputError) without actuals.
 */
export async function reportCommand(inputs: string[], options: ReportOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const { locale } = options;
    if (inputs.length !== 1) {
        throw new InputError(t(locale, 'cli.render.oneInput'));
    }
    const [input] = inputs;
    const paths = await strategyFiles(input, locale);
    const target = options.output === '-' ? undefined : options.output ?? await defaultOutput(input, options.format);
    if (target !== undefined) {
        if ((await stat(target).catch(() => undefined))?.isDirectory()) {
            throw new InputError(t(locale, 'cli.render.outputIsFolder', { path: target }));
        }
        if (await overwritesStrategy(target, paths)) {
            throw new InputError(t(locale, 'cli.render.overwritesInput', { path: target }));
        }
    }
    const { services, files } = await loadStrategies(paths, locale);
    const analysis = services.analysis.StrategyAnalyzer.forDocument(files[0].document);
    const log = options.to ? actualsUntil(analysis.actuals, dayNumber(options.to)) : analysis.actuals;
    const progress = compileProgress(analysis, progressOf(log, {
        period: analysis.period, kpis: analysis.kpis, funnels: analysis.funnels, rules: analysis.parts.adjustRules
    }));
    if (!progress) {
        throw new InputError(t(locale, 'cli.report.noActuals'));
    }
    const from = options.from ? isoDate(options.from) : progress.from;
    const shown = { ...progress, kpis: progress.kpis.map(kpi => ({ ...kpi, months: kpi.months.filter(month => month.month >= from.slice(0, 7)) })) };
    const roadmap = compileRoadmap(analysis, { locale });
    const text = renderStatusReport(roadmap, shown, { from, to: progress.to }, options.format, locale);
    if (target === undefined) {
        out(options.stdoutIsTerminal ? terminalText(text) : text);
        return 0;
    }
    await writeFileAtomic(target, text).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(t(locale, 'cli.render.cannotWrite', { path: target, reason: reasonOf(locale, error) }));
    });
    err(`${printable(t(locale, 'cli.report.written', { path: target }))}\n`);
    return 0;
}

/** `strategy.report.html` beside `strategy.smm`; `school.report.html` inside the folder `school`. */
async function defaultOutput(input: string, format: ReportFormat): Promise<string> {
    const isFolder = (await stat(input)).isDirectory();
    const folder = isFolder ? input : dirname(input);
    const stem = isFolder ? basename(resolve(input)) : basename(input, extname(input));
    return join(folder, `${stem}.report.${format}`);
}
