/**
 * The roadmap as Markdown for Notion and Git: the same sections as the HTML, in the same order (one
 * renderer per section of sections.ts), as headings, lists and tables (the timeline and the weekly
 * calendar are tables of dates; the charts are HTML-only). Built with the `md` template, which escapes
 * every text of the strategy, so it cannot make links, HTML, emphasis or table cells.
 */
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { ownersIn, type NamedRef, type Roadmap, type RoadmapFunnel, type RoadmapGoal, type RoadmapRegulation, type RoadmapSegment } from '../model.js';
import { roadmapSections, sectionTitleKey, type RoadmapSection, type RoadmapSectionId } from '../sections.js';
import { competitorPrice, customerFacts, productCustomerValue, productPrice } from './customers.js';
import {
    formatCount, formatDate, formatFrequency, formatKpiValue, formatMoney, formatNumber, formatMonth, formatPercent, formatTarget, kpiName,
    formatStageCost, ruleCondition
} from './format.js';
import { progress } from './markdown-progress.js';
import { raci, regulationTeamPart, team } from './markdown-team.js';
import { joinMarkdown, md, trustedMarkdown, type MarkdownValue, type SafeMarkdown } from './markdown-text.js';

export { escapeMarkdown } from './markdown-text.js';

export interface MarkdownContext {
    locale: Locale;
    currency?: string;
    /** A label of the catalog, as Markdown (labels may hold `code`); its arguments are escaped unless they are Markdown. */
    label(key: MessageKey, args?: Record<string, MarkdownValue>): SafeMarkdown;
    /** A label of the catalog as plain text, to be escaped as a whole. */
    text(key: MessageKey, args?: Record<string, string | number>): string;
    money(value: number | undefined): string;
    percent(value: number | undefined): string;
    number(value: number | undefined): string;
    date(iso: string | undefined): string;
}

type Context = MarkdownContext;

type SectionRenderer = (roadmap: Roadmap, context: Context, section: RoadmapSection) => SafeMarkdown;

const SECTIONS: Record<RoadmapSectionId, SectionRenderer> = {
    header, goals, progress, timeline, funnels, budget, audience, competitors, content, regulations, team, raci, risks
};

export function renderMarkdown(roadmap: Roadmap, locale: Locale): string {
    const context = markdownContext(locale, roadmap.header.currency);
    const blocks = roadmapSections(roadmap).map(section => SECTIONS[section.id](roadmap, context, section));
    return `${joinMarkdown(blocks, '\n\n').text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** How the Markdown of a roadmap, a handbook or a report writes labels, money, numbers and dates. */
export function markdownContext(locale: Locale, currency: string | undefined): Context {
    return {
        locale, currency,
        label: (key, args) => trustedMarkdown(t(locale, key, args && Object.fromEntries(Object.entries(args).map(([name, value]) =>
            [name, typeof value === 'number' ? value : md`${value}`.text])))),
        text: (key, args) => t(locale, key, args),
        money: value => value === undefined ? '' : formatMoney(locale, value, currency),
        percent: value => value === undefined ? '' : formatPercent(locale, value),
        number: value => value === undefined ? '' : formatNumber(locale, value),
        date: iso => iso ? formatDate(locale, iso) : ''
    };
}

// ------------------------------------------------------------------------------------------- helpers

export function heading(context: Context, id: Exclude<RoadmapSectionId, 'header'>): SafeMarkdown {
    return md`## ${context.label(sectionTitleKey(id))}`;
}

export function nameOf(ref: NamedRef | undefined): string {
    return ref ? ref.title ?? ref.name : '';
}

/** Titles one after another; a semicolon between them, since a title may have commas of its own. */
export function names(refs: NamedRef[]): SafeMarkdown {
    return joinMarkdown(refs.map(nameOf), '; ');
}

export function table(head: MarkdownValue[], rows: MarkdownValue[][]): SafeMarkdown {
    const line = (cells: MarkdownValue[]) => md`| ${joinMarkdown(cells.map(cell => md`${cell}`.text || ' ').map(trustedMarkdown), ' | ')} |`;
    return joinMarkdown([line(head), line(head.map(() => trustedMarkdown('---'))), ...rows.map(line)], '\n');
}

