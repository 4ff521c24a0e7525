/**
 * The roadmap as HTML: `renderHtmlBody` (the sections, for the preview and the export) and
 * `renderHtmlDocument` (one self-contained file: inline CSS, no scripts, no network, a strict CSP).
 * Every text from the strategy goes through escapeHtml, in content and in attributes alike.
 */
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import type {
    NamedRef, Roadmap, RoadmapCompetitor, RoadmapFunnel, RoadmapGoal, RoadmapKpi, RoadmapProduct,
    RoadmapRegulation, RoadmapSegment
} from '../model.js';
import { escapeHtml as esc } from './escape.js';
import {
    formatCount, formatDate, formatFrequency, formatKpiValue, formatMoney, formatNumber, formatPercent, formatTarget, formatTick,
    kpiName, ruleCondition
} from './format.js';
import { roadmapStyles } from './styles.js';
import { barSvg, ganttSvg, riskMatrixSvg, sourceAttributes as src, stackedBarSvg } from './svg.js';

export { roadmapStyles };

/** The ids of the sections, in order: the preview and the tests find them by these. */
export const SECTION_IDS = [
    'rm-header', 'rm-goals', 'rm-timeline', 'rm-funnels', 'rm-budget', 'rm-audience', 'rm-competitors', 'rm-content',
    'rm-regulations', 'rm-risks'
] as const;

interface Context {
    locale: Locale;
    currency?: string;
    label(key: MessageKey, args?: Record<string, string | number>): string;
    money(value: number | undefined): string;
}

