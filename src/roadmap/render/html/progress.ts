/**
 * Plan against actual: how many KPIs are on track, each KPI's baseline → actual → target with the share
 * reached, the time gone, the pace and the projection, its plan and actual month by month in a small chart,
 * the funnels' actual conversions with the re-forecast, and the corrections due.
 */
import { html, type HtmlValue, type SafeHtml } from '../../../shared/html.js';
import type { RoadmapKpiProgress, RoadmapProgress } from '../../model.js';
import { formatMonth } from '../format.js';
import {
    correctionValues, progressKpiName, progressPace, progressProjection, progressShare, progressStatus, progressValue, stageVolume
} from '../progress-format.js';
import { barSvg, sourceAttributes as src } from '../svg.js';
import { cards, dateOf, nameOf, section, table, type HtmlContext, type HtmlSectionRenderer } from './kit.js';

export const renderProgress: HtmlSectionRenderer = (roadmap, context) =>
    section('progress', context, roadmap.progress ? progressBody(roadmap.progress, context) : html`<p class="rm-empty">${context.prose('roadmap.progress.none')}</p>`);

/** The section's content, also the body of the status report. */
export function progressBody(progress: RoadmapProgress, context: HtmlContext): SafeHtml {
    const summary = html`<p>${context.label('roadmap.progress.asOf', {
        date: dateOf(context, progress.to), from: dateOf(context, progress.from), to: dateOf(context, progress.to)
    })} <b>${context.label('roadmap.progress.onTrack', { count: String(progress.onTrack), total: String(progress.tracked) })}</b></p>`;
    const kpis = progress.kpis.length > 0
        ? html`<div class="rm-scroll">${table([
            context.label('roadmap.progress.kpi'), context.label('roadmap.progress.baseline'), context.label('roadmap.progress.planned'),
            context.label('roadmap.progress.actual'), context.label('roadmap.progress.reached'), context.label('roadmap.progress.elapsed'),
            context.label('roadmap.progress.pace'), context.label('roadmap.progress.projection'), context.label('roadmap.progress.status')
        ], progress.kpis.map(kpi => kpiRow(kpi, context)))}</div>`
        : '';
    const charts = progress.kpis.some(kpi => kpi.months.length > 0)
        ? html`<h3>${context.label('roadmap.progress.months')}</h3>${cards(progress.kpis.filter(kpi => kpi.months.length > 0).map(kpi => kpiChart(kpi, context)))}`
        : '';
    const funnels = progress.funnels.length > 0
        ? html`<h3>${context.label('roadmap.progress.funnels')}</h3>${progress.funnels.map(funnel => html`<h4${src(funnel)}>${funnel.title ?? funnel.name}</h4><div class="rm-scroll">${table([
            context.label('roadmap.progress.stage'), context.label('roadmap.progress.planned'), context.label('roadmap.progress.actual'),
            context.label('roadmap.progress.conversionPlanned'), context.label('roadmap.progress.conversionActual'), context.label('roadmap.progress.reforecast')
        ], funnel.stages.map(stage => [
            stage.title ?? stage.name,
            stageVolume(context.locale, stage.planned, stage.metric),
            stageVolume(context.locale, stage.actual, stage.metric),
            progressShare(context.locale, stage.plannedConversion),
            progressShare(context.locale, stage.actualConversion),
            stageVolume(context.locale, stage.reforecast, stage.metric)
        ]))}</div>`)}`
        : '';
    const corrections = html`<h3>${context.label('roadmap.progress.corrections')}</h3>${progress.corrections.length > 0
        ? html`<div class="rm-scroll">${table([
            context.label('roadmap.progress.rule'), context.label('roadmap.progress.values'), context.label('roadmap.progress.action'), context.label('roadmap.progress.owner')
        ], progress.corrections.map(correction => [
            html`<span class="rm-bad"${src(correction)}>${correction.name ?? correction.action}</span>`,
            `${correctionValues(context.locale, correction, context.currency)} (${correction.from === correction.to
                ? dateOf(context, correction.to)
                : context.label('roadmap.progress.days', { from: dateOf(context, correction.from), to: dateOf(context, correction.to) })})`,
            correction.action,
            nameOf(correction.owner)
        ]))}</div>`
        : html`<p class="rm-note">${context.label('roadmap.progress.noCorrections')}</p>`}`;
    return html`${summary}\n${kpis}\n${charts}\n${funnels}\n${corrections}`;
}

