/** Goals and KPIs: a card per goal with its SMART badges, its KPIs (target, deadline, baseline, forecast) and the reasons. */
import { html, type HtmlValue } from '../../../shared/html.js';
import { ownersIn, type RoadmapGoal, type RoadmapKpi } from '../../model.js';
import { formatKpiValue, formatTarget, kpiName } from '../format.js';
import { sourceAttributes as src } from '../svg.js';
import { dateOf, facts, lines, names, none, rationale, section, table, type HtmlContext, type HtmlSectionRenderer } from './kit.js';

export const renderGoals: HtmlSectionRenderer = (roadmap, context, { hasContent }) =>
    section('goals', context, hasContent ? lines(roadmap.goals.map(goal => goalCard(goal, context))) : none(context));

function goalCard(goal: RoadmapGoal, context: HtmlContext): HtmlValue {
    const badges = goal.smart
        ? html`<div class="rm-smart">${goal.smart.criteria.map(criterion =>
            html`<span class="rm-badge rm-${criterion.holds ? 'ok' : 'bad'}" title="${criterion.reason}">${criterion.letter}</span>`)}</div>`
        : '';
    const reasons = goal.smart
        ? html`<ul class="rm-reasons">${goal.smart.criteria.map(criterion =>
            html`<li class="rm-${criterion.holds ? 'ok' : 'bad'}"><b>${criterion.letter} ${criterion.holds ? '✓' : '✗'}</b> ${criterion.reason}</li>`)}</ul>`
        : '';
    const kpis = goal.kpis.length > 0
        ? table([
            context.label('roadmap.kpi.metric'), context.label('roadmap.kpi.target'), context.label('roadmap.kpi.deadline'),
            context.label('roadmap.kpi.baseline'), context.label('roadmap.kpi.forecast')
        ], goal.kpis.map(kpi => kpiRow(kpi, context)))
        : html`<p class="rm-warn">${context.label('roadmap.goals.noKpi')}</p>`;
    const explained = goal.kpis.filter(kpi => kpi.forecastText);
    const forecasts = explained.length > 0
        ? html`<ul class="rm-note rm-forecasts" aria-label="${context.label('roadmap.kpi.forecasts')}">${explained.map(kpi =>
            html`<li><b>${kpiName(kpi)}</b>: ${kpi.forecastText!}</li>`)}</ul>`
        : '';
    return html`<article class="rm-goal"${src(goal)}>
<h3>${goal.title ?? goal.name} ${badges}</h3>
${rationale(context, goal.rationale)}
${facts([
        [context.label('roadmap.goals.owner'), names(ownersIn(goal))],
        [context.label('roadmap.goals.segment'), names(goal.segments)],
        [context.label('roadmap.goals.deadline'), dateOf(context, goal.deadline)]
    ])}
${kpis}
${forecasts}
${reasons}
</article>`;
}

function kpiRow(kpi: RoadmapKpi, context: HtmlContext): HtmlValue[] {
    const verdict = kpi.met === undefined ? undefined : context.label(kpi.met ? 'roadmap.kpi.met' : 'roadmap.kpi.missed');
    const forecast = kpi.forecast !== undefined
        ? html`<span class="rm-${kpi.met === undefined ? 'plain' : kpi.met ? 'ok' : 'bad'}"${verdict === undefined ? '' : html` title="${verdict}"`}>${
            formatKpiValue(context.locale, kpi, kpi.forecast, kpi.targetUnit, context.currency)}${kpi.met === undefined ? '' : kpi.met ? ' ✓' : ' ✗'}</span>`
        : '';
    return [
        html`<span${src(kpi)}>${kpiName(kpi)}</span>`,
        formatTarget(context.locale, kpi, context.currency),
        dateOf(context, kpi.deadline?.date),
        kpi.baseline !== undefined ? formatKpiValue(context.locale, kpi, kpi.baseline, kpi.baselineUnit, context.currency) : '',
        forecast
    ];
}
