/** The Markdown of plan against actual (see html/progress.ts for what it shows); see markdown.ts. */
import type { Roadmap, RoadmapKpiProgress, RoadmapProgress } from '../model.js';
import { formatMonth } from './format.js';
import { heading, nameOf, table, type MarkdownContext } from './markdown.js';
import { joinMarkdown, md, type MarkdownValue, type SafeMarkdown } from './markdown-text.js';
import {
    correctionValues, progressKpiName, progressPace, progressProjection, progressShare, progressStatus, progressValue, stageVolume
} from './progress-format.js';

export function progress(roadmap: Roadmap, context: MarkdownContext): SafeMarkdown {
    return joinMarkdown([
        heading(context, 'progress'),
        roadmap.progress ? progressBody(roadmap.progress, context) : md`_${context.label('roadmap.progress.none')}_`
    ], '\n\n');
}

/** The section's content, also the body of the status report. */
export function progressBody(progress: RoadmapProgress, context: MarkdownContext): SafeMarkdown {
    const parts: MarkdownValue[] = [md`${context.label('roadmap.progress.asOf', {
        date: context.date(progress.to), from: context.date(progress.from), to: context.date(progress.to)
    })} **${context.label('roadmap.progress.onTrack', { count: String(progress.onTrack), total: String(progress.tracked) })}**`];
    if (progress.kpis.length > 0) {
        parts.push(table([
            context.label('roadmap.progress.kpi'), context.label('roadmap.progress.baseline'), context.label('roadmap.progress.planned'),
            context.label('roadmap.progress.actual'), context.label('roadmap.progress.reached'), context.label('roadmap.progress.elapsed'),
            context.label('roadmap.progress.pace'), context.label('roadmap.progress.projection'), context.label('roadmap.progress.status')
        ], progress.kpis.map(kpi => {
            const value = (number: number | undefined) => progressValue(context.locale, kpi, number, context.currency);
            return [
                progressKpiName(context.locale, kpi, context.currency), value(kpi.baseline), value(kpi.planned), value(kpi.actual),
                progressShare(context.locale, kpi.reached), progressShare(context.locale, kpi.elapsed), progressPace(context.locale, kpi.pace),
                progressProjection(context.locale, kpi, context.currency), progressStatus(context.locale, kpi)
            ];
        })));
        const charted = progress.kpis.filter(kpi => kpi.months.length > 0);
        if (charted.length > 0) {
            parts.push(md`### ${context.label('roadmap.progress.months')}`);
            charted.forEach(kpi => parts.push(md`**${progressKpiName(context.locale, kpi, context.currency)}**`, monthTable(kpi, context)));
        }
    }
    if (progress.funnels.length > 0) {
        parts.push(md`### ${context.label('roadmap.progress.funnels')}`);
        for (const funnel of progress.funnels) {
            parts.push(md`**${funnel.title ?? funnel.name}**`, table([
                context.label('roadmap.progress.stage'), context.label('roadmap.progress.planned'), context.label('roadmap.progress.actual'),
                context.label('roadmap.progress.conversionPlanned'), context.label('roadmap.progress.conversionActual'), context.label('roadmap.progress.reforecast')
            ], funnel.stages.map(stage => [
                stage.title ?? stage.name, stageVolume(context.locale, stage.planned, stage.metric), stageVolume(context.locale, stage.actual, stage.metric),
                progressShare(context.locale, stage.plannedConversion), progressShare(context.locale, stage.actualConversion),
                stageVolume(context.locale, stage.reforecast, stage.metric)
            ])));
        }
    }
    parts.push(md`### ${context.label('roadmap.progress.corrections')}`);
    parts.push(progress.corrections.length > 0
        ? table([
            context.label('roadmap.progress.rule'), context.label('roadmap.progress.values'), context.label('roadmap.progress.action'), context.label('roadmap.progress.owner')
        ], progress.corrections.map(correction => [
            correction.name ?? correction.action,
            `${correctionValues(context.locale, correction, context.currency)} (${correction.from === correction.to
                ? context.date(correction.to)
                : context.text('roadmap.progress.days', { from: context.date(correction.from), to: context.date(correction.to) })})`,
            correction.action,
            nameOf(correction.owner)
        ]))
        : md`_${context.label('roadmap.progress.noCorrections')}_`);
    return joinMarkdown(parts, '\n\n');
}

/** Plan and actual of each month, with a bar of ten blocks for each, the largest value filling it. */
function monthTable(kpi: RoadmapKpiProgress, context: MarkdownContext): SafeMarkdown {
    const highest = Math.max(...kpi.months.flatMap(month => [month.actual ?? 0, month.planned ?? 0]), 1e-9);
    const bar = (value: number | undefined) => value === undefined ? '' : '█'.repeat(Math.round(Math.max(value, 0) / highest * 10)).padEnd(10, '░');
    return table([
        context.label('roadmap.progress.month'), context.label('roadmap.progress.planned'), context.label('roadmap.progress.actual'), ''
    ], kpi.months.map(month => [
        formatMonth(context.locale, month.month),
        progressValue(context.locale, kpi, month.planned, context.currency),
        progressValue(context.locale, kpi, month.actual, context.currency),
        `${bar(month.planned)} ${bar(month.actual)}`.trim()
    ]));
}