/** `- **Term:** value` for the rows that have a value. */
export function facts(rows: Array<[SafeMarkdown, MarkdownValue]>): SafeMarkdown {
    return joinMarkdown(rows.map(([term, value]) => [term, md`${value}`] as const).filter(([, value]) => value.text !== '')
        .map(([term, value]) => md`- **${term}:** ${value}`), '\n');
}

/** Blocks with a blank line between them, the empty ones left out. */
function blocks(items: MarkdownValue[], separator = '\n\n'): SafeMarkdown {
    return joinMarkdown(items, separator, true);
}

/** The author's reasoning behind an item (its doc comment) as a quote under a label that says so; '' without one. */
function rationale(context: Context, text: string | undefined): MarkdownValue {
    return text ? joinMarkdown(text.split('\n\n').map((paragraph, index) =>
        index === 0 ? md`> **${context.label('roadmap.rationale')}:** ${paragraph}` : md`> ${paragraph}`), '\n>\n') : '';
}

/** The reasons behind the items of a table (products, risks), one line each: a table cell holds no paragraphs. */
function rationales(context: Context, items: Array<{ name: string; title?: string; rationale?: string }>): MarkdownValue {
    const explained = items.filter(item => item.rationale);
    return explained.length > 0
        ? joinMarkdown(explained.map(item => md`- **${context.label('roadmap.rationale')} — ${item.title ?? item.name}:** ${item.rationale!.replace(/\n\n/g, ' ')}`), '\n')
        : '';
}

export function none(context: Context): SafeMarkdown {
    return md`_${context.label('roadmap.none')}_`;
}

function texts(items: string[]): SafeMarkdown {
    return joinMarkdown(items, '; ');
}

// ------------------------------------------------------------------------------------------- sections

function header(roadmap: Roadmap, context: Context): SafeMarkdown {
    const { header: info, health } = roadmap;
    const lines: MarkdownValue[] = [md`# ${info.title ?? context.text('roadmap.untitled')}`];
    if (health.errors > 0) {
        lines.push(md`> **${context.label('roadmap.hasErrors', { errors: health.errors })}**`);
    }
    lines.push(facts([
        [context.label('roadmap.header.period'), info.period
            ? `${context.date(info.period.start)} – ${context.date(info.period.end)} (${context.text('roadmap.header.days', { days: info.period.days })})`
            : undefined],
        [context.label('roadmap.header.budget'), info.budget !== undefined ? context.money(info.budget) : undefined],
        [context.label('roadmap.header.companyGoal'), info.companyGoal]
    ]));
    lines.push(md`### ${context.label('roadmap.health.title')}`, table(
        [context.label('roadmap.health.smart'), context.label('roadmap.health.allocated'), context.label('roadmap.health.romi'), context.label('roadmap.health.issues')],
        [[
            context.label('roadmap.health.smartValue', { smart: health.smartGoals, goals: health.goals }),
            `${context.money(health.allocated)}${health.allocatedShare !== undefined ? ` (${context.percent(health.allocatedShare)})` : ''}`,
            health.romi !== undefined ? context.percent(health.romi) : '—',
            `${health.errors} / ${health.warnings}`
        ]]));
    if (health.romi !== undefined) {
        lines.push(md`_${context.label('roadmap.health.romi')}: ${context.label('roadmap.health.romiScope', { spend: context.money(health.allocated) })}._`);
    }
    return joinMarkdown(lines, '\n\n');
}

function goals(roadmap: Roadmap, context: Context, { hasContent }: RoadmapSection): SafeMarkdown {
    const body = hasContent ? joinMarkdown(roadmap.goals.map(goal => goalBlock(goal, context)), '\n\n') : none(context);
    return md`${heading(context, 'goals')}\n\n${body}`;
}