export function renderHtmlDocument(roadmap: Roadmap, locale: Locale): string {
    const title = t(locale, 'roadmap.documentTitle', { title: roadmap.header.title ?? t(locale, 'roadmap.untitled') });
    return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${roadmapStyles('print')}</style>
</head>
<body class="rm-document">
${renderHtmlBody(roadmap, locale)}
</body>
</html>
`;
}

export function renderHtmlBody(roadmap: Roadmap, locale: Locale): string {
    const currency = roadmap.header.currency;
    const context: Context = {
        locale, currency,
        label: (key, args) => esc(t(locale, key, args)),
        money: value => value === undefined ? '' : esc(formatMoney(locale, value, currency))
    };
    return [
        header(roadmap, context),
        goals(roadmap, context),
        timeline(roadmap, context),
        funnels(roadmap, context),
        budget(roadmap, context),
        audience(roadmap, context),
        competitors(roadmap, context),
        content(roadmap, context),
        regulations(roadmap, context),
        risks(roadmap, context)
    ].join('\n');
}

// ------------------------------------------------------------------------------------------- helpers

function section(id: typeof SECTION_IDS[number], title: string, body: string): string {
    return `<section class="rm-section" id="${id}">\n<h2>${title}</h2>\n${body}\n</section>`;
}

function none(context: Context): string {
    return `<p class="rm-empty">${context.label('roadmap.none')}</p>`;
}

function nameOf(ref: NamedRef | undefined): string {
    return ref ? esc(ref.title ?? ref.name) : '';
}

function names(refs: NamedRef[]): string {
    return refs.map(nameOf).join(', ');
}

function dateOf(context: Context, iso: string | undefined): string {
    return iso ? esc(formatDate(context.locale, iso)) : '';
}

function percentOf(context: Context, value: number | undefined): string {
    return value === undefined ? '' : esc(formatPercent(context.locale, value));
}

function numberOf(context: Context, value: number | undefined): string {
    return value === undefined ? '' : esc(formatNumber(context.locale, value));
}

/** A definition list of the rows that have a value. */
function facts(rows: Array<[string, string | undefined]>): string {
    const shown = rows.filter(([, value]) => value);
    return shown.length > 0 ? `<dl class="rm-facts">${shown.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>` : '';
}

function list(items: string[]): string {
    return items.length > 0 ? `<ul>${items.map(item => `<li>${item}</li>`).join('')}</ul>` : '';
}

function table(head: string[], rows: string[][], className = 'rm-table'): string {
    return `<table class="${className}"><thead><tr>${head.map(cell => `<th>${cell}</th>`).join('')}</tr></thead>`
        + `<tbody>${rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

// ------------------------------------------------------------------------------------------- sections

function header(roadmap: Roadmap, context: Context): string {
    const { header: info, health } = roadmap;
    const title = esc(info.title ?? t(context.locale, 'roadmap.untitled'));
    const period = info.period
        ? `${dateOf(context, info.period.start)} – ${dateOf(context, info.period.end)} (${context.label('roadmap.header.days', { days: info.period.days })})`
        : undefined;
    const banner = health.errors > 0
        ? `<p class="rm-banner" role="alert">${context.label('roadmap.hasErrors', { errors: health.errors })}</p>`
        : '';
    const cards: Array<[string, string, string]> = [
        [context.label('roadmap.health.smart'), context.label('roadmap.health.smartValue', { smart: health.smartGoals, goals: health.goals }),
            health.goals > 0 && health.smartGoals === health.goals ? 'ok' : 'warn'],
        [context.label('roadmap.health.allocated'), health.allocatedShare !== undefined
            ? `${percentOf(context, health.allocatedShare)} · ${context.money(health.allocated)}` : context.money(health.allocated),
            health.unallocated !== undefined && health.unallocated < 0 ? 'bad' : 'ok'],
        [context.label('roadmap.health.romi'), health.romi !== undefined ? percentOf(context, health.romi) : '—',
            health.romi === undefined ? 'warn' : health.romi >= 0 ? 'ok' : 'bad'],
        [context.label('roadmap.health.issues'), `${health.errors} / ${health.warnings}`,
            health.errors > 0 ? 'bad' : health.warnings > 0 ? 'warn' : 'ok']
    ];
    return `<header class="rm-section rm-header" id="rm-header"${src(info)}>
<h1>${title}</h1>
${banner}
${facts([
        [context.label('roadmap.header.period'), period],
        [context.label('roadmap.header.budget'), info.budget !== undefined ? context.money(info.budget) : undefined],
        [context.label('roadmap.header.companyGoal'), info.companyGoal !== undefined ? esc(info.companyGoal) : undefined]
    ])}
<div class="rm-health" aria-label="${context.label('roadmap.health.title')}">${cards.map(([term, value, state]) =>
        `<div class="rm-card rm-${state}"><div class="rm-card-term">${term}</div><div class="rm-card-value">${value}</div></div>`).join('')}</div>
</header>`;
}

function goals(roadmap: Roadmap, context: Context): string {
    const body = roadmap.goals.length > 0 ? roadmap.goals.map(goal => goalCard(goal, context)).join('\n') : none(context);
    return section('rm-goals', context.label('roadmap.goals.title'), body);
}

function goalCard(goal: RoadmapGoal, context: Context): string {
    const badges = goal.smart
        ? `<div class="rm-smart">${goal.smart.criteria.map(criterion =>
            `<span class="rm-badge rm-${criterion.holds ? 'ok' : 'bad'}" title="${esc(criterion.reason)}">${criterion.letter}</span>`).join('')}</div>`
        : '';
    const reasons = goal.smart
        ? `<ul class="rm-reasons">${goal.smart.criteria.map(criterion =>
            `<li class="rm-${criterion.holds ? 'ok' : 'bad'}"><b>${criterion.letter} ${criterion.holds ? '✓' : '✗'}</b> ${esc(criterion.reason)}</li>`).join('')}</ul>`
        : '';
    const kpis = goal.kpis.length > 0
        ? table([
            context.label('roadmap.kpi.metric'), context.label('roadmap.kpi.target'), context.label('roadmap.kpi.deadline'),
            context.label('roadmap.kpi.baseline'), context.label('roadmap.kpi.forecast')
        ], goal.kpis.map(kpi => kpiRow(kpi, context)))
        : `<p class="rm-warn">${context.label('roadmap.goals.noKpi')}</p>`;
    return `<article class="rm-goal"${src(goal)}>
<h3>${esc(goal.title ?? goal.name)} ${badges}</h3>
${facts([
        [context.label('roadmap.goals.owner'), nameOf(goal.owner)],
        [context.label('roadmap.goals.segment'), names(goal.segments)],
        [context.label('roadmap.goals.deadline'), dateOf(context, goal.deadline)]
    ])}
${kpis}
${reasons}
</article>`;
}

function kpiRow(kpi: RoadmapKpi, context: Context): string[] {
    const forecast = kpi.forecast !== undefined
        ? `<span class="rm-${kpi.met === undefined ? 'plain' : kpi.met ? 'ok' : 'bad'}"${kpi.met === undefined ? '' : ` title="${context.label(kpi.met ? 'roadmap.kpi.met' : 'roadmap.kpi.missed')}"`}>`
            + `${esc(formatKpiValue(context.locale, kpi, kpi.forecast, kpi.targetUnit, context.currency))}${kpi.met === undefined ? '' : kpi.met ? ' ✓' : ' ✗'}</span>`
        : '';
    return [
        `<span${src(kpi)}>${esc(kpiName(kpi))}</span>`,
        esc(formatTarget(context.locale, kpi, context.currency)),
        dateOf(context, kpi.deadline?.date),
        kpi.baseline !== undefined ? esc(formatKpiValue(context.locale, kpi, kpi.baseline, kpi.baselineUnit, context.currency)) : '',
        forecast
    ];
}

function timeline(roadmap: Roadmap, context: Context): string {
    const svg = ganttSvg(roadmap.timeline, context.locale);
    const body = svg ?? `<p class="rm-warn">${context.label('roadmap.noPeriod')}</p>`;
    return section('rm-timeline', context.label('roadmap.timeline.title'), `<div class="rm-scroll">${body}</div>`);
}

function funnels(roadmap: Roadmap, context: Context): string {
    const body = roadmap.funnels.length > 0 ? roadmap.funnels.map(funnel => funnelBlock(funnel, context)).join('\n') : none(context);
    return section('rm-funnels', context.label('roadmap.funnels.title'), body);
}

function funnelBlock(funnel: RoadmapFunnel, context: Context): string {
    // Volumes shrink by orders of magnitude from impressions to orders: the bars use a logarithmic scale.
    const top = Math.max(...funnel.stages.map(stage => stage.volume ?? 0), 1);
    const rows = funnel.stages.map(stage => [
        `<span${src(stage)}>${esc(stage.title ?? stage.name)}</span>`,
        stage.volume !== undefined ? barSvg(Math.log10(stage.volume + 1) / Math.log10(top + 1)) : '',
        stage.volume !== undefined ? esc(formatCount(context.locale, stage.volume, stage.unit)) : '',
        percentOf(context, stage.conversion),
        stage.costPerUnit !== undefined ? context.money(stage.costPerUnit) : ''
    ]);
    const { economics } = funnel;
    return `<article class="rm-funnel"${src(funnel)}>
<h3>${esc(funnel.title ?? funnel.name)}${funnel.segment ? ` <small>${context.label('roadmap.funnel.for', { segment: funnel.segment.title ?? funnel.segment.name })}</small>` : ''}</h3>
${table([context.label('roadmap.funnel.stage'), '', context.label('roadmap.funnel.volume'), context.label('roadmap.funnel.conversion'),
        context.label('roadmap.funnel.costPerUnit')], rows, 'rm-table rm-funnel-table')}
${facts([
        [context.label('roadmap.funnel.spend'), context.money(economics.spend)],
        [context.label('roadmap.funnel.revenue'), context.money(economics.revenue)],
        [context.label('roadmap.funnel.cac'), context.money(economics.cac)],
        [context.label('roadmap.funnel.romiValue'), percentOf(context, economics.romi)]
    ])}
</article>`;
}

function budget(roadmap: Roadmap, context: Context): string {
    const info = roadmap.budget;
    const whole = Math.max(info.budget ?? 0, info.allocated, 1);
    const stack = stackedBarSvg([
        ...info.byChannel.map(line => ({ share: line.amount / whole, kind: 'channel', label: `${line.title ?? line.name}: ${formatMoney(context.locale, line.amount, context.currency)}` })),
        { share: info.tasks / whole, kind: 'tasks', label: `${t(context.locale, 'roadmap.budget.byPhase')}: ${formatMoney(context.locale, info.tasks, context.currency)}` },
        { share: Math.max(info.unallocated ?? 0, 0) / whole, kind: 'free', label: `${t(context.locale, 'roadmap.budget.unallocated')}: ${formatMoney(context.locale, info.unallocated ?? 0, context.currency)}` }
    ]);
    const over = info.unallocated !== undefined && info.unallocated < 0;
    const summary = facts([
        [context.label('roadmap.budget.total'), context.money(info.budget)],
        [context.label('roadmap.budget.allocated'), `${context.money(info.allocated)}${info.allocatedShare !== undefined ? ` (${percentOf(context, info.allocatedShare)})` : ''}`],
        [context.label(over ? 'roadmap.budget.overspent' : 'roadmap.budget.unallocated'),
            info.unallocated !== undefined ? `<span class="rm-${over ? 'bad' : 'plain'}">${context.money(Math.abs(info.unallocated))}</span>` : undefined],
        [context.label('roadmap.budget.riskLoss'), context.money(info.riskLoss)]
    ]);
    const byChannel = info.byChannel.length > 0
        ? `<h3>${context.label('roadmap.budget.byChannel')}</h3>` + table(
            [context.label('roadmap.budget.channel'), context.label('roadmap.budget.amount'), context.label('roadmap.budget.share'), ''],
            info.byChannel.map(line => [`<span${src(line)}>${esc(line.title ?? line.name)}</span>`, context.money(line.amount),
                percentOf(context, line.share), barSvg(line.amount / whole)]))
        : '';
    const byPhase = info.byPhase.length > 0
        ? `<h3>${context.label('roadmap.budget.byPhase')}</h3>` + table(
            [context.label('roadmap.timeline.phase'), context.label('roadmap.budget.amount'), ''],
            info.byPhase.map(line => [`<span${src(line)}>${esc(line.title ?? line.name)}</span>`, context.money(line.amount), barSvg(line.amount / whole)]))
        : '';
    return section('rm-budget', context.label('roadmap.budget.title'), `${stack}\n${summary}\n${byChannel}\n${byPhase}`);
}

function audience(roadmap: Roadmap, context: Context): string {
    const body = roadmap.segments.length > 0
        ? `<div class="rm-cards">${roadmap.segments.map(segment => segmentCard(segment, context)).join('\n')}</div>`
        : none(context);
    return section('rm-audience', context.label('roadmap.audience.title'), body);
}

function segmentCard(segment: RoadmapSegment, context: Context): string {
    const texts = (items: string[]) => list(items.map(item => esc(item)));
    return `<article class="rm-segment"${src(segment)}>
<h3>${esc(segment.title ?? segment.name)}</h3>
${facts([
        [context.label('roadmap.segment.size'), numberOf(context, segment.size)],
        [context.label('roadmap.segment.age'), segment.age ? `${numberOf(context, segment.age.min)}–${numberOf(context, segment.age.max)}` : undefined],
        [context.label('roadmap.segment.geo'), segment.geo !== undefined ? esc(segment.geo) : undefined],
        [context.label('roadmap.segment.gender'), segment.gender !== undefined ? esc(segment.gender) : undefined],
        [context.label('roadmap.segment.income'), segment.income !== undefined ? esc(segment.income) : undefined],
        [context.label('roadmap.segment.pains'), texts(segment.pains)],
        [context.label('roadmap.segment.motives'), texts(segment.motives)],
        [context.label('roadmap.segment.objections'), texts(segment.objections)],
        [context.label('roadmap.segment.interests'), texts(segment.interests)],
        [context.label('roadmap.segment.channels'), names(segment.channels)]
    ])}
</article>`;
}

function competitors(roadmap: Roadmap, context: Context): string {
    if (roadmap.products.length === 0 && roadmap.competitors.length === 0) {
        return section('rm-competitors', context.label('roadmap.competitors.title'), none(context));
    }
    const ours = roadmap.products.map(product => productCard(product, context));
    const theirs = roadmap.competitors.map(competitor => competitorCard(competitor, context));
    return section('rm-competitors', context.label('roadmap.competitors.title'),
        `<div class="rm-cards">${[...ours, ...theirs].join('\n')}</div>`);
}

function productCard(product: RoadmapProduct, context: Context): string {
    return `<article class="rm-product"${src(product)}>
<h3><small>${context.label('roadmap.competitors.ours')}</small><br>${esc(product.title ?? product.name)}</h3>
${facts([
        [context.label('roadmap.competitor.usp'), product.usp !== undefined ? `<strong>${esc(product.usp)}</strong>` : undefined],
        [context.label('roadmap.competitor.price'), context.money(product.price)],
        [context.label('roadmap.product.margin'), percentOf(context, product.margin)]
    ])}
</article>`;
}

function competitorCard(competitor: RoadmapCompetitor, context: Context): string {
    return `<article class="rm-competitor"${src(competitor)}>
<h3>${esc(competitor.title ?? competitor.name)}</h3>
${facts([
        [context.label('roadmap.competitor.usp'), competitor.usp !== undefined ? esc(competitor.usp) : undefined],
        [context.label('roadmap.competitor.price'), context.money(competitor.price)],
        [context.label('roadmap.competitor.strengths'), list(competitor.strengths.map(item => esc(item)))],
        [context.label('roadmap.competitor.weaknesses'), list(competitor.weaknesses.map(item => esc(item)))],
        [context.label('roadmap.segment.channels'), names(competitor.channels)]
    ])}
</article>`;
}

function content(roadmap: Roadmap, context: Context): string {
    const { rubrics, calendar } = roadmap.content;
    if (rubrics.length === 0) {
        return section('rm-content', context.label('roadmap.content.title'), none(context));
    }
    const plan = table([
        context.label('roadmap.content.rubric'), context.label('roadmap.content.channels'), context.label('roadmap.content.frequency'),
        context.label('roadmap.content.format'), context.label('roadmap.content.owner'), context.label('roadmap.content.goal')
    ], rubrics.map(rubric => [
        `<span${src(rubric)}>${esc(rubric.title ?? rubric.name)}</span>`,
        names(rubric.channels),
        rubric.frequency ? esc(formatFrequency(context.locale, rubric.frequency)) : '',
        rubric.formats.map(format => esc(format)).join(', '),
        nameOf(rubric.owner),
        nameOf(rubric.goal)
    ]));
    const titles = new Map(rubrics.map(rubric => [rubric.name, rubric.title ?? rubric.name]));
    const note = calendar.truncated
        ? context.label('roadmap.content.truncated', { planned: formatNumber(context.locale, calendar.planned), limit: formatNumber(context.locale, calendar.limit) })
        : context.label('roadmap.content.planned', { count: formatNumber(context.locale, calendar.planned) });
    const grid = calendar.weeks.length > 0
        ? `<h3>${context.label('roadmap.content.calendar')}</h3><p class="rm-note">${note}</p><div class="rm-scroll"><table class="rm-calendar"><thead><tr><th></th>${calendar.weeks.map(week =>
            `<th title="${context.label('roadmap.content.week', { date: formatDate(context.locale, week) })}"><span>${esc(formatTick(context.locale, week, 'week'))}</span></th>`).join('')}</tr></thead><tbody>${calendar.rows.map(row =>
            `<tr><th>${esc(titles.get(row.rubric) ?? row.rubric)}</th>${row.counts.map(count =>
                `<td class="rm-heat-${Math.min(count, 7)}">${count > 0 ? count : ''}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
        : '';
    return section('rm-content', context.label('roadmap.content.title'), `${plan}\n${grid}`);
}

function regulations(roadmap: Roadmap, context: Context): string {
    const body = roadmap.regulations.length > 0
        ? `<div class="rm-cards">${roadmap.regulations.map(regulation => regulationCard(regulation, context)).join('\n')}</div>`
        : none(context);
    return section('rm-regulations', context.label('roadmap.regulations.title'), body);
}

function regulationCard(regulation: RoadmapRegulation, context: Context): string {
    const tasks = regulation.tasks.map(task => {
        const details = [
            task.format !== undefined ? context.label('roadmap.task.format', { format: task.format }) : '',
            task.deliverable !== undefined ? context.label('roadmap.task.deliverable', { deliverable: task.deliverable }) : '',
            task.due !== undefined ? context.label('roadmap.timeline.due', { date: formatDate(context.locale, task.due) }) : '',
            task.after.length > 0 ? context.label('roadmap.task.after', { tasks: task.after.join(', ') }) : ''
        ].filter(Boolean).join('; ');
        return `<span${src(task)}><b>${esc(task.title)}</b>${details ? ` — ${details}` : ''}</span>`;
    });
    const rubrics = regulation.rubrics.map(rubric => `<span${src(rubric)}><b>${esc(rubric.title ?? rubric.name)}</b>: ${[
        rubric.frequency ? esc(formatFrequency(context.locale, rubric.frequency)) : '',
        rubric.channels.map(channel => esc(channel)).join(', '),
        rubric.formats.map(format => esc(format)).join(', ')
    ].filter(Boolean).join(' · ')}</span>`);
    const rules = regulation.adjustRules.map(rule => `<span${src(rule)}>${esc(rule.action)}</span>`);
    return `<article class="rm-role"${src(regulation)}>
<h3>${esc(regulation.title ?? regulation.role)}</h3>
${facts([
        [context.label('roadmap.regulation.goals'), regulation.goals.map(goal => esc(goal)).join(', ')],
        [context.label('roadmap.regulation.tasks'), tasks.length > 0 ? `<ol>${tasks.map(task => `<li>${task}</li>`).join('')}</ol>` : undefined],
        [context.label('roadmap.regulation.rubrics'), list(rubrics)],
        [context.label('roadmap.regulation.risks'), regulation.risks.map(risk => esc(risk)).join(', ')],
        [context.label('roadmap.regulation.rules'), list(rules)]
    ])}
</article>`;
}

function risks(roadmap: Roadmap, context: Context): string {
    const worst = Math.max(...roadmap.risks.map(risk => risk.expectedLoss ?? 0), 1);
    const riskTable = roadmap.risks.length > 0
        ? table([
            context.label('roadmap.risk.risk'), context.label('roadmap.risk.probability'), context.label('roadmap.risk.impact'),
            context.label('roadmap.risk.expectedLoss'), context.label('roadmap.risk.mitigation'), context.label('roadmap.risk.owner')
        ], roadmap.risks.map((risk, index) => [
            `<span${src(risk)}>${index + 1}. ${esc(risk.title ?? risk.name)}</span>`,
            percentOf(context, risk.probability),
            context.money(risk.impact),
            risk.expectedLoss !== undefined ? `${context.money(risk.expectedLoss)}${barSvg(risk.expectedLoss / worst, 'risk')}` : '',
            risk.mitigation !== undefined ? esc(risk.mitigation) : '',
            nameOf(risk.owner)
        ]))
        : none(context);
    const rated = roadmap.risks.flatMap(risk => risk.probability !== undefined && risk.impact !== undefined
        ? [{ probability: risk.probability, impact: risk.impact, label: risk.title ?? risk.name, source: risk.source }]
        : []);
    const matrix = rated.length > 0 && rated.length === roadmap.risks.length
        ? riskMatrixSvg(rated, { probability: t(context.locale, 'roadmap.risk.probability'), impact: t(context.locale, 'roadmap.risk.impact') })
        : '';
    const rules = roadmap.adjustRules.length > 0
        ? `<h3>${context.label('roadmap.rules.title')}</h3>` + table(
            [context.label('roadmap.rule.when'), context.label('roadmap.rule.then'), context.label('roadmap.risk.owner')],
            roadmap.adjustRules.map(rule => [`<span${src(rule)}>${esc(ruleCondition(context.locale, rule))}</span>`, esc(rule.action), nameOf(rule.owner)]))
        : '';
    return section('rm-risks', context.label('roadmap.risks.title'), `${matrix}\n${riskTable}\n${rules}`);
}