function kpiRow(kpi: RoadmapKpiProgress, context: HtmlContext): HtmlValue[] {
    const value = (number: number | undefined) => progressValue(context.locale, kpi, number, context.currency);
    const status = kpi.onTrack === undefined ? 'plain' : kpi.onTrack ? 'ok' : 'bad';
    return [
        html`<span${src(kpi)}>${progressKpiName(context.locale, kpi, context.currency)}</span>`,
        value(kpi.baseline),
        value(kpi.planned),
        value(kpi.actual),
        kpi.reached !== undefined ? html`${progressShare(context.locale, kpi.reached)}${barSvg(kpi.reached / 100, status === 'bad' ? 'risk' : 'value')}` : '',
        progressShare(context.locale, kpi.elapsed),
        progressPace(context.locale, kpi.pace),
        progressProjection(context.locale, kpi, context.currency),
        html`<span class="rm-${status}">${progressStatus(context.locale, kpi)}</span>`
    ];
}

/** Plan (grey) and actual (coloured, red when off track) of each month, side by side, the largest filling the height. */
function kpiChart(kpi: RoadmapKpiProgress, context: HtmlContext): HtmlValue {
    const size = { width: 320, height: 110, bottom: 18, top: 4 };
    const plot = size.height - size.bottom - size.top;
    const highest = Math.max(...kpi.months.flatMap(month => [month.actual ?? 0, month.planned ?? 0]).map(value => Math.max(value, 0)), 1e-9);
    const slot = size.width / Math.max(kpi.months.length, 1);
    const bar = (value: number | undefined, x: number, kind: string, label: string) => {
        if (value === undefined) {
            return '';
        }
        const height = Math.max(value, 0) / highest * plot;
        return html`<rect class="${kind}" x="${x.toFixed(1)}" y="${(size.top + plot - height).toFixed(1)}" width="${(slot * 0.35).toFixed(1)}" height="${height.toFixed(1)}"><title>${label}</title></rect>`;
    };
    const columns = kpi.months.map((month, i) => {
        const name = formatMonth(context.locale, month.month);
        const planned = `${context.label('roadmap.progress.planned')}, ${name}: ${progressValue(context.locale, kpi, month.planned, context.currency)}`;
        const actual = `${context.label('roadmap.progress.actual')}, ${name}: ${progressValue(context.locale, kpi, month.actual, context.currency)}`;
        return html`<g>${bar(month.planned, i * slot + slot * 0.12, 'rm-hbar-track', planned)}${
            bar(month.actual, i * slot + slot * 0.5, kpi.onTrack === false ? 'rm-hbar-risk' : 'rm-hbar-value', actual)}<text class="rm-month-label" x="${(i * slot + slot / 2).toFixed(1)}" y="${size.height - 4}" text-anchor="middle">${name}</text></g>`;
    });
    const title = context.label('roadmap.progress.chart', { kpi: kpi.metric });
    return html`<article${src(kpi)}><h4>${progressKpiName(context.locale, kpi, context.currency)} — <span class="rm-${kpi.onTrack === undefined ? 'plain' : kpi.onTrack ? 'ok' : 'bad'}">${progressStatus(context.locale, kpi)}</span></h4><svg class="rm-months" viewBox="0 0 ${size.width} ${size.height}" width="100%" role="img" aria-label="${title}">${columns}</svg></article>`;
}