function goalBlock(goal: RoadmapGoal, context: Context): SafeMarkdown {
    const smart = goal.smart ? md` \`${goal.smart.criteria.map(c => c.holds ? c.letter : '·').join('')}\`` : '';
    const kpis = goal.kpis.length > 0
        ? table([
            context.label('roadmap.kpi.metric'), context.label('roadmap.kpi.target'), context.label('roadmap.kpi.deadline'),
            context.label('roadmap.kpi.baseline'), context.label('roadmap.kpi.forecast')
        ], goal.kpis.map(kpi => [
            kpiName(kpi),
            formatTarget(context.locale, kpi, context.currency),
            context.date(kpi.deadline?.date),
            kpi.baseline !== undefined ? formatKpiValue(context.locale, kpi, kpi.baseline, kpi.baselineUnit, context.currency) : '',
            kpi.forecast !== undefined
                ? md`${formatKpiValue(context.locale, kpi, kpi.forecast, kpi.targetUnit, context.currency)}${kpi.met === undefined ? '' : kpi.met ? ' ✓' : ' ✗'}`
                : ''
        ]))
        : md`_${context.label('roadmap.goals.noKpi')}_`;
    const reasons = goal.smart
        ? joinMarkdown(goal.smart.criteria.map(c => md`- ${c.holds ? '✓' : '✗'} **${c.letter}** — ${c.reason}`), '\n')
        : '';
    const explained = goal.kpis.filter(kpi => kpi.forecastText);
    const forecasts = explained.length > 0
        ? joinMarkdown([md`${context.label('roadmap.kpi.forecasts')}:`, ...explained.map(kpi => md`- ${kpiName(kpi)}: ${kpi.forecastText!}`)], '\n')
        : '';
    return blocks([
        md`### ${goal.title ?? goal.name}${smart}`,
        rationale(context, goal.rationale),
        facts([
            [context.label('roadmap.goals.owner'), names(ownersIn(goal))],
            [context.label('roadmap.goals.segment'), names(goal.segments)],
            [context.label('roadmap.goals.deadline'), context.date(goal.deadline)]
        ]),
        kpis,
        forecasts,
        reasons
    ]);
}

function timeline(roadmap: Roadmap, context: Context, { hasContent }: RoadmapSection): SafeMarkdown {
    const { timeline: info } = roadmap;
    const rows: MarkdownValue[][] = [];
    for (const phase of info.phases) {
        rows.push([md`**${phase.title ?? phase.name}**`, context.label('roadmap.timeline.phase'), context.date(phase.start), context.date(phase.end), '']);
        for (const task of phase.tasks) {
            rows.push([task.title, context.label('roadmap.timeline.task'), '', context.date(task.due), names(ownersIn(task))]);
        }
        for (const milestone of phase.milestones) {
            rows.push([md`◆ ${milestone.title}`, context.label('roadmap.timeline.milestone'), '', context.date(milestone.date), '']);
        }
    }
    for (const deadline of info.kpiDeadlines) {
        rows.push([md`${deadline.goalTitle ?? deadline.goal} · ${deadline.metricTitle ?? deadline.metric}`, context.label('roadmap.timeline.kpiDeadline'), '', context.date(deadline.date), '']);
    }
    const period = hasContent ? '' : md`_${context.label('roadmap.noPeriod')}_\n\n`;
    const today = info.today ? md`${context.label('roadmap.timeline.today')}: ${context.date(info.today)}\n\n` : '';
    return md`${heading(context, 'timeline')}\n\n${period}${today}${rows.length > 0
        ? table([context.label('roadmap.timeline.item'), context.label('roadmap.timeline.kind'), context.label('roadmap.timeline.start'),
            context.label('roadmap.kpi.deadline'), context.label('roadmap.goals.owner')], rows)
        : none(context)}`;
}

function funnels(roadmap: Roadmap, context: Context, { hasContent }: RoadmapSection): SafeMarkdown {
    const body = hasContent ? joinMarkdown(roadmap.funnels.map(funnel => funnelBlock(funnel, context)), '\n\n') : none(context);
    return md`${heading(context, 'funnels')}\n\n${body}`;
}

