/**
 * The budget: one stacked bar of channels, task costs and what is left, the totals, the amounts by channel
 * and by phase, and the monthly plan (spend per month as columns and a table, with the funnels' key volumes).
 */
import { html, type HtmlValue } from '../../../shared/html.js';
import type { RoadmapMonthlyPlan } from '../../model.js';
import { formatCount, formatMonth } from '../format.js';
import { barSvg, CHART_SERIES, monthlyColumnsSvg, sourceAttributes as src, stackedBarSvg } from '../svg.js';
import { facts, percentOf, section, table, type HtmlContext, type HtmlSectionRenderer } from './kit.js';

/** What a chart's colours stand for: a swatch and a name each. */
function legend(items: Array<{ kind: string; label: string }>): HtmlValue {
    return html`<ul class="rm-legend">${items.map(item => html`<li><span class="rm-swatch rm-swatch-${item.kind}"></span>${item.label}</li>`)}</ul>`;
}

export const renderBudget: HtmlSectionRenderer = (roadmap, context) => {
    const info = roadmap.budget;
    const whole = Math.max(info.budget ?? 0, info.allocated, 1);
    // A channel keeps its colour in both charts.
    const series = new Map(info.byChannel.map((line, index) => [line.name, `channel-${index % CHART_SERIES}`]));
    const stack = stackedBarSvg([
        ...info.byChannel.map(line => ({ share: line.amount / whole, kind: series.get(line.name)!, label: `${line.title ?? line.name}: ${context.money(line.amount)}` })),
        { share: info.tasks / whole, kind: 'tasks', label: `${context.label('roadmap.budget.byPhase')}: ${context.money(info.tasks)}` },
        { share: Math.max(info.unallocated ?? 0, 0) / whole, kind: 'free', label: `${context.label('roadmap.budget.unallocated')}: ${context.money(info.unallocated ?? 0)}` }
    ]);
    const stackLegend = legend([
        ...info.byChannel.map(line => ({ kind: series.get(line.name)!, label: line.title ?? line.name })),
        ...(info.tasks > 0 ? [{ kind: 'tasks', label: context.label('roadmap.budget.byPhase') }] : []),
        ...((info.unallocated ?? 0) > 0 ? [{ kind: 'free', label: context.label('roadmap.budget.unallocated') }] : [])
    ]);
    const over = info.unallocated !== undefined && info.unallocated < 0;
    const summary = facts([
        [context.label('roadmap.budget.total'), context.money(info.budget)],
        [context.label('roadmap.budget.allocated'), `${context.money(info.allocated)}${info.allocatedShare !== undefined ? ` (${percentOf(context, info.allocatedShare)})` : ''}`],
        [context.label(over ? 'roadmap.budget.overspent' : 'roadmap.budget.unallocated'),
            info.unallocated !== undefined ? html`<span class="rm-${over ? 'bad' : 'plain'}">${context.money(Math.abs(info.unallocated))}</span>` : undefined],
        [context.label('roadmap.budget.riskLoss'), context.money(info.riskLoss)]
    ]);
    const byChannel = info.byChannel.length > 0
        ? html`<h3>${context.label('roadmap.budget.byChannel')}</h3>${table(
            [context.label('roadmap.budget.channel'), context.label('roadmap.budget.amount'), context.label('roadmap.budget.share'), ''],
            info.byChannel.map(line => [html`<span${src(line)}>${line.title ?? line.name}</span>`, context.money(line.amount),
                percentOf(context, line.share), barSvg(line.amount / whole)]))}`
        : '';
    const byPhase = info.byPhase.length > 0
        ? html`<h3>${context.label('roadmap.budget.byPhase')}</h3>${table(
            [context.label('roadmap.timeline.phase'), context.label('roadmap.budget.amount'), ''],
            info.byPhase.map(line => [html`<span${src(line)}>${line.title ?? line.name}</span>`, context.money(line.amount), barSvg(line.amount / whole)]))}`
        : '';
    return section('budget', context, html`${stack}${stackLegend}\n${summary}\n${byChannel}\n${byPhase}\n${monthlyPlan(roadmap.budget.monthly, context, series)}`);
};

/** The monthly plan: a column chart of spend per month, and a table of spend and key volumes per month. */
function monthlyPlan(plan: RoadmapMonthlyPlan | undefined, context: HtmlContext, series: Map<string, string>): HtmlValue {
    if (!plan || plan.months.length === 0 || plan.total.every(amount => amount === 0) && plan.volumes.length === 0) {
        return '';
    }
    const month = (iso: string) => formatMonth(context.locale, iso);
    const chart = monthlyColumnsSvg(plan.months.map((iso, i) => ({
        label: month(iso),
        parts: [
            ...plan.channels.map((row, index) => ({ amount: row.amounts[i], kind: series.get(row.name) ?? `channel-${index % CHART_SERIES}`, label: `${month(iso)} · ${row.title ?? row.name}: ${context.money(row.amounts[i])}` })),
            { amount: plan.tasks[i], kind: 'tasks', label: `${month(iso)} · ${context.label('roadmap.budget.monthly.tasks')}: ${context.money(plan.tasks[i])}` }
        ]
    })), context.label('roadmap.budget.monthly.title'));
    const rows = [
        ...plan.channels.map(row => [html`<span${src(row)}>${row.title ?? row.name}</span>`, ...row.amounts.map(amount => context.money(amount))]),
        ...(plan.tasks.some(amount => amount > 0) ? [[context.label('roadmap.budget.monthly.tasks'), ...plan.tasks.map(amount => context.money(amount))]] : []),
        [html`<b>${context.label('roadmap.budget.monthly.total')}</b>`, ...plan.total.map(amount => html`<b>${context.money(amount)}</b>`)],
        ...plan.volumes.map(row => [
            html`<span${src(row.stage)}>${row.funnel.title ?? row.funnel.name} · ${row.stage.title ?? row.stage.name}</span>`,
            ...row.amounts.map(amount => `≈ ${formatCount(context.locale, amount, row.unit)}`)
        ])
    ];
    const chartLegend = legend([
        ...plan.channels.map((row, index) => ({ kind: series.get(row.name) ?? `channel-${index % CHART_SERIES}`, label: row.title ?? row.name })),
        ...(plan.tasks.some(amount => amount > 0) ? [{ kind: 'tasks', label: context.label('roadmap.budget.monthly.tasks') }] : [])
    ]);
    return html`<h3>${context.label('roadmap.budget.monthly.title')}</h3>${chart}${chartLegend}<div class="rm-scroll">${table(['', ...plan.months.map(month)], rows)}</div>`;
}
