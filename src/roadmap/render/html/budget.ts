/** The budget: one stacked bar of channels, task costs and what is left, the totals, and the amounts by channel and by phase. */
import { html } from '../../../shared/html.js';
import { barSvg, sourceAttributes as src, stackedBarSvg } from '../svg.js';
import { facts, percentOf, section, table, type HtmlSectionRenderer } from './kit.js';

export const renderBudget: HtmlSectionRenderer = (roadmap, context) => {
    const info = roadmap.budget;
    const whole = Math.max(info.budget ?? 0, info.allocated, 1);
    const stack = stackedBarSvg([
        ...info.byChannel.map(line => ({ share: line.amount / whole, kind: 'channel', label: `${line.title ?? line.name}: ${context.money(line.amount)}` })),
        { share: info.tasks / whole, kind: 'tasks', label: `${context.label('roadmap.budget.byPhase')}: ${context.money(info.tasks)}` },
        { share: Math.max(info.unallocated ?? 0, 0) / whole, kind: 'free', label: `${context.label('roadmap.budget.unallocated')}: ${context.money(info.unallocated ?? 0)}` }
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
    return section('budget', context, html`${stack}\n${summary}\n${byChannel}\n${byPhase}`);
};