function funnelBlock(funnel: RoadmapFunnel, context: Context): SafeMarkdown {
    const segment = funnel.segment ? md` (${context.text('roadmap.funnel.for', { segment: funnel.segment.title ?? funnel.segment.name })})` : '';
    return blocks([
        md`### ${funnel.title ?? funnel.name}${segment}`,
        rationale(context, funnel.rationale),
        table([context.label('roadmap.funnel.stage'), context.label('roadmap.funnel.volume'), context.label('roadmap.funnel.conversion'), context.label('roadmap.funnel.costPerUnit')],
            funnel.stages.map(stage => [
                stage.title ?? stage.name,
                stage.volume !== undefined ? formatCount(context.locale, stage.volume, stage.unit) : '',
                context.percent(stage.conversion),
                formatStageCost(context.locale, stage, context.currency)
            ])),
        facts([
            ...customerFacts(funnel, context.locale, context.currency).map(([key, value]) => [context.label(key), value] as [SafeMarkdown, MarkdownValue]),
            [context.label('roadmap.funnel.spend'), context.money(funnel.economics.spend)],
            [context.label('roadmap.funnel.revenue'), context.money(funnel.economics.revenue)],
            [context.label('roadmap.funnel.cac'), context.money(funnel.economics.cac)],
            [context.label('roadmap.funnel.romiValue'), context.percent(funnel.economics.romi)]
        ])
    ]);
}

function budget(roadmap: Roadmap, context: Context): SafeMarkdown {
    const info = roadmap.budget;
    const over = info.unallocated !== undefined && info.unallocated < 0;
    const parts: MarkdownValue[] = [
        heading(context, 'budget'),
        facts([
            [context.label('roadmap.budget.total'), context.money(info.budget)],
            [context.label('roadmap.budget.allocated'), `${context.money(info.allocated)}${info.allocatedShare !== undefined ? ` (${context.percent(info.allocatedShare)})` : ''}`],
            [context.label(over ? 'roadmap.budget.overspent' : 'roadmap.budget.unallocated'), info.unallocated !== undefined ? context.money(Math.abs(info.unallocated)) : undefined],
            [context.label('roadmap.budget.riskLoss'), context.money(info.riskLoss)]
        ])
    ];
    if (info.byChannel.length > 0) {
        parts.push(md`### ${context.label('roadmap.budget.byChannel')}`, table(
            [context.label('roadmap.budget.channel'), context.label('roadmap.budget.amount'), context.label('roadmap.budget.share')],
            info.byChannel.map(line => [nameOf(line), context.money(line.amount), context.percent(line.share)])));
    }
    if (info.byPhase.length > 0) {
        parts.push(md`### ${context.label('roadmap.budget.byPhase')}`, table(
            [context.label('roadmap.timeline.phase'), context.label('roadmap.budget.amount')],
            info.byPhase.map(line => [nameOf(line), context.money(line.amount)])));
    }
    const plan = info.monthly;
    if (plan && plan.months.length > 0 && (plan.total.some(amount => amount > 0) || plan.volumes.length > 0)) {
        const month = (iso: string) => formatMonth(context.locale, iso);
        parts.push(md`### ${context.label('roadmap.budget.monthly.title')}`, table(
            [context.label('roadmap.budget.channel'), ...plan.months.map(month)],
            [
                ...plan.channels.map(row => [nameOf(row), ...row.amounts.map(amount => context.money(amount))]),
                ...(plan.tasks.some(amount => amount > 0) ? [[context.label('roadmap.budget.monthly.tasks'), ...plan.tasks.map(amount => context.money(amount))]] : []),
                [md`**${context.label('roadmap.budget.monthly.total')}**`, ...plan.total.map(amount => md`**${context.money(amount)}**`)],
                ...plan.volumes.map(row => [
                    md`${nameOf(row.funnel)} · ${nameOf(row.stage)}`,
                    ...row.amounts.map(amount => `≈ ${formatCount(context.locale, amount, row.unit)}`)
                ])
            ]));
    }
    return joinMarkdown(parts, '\n\n');
}

function audience(roadmap: Roadmap, context: Context, { hasContent }: RoadmapSection): SafeMarkdown {
    const body = hasContent ? joinMarkdown(roadmap.segments.map(segment => segmentBlock(segment, context)), '\n\n') : none(context);
    return md`${heading(context, 'audience')}\n\n${body}`;
}

function segmentBlock(segment: RoadmapSegment, context: Context): SafeMarkdown {
    return md`### ${segment.title ?? segment.name}\n\n${segment.rationale ? md`${rationale(context, segment.rationale)}\n\n` : ''}${facts([
        [context.label('roadmap.segment.size'), context.number(segment.size)],
        [context.label('roadmap.segment.age'), segment.age ? `${context.number(segment.age.min)}–${context.number(segment.age.max)}` : undefined],
        [context.label('roadmap.segment.geo'), segment.geo],
        [context.label('roadmap.segment.gender'), segment.gender],
        [context.label('roadmap.segment.income'), segment.income],
        [context.label('roadmap.segment.pains'), texts(segment.pains)],
        [context.label('roadmap.segment.motives'), texts(segment.motives)],
        [context.label('roadmap.segment.objections'), texts(segment.objections)],
        [context.label('roadmap.segment.interests'), texts(segment.interests)],
        [context.label('roadmap.segment.channels'), names(segment.channels)]
    ])}`;
}

/** Our products and the competitors side by side: one column each. */
function competitors(roadmap: Roadmap, context: Context, { hasContent }: RoadmapSection): SafeMarkdown {
    const title = heading(context, 'competitors');
    if (!hasContent) {
        return md`${title}\n\n${none(context)}`;
    }
    const columns = [
        ...roadmap.products.map(product => ({
            head: md`${product.title ?? product.name} (${context.label('roadmap.competitors.ours')})`,
            usp: product.usp, price: productPrice(product, context.locale, context.currency),
            perCustomer: productCustomerValue(product, context.locale, context.currency),
            strengths: [] as string[], weaknesses: [] as string[]
        })),
        ...roadmap.competitors.map(competitor => ({
            head: md`${competitor.title ?? competitor.name}`,
            usp: competitor.usp, price: competitorPrice(competitor, context.locale, context.currency), perCustomer: '',
            strengths: competitor.strengths, weaknesses: competitor.weaknesses
        }))
    ];
    // What a customer pays in all, when a product is not bought once: subscriptions, repeat purchases.
    const perCustomer: MarkdownValue[][] = columns.some(column => column.perCustomer !== '')
        ? [[context.label('economics.label.perCustomer'), ...columns.map(column => column.perCustomer)]]
        : [];
    return md`${title}\n\n${table([context.label('roadmap.competitor.compared'), ...columns.map(column => column.head)], [
        [context.label('roadmap.competitor.usp'), ...columns.map(column => column.usp)],
        [context.label('roadmap.competitor.price'), ...columns.map(column => column.price)],
        ...perCustomer,
        [context.label('roadmap.competitor.strengths'), ...columns.map(column => texts(column.strengths))],
        [context.label('roadmap.competitor.weaknesses'), ...columns.map(column => texts(column.weaknesses))]
    ])}${roadmap.products.some(product => product.rationale) ? md`\n\n${rationales(context, roadmap.products)}` : ''}`;
}

function content(roadmap: Roadmap, context: Context, { hasContent }: RoadmapSection): SafeMarkdown {
    const { rubrics, calendar } = roadmap.content;
    const title = heading(context, 'content');
    if (!hasContent) {
        return md`${title}\n\n${none(context)}`;
    }
    const plan = table([
        context.label('roadmap.content.rubric'), context.label('roadmap.content.channels'), context.label('roadmap.content.frequency'),
        context.label('roadmap.content.format'), context.label('roadmap.content.owner'), context.label('roadmap.content.goal')
    ], rubrics.map(rubric => [
        rubric.title ?? rubric.name, names(rubric.channels),
        rubric.frequency ? formatFrequency(context.locale, rubric.frequency) : '',
        joinMarkdown(rubric.formats, ', '), names(ownersIn(rubric)), nameOf(rubric.goal)
    ]));
    const note = calendar.truncated
        ? context.label('roadmap.content.truncated', { planned: context.number(calendar.planned), limit: context.number(calendar.limit) })
        : context.label('roadmap.content.planned', { count: context.number(calendar.planned) });
    return md`${title}\n\n${plan}\n\n${note}`;
}

function regulations(roadmap: Roadmap, context: Context, { hasContent }: RoadmapSection): SafeMarkdown {
    const body = hasContent ? joinMarkdown(roadmap.regulations.map(regulation => regulationBlock(regulation, context)), '\n\n') : none(context);
    return md`${heading(context, 'regulations')}\n\n${body}`;
}

function regulationBlock(regulation: RoadmapRegulation, context: Context): SafeMarkdown {
    const parts: MarkdownValue[] = [md`### ${regulation.title ?? regulation.role}`];
    if (regulation.goals.length > 0) {
        parts.push(md`**${context.label('roadmap.regulation.goals')}:** ${names(regulation.goals)}`);
    }
    if (regulation.tasks.length > 0) {
        parts.push(md`**${context.label('roadmap.regulation.tasks')}:**`, joinMarkdown(regulation.tasks.map((task, index) => {
            const details = blocks([
                task.format !== undefined ? context.label('roadmap.task.format', { format: task.format }) : '',
                task.deliverable !== undefined ? context.label('roadmap.task.deliverable', { deliverable: task.deliverable }) : '',
                task.due !== undefined ? context.label('roadmap.timeline.due', { date: context.date(task.due) }) : ''
            ], '; ');
            return md`${index + 1}. ${task.title}${details.text ? md` — ${details}` : ''}`;
        }), '\n'));
    }
    if (regulation.rubrics.length > 0) {
        parts.push(md`**${context.label('roadmap.regulation.rubrics')}:**`, joinMarkdown(regulation.rubrics.map(rubric => md`- ${rubric.title ?? rubric.name}: ${blocks([
            rubric.frequency ? formatFrequency(context.locale, rubric.frequency) : '',
            names(rubric.channels),
            joinMarkdown(rubric.formats, ', ')
        ], ' · ')}`), '\n'));
    }
    parts.push(regulationTeamPart(regulation, context));
    if (regulation.risks.length > 0) {
        parts.push(md`**${context.label('roadmap.regulation.risks')}:** ${names(regulation.risks)}`);
    }
    if (regulation.adjustRules.length > 0) {
        parts.push(md`**${context.label('roadmap.regulation.rules')}:**`, joinMarkdown(regulation.adjustRules.map(rule => md`- ${rule.action}`), '\n'));
    }
    return joinMarkdown(parts, '\n\n');
}

function risks(roadmap: Roadmap, context: Context): SafeMarkdown {
    const parts: MarkdownValue[] = [heading(context, 'risks')];
    parts.push(roadmap.risks.length > 0
        ? table([
            context.label('roadmap.risk.risk'), context.label('roadmap.risk.probability'), context.label('roadmap.risk.impact'),
            context.label('roadmap.risk.expectedLoss'), context.label('roadmap.risk.mitigation'), context.label('roadmap.risk.owner')
        ], roadmap.risks.map(risk => [
            risk.title ?? risk.name, context.percent(risk.probability), context.money(risk.impact),
            context.money(risk.expectedLoss), risk.mitigation, names(ownersIn(risk))
        ]))
        : none(context));
    if (roadmap.risks.some(risk => risk.rationale)) {
        parts.push(rationales(context, roadmap.risks));
    }
    if (roadmap.adjustRules.length > 0) {
        parts.push(md`### ${context.label('roadmap.rules.title')}`, table(
            [context.label('roadmap.rule.when'), context.label('roadmap.rule.then'), context.label('roadmap.risk.owner')],
            roadmap.adjustRules.map(rule => [ruleCondition(context.locale, rule), rule.action, names(ownersIn(rule))])));
    }
    return joinMarkdown(parts, '\n\n');
}
