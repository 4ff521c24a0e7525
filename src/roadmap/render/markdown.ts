/**
 * The roadmap as Markdown for Notion and Git: the same sections as the HTML, as headings, lists and
 * tables (the timeline and the weekly calendar are tables of dates; the charts are HTML-only). Every text
 * from the strategy goes through escapeMarkdown, so it cannot make links, HTML, emphasis or table cells.
 */
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import type { NamedRef, Roadmap, RoadmapFunnel, RoadmapGoal, RoadmapRegulation, RoadmapSegment } from '../model.js';
import {
    formatCount, formatDate, formatFrequency, formatKpiValue, formatMoney, formatNumber, formatPercent, formatTarget, kpiName,
    ruleCondition
} from './format.js';

/**
 * Backslash-escapes the Markdown punctuation that makes code, emphasis, links, HTML, entities and table
 * cells (CommonMark allows a backslash before any ASCII punctuation), and what would start a list or a
 * heading; breaks `://`, `//`, `www.` and `@` so that URLs, protocol-relative URLs and e-mail addresses
 * are not linked by viewers that link them in plain text (GitHub's autolinks, markdown-it's linkify);
 * turns line breaks into spaces so that a text stays in its table cell or list item. Without `[` and `]`
 * no link or image can form, so `(` and `!` stay.
 */
export function escapeMarkdown(text: string | number): string {
    return String(text)
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/[\\`*_[\]<>#|~&@]/g, '\\$&')
        .replace(/:\/\//g, '\\://')
        .replace(/(^|[^:])\/\//g, '$1/\\/')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/^([-+=])(?=\s|$)/, '\\$1')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

interface Context {
    locale: Locale;
    currency?: string;
    label(key: MessageKey, args?: Record<string, string | number>): string;
    money(value: number | undefined): string;
    percent(value: number | undefined): string;
    number(value: number | undefined): string;
    date(iso: string | undefined): string;
}

export function renderMarkdown(roadmap: Roadmap, locale: Locale): string {
    const currency = roadmap.header.currency;
    const context: Context = {
        locale, currency,
        label: (key, args) => t(locale, key, args),
        money: value => value === undefined ? '' : formatMoney(locale, value, currency),
        percent: value => value === undefined ? '' : formatPercent(locale, value),
        number: value => value === undefined ? '' : formatNumber(locale, value),
        date: iso => iso ? formatDate(locale, iso) : ''
    };
    const blocks = [
        header(roadmap, context), goals(roadmap, context), timeline(roadmap, context), funnels(roadmap, context),
        budget(roadmap, context), audience(roadmap, context), competitors(roadmap, context), content(roadmap, context),
        regulations(roadmap, context), risks(roadmap, context)
    ];
    return `${blocks.join('\n\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

// ------------------------------------------------------------------------------------------- helpers

function nameOf(ref: NamedRef | undefined): string {
    return ref ? escapeMarkdown(ref.title ?? ref.name) : '';
}

function names(refs: NamedRef[]): string {
    return refs.map(nameOf).join(', ');
}

function table(head: string[], rows: string[][]): string {
    const line = (cells: string[]) => `| ${cells.map(cell => cell || ' ').join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `- **Term:** value` for the rows that have a value. */
function facts(rows: Array<[string, string | undefined]>): string {
    return rows.filter(([, value]) => value).map(([term, value]) => `- **${term}:** ${value}`).join('\n');
}

function none(context: Context): string {
    return `_${context.label('roadmap.none')}_`;
}

function texts(items: string[]): string {
    return items.map(item => escapeMarkdown(item)).join('; ');
}

// ------------------------------------------------------------------------------------------- sections

function header(roadmap: Roadmap, context: Context): string {
    const { header: info, health } = roadmap;
    const lines = [`# ${escapeMarkdown(info.title ?? context.label('roadmap.untitled'))}`];
    if (health.errors > 0) {
        lines.push(`> **${context.label('roadmap.hasErrors', { errors: health.errors })}**`);
    }
    lines.push(facts([
        [context.label('roadmap.header.period'), info.period
            ? `${context.date(info.period.start)} – ${context.date(info.period.end)} (${context.label('roadmap.header.days', { days: info.period.days })})`
            : undefined],
        [context.label('roadmap.header.budget'), info.budget !== undefined ? context.money(info.budget) : undefined],
        [context.label('roadmap.header.companyGoal'), info.companyGoal !== undefined ? escapeMarkdown(info.companyGoal) : undefined]
    ]));
    lines.push(`### ${context.label('roadmap.health.title')}`, table(
        [context.label('roadmap.health.smart'), context.label('roadmap.health.allocated'), context.label('roadmap.health.romi'), context.label('roadmap.health.issues')],
        [[
            context.label('roadmap.health.smartValue', { smart: health.smartGoals, goals: health.goals }),
            `${context.money(health.allocated)}${health.allocatedShare !== undefined ? ` (${context.percent(health.allocatedShare)})` : ''}`,
            health.romi !== undefined ? context.percent(health.romi) : '—',
            `${health.errors} / ${health.warnings}`
        ]]));
    return lines.join('\n\n');
}

function goals(roadmap: Roadmap, context: Context): string {
    const body = roadmap.goals.length > 0 ? roadmap.goals.map(goal => goalBlock(goal, context)).join('\n\n') : none(context);
    return `## ${context.label('roadmap.goals.title')}\n\n${body}`;
}

function goalBlock(goal: RoadmapGoal, context: Context): string {
    const smart = goal.smart ? ` \`${goal.smart.criteria.map(c => c.holds ? c.letter : '·').join('')}\`` : '';
    const kpis = goal.kpis.length > 0
        ? table([
            context.label('roadmap.kpi.metric'), context.label('roadmap.kpi.target'), context.label('roadmap.kpi.deadline'),
            context.label('roadmap.kpi.baseline'), context.label('roadmap.kpi.forecast')
        ], goal.kpis.map(kpi => [
            escapeMarkdown(kpiName(kpi)),
            escapeMarkdown(formatTarget(context.locale, kpi, context.currency)),
            context.date(kpi.deadline?.date),
            kpi.baseline !== undefined ? escapeMarkdown(formatKpiValue(context.locale, kpi, kpi.baseline, kpi.baselineUnit, context.currency)) : '',
            kpi.forecast !== undefined
                ? `${escapeMarkdown(formatKpiValue(context.locale, kpi, kpi.forecast, kpi.targetUnit, context.currency))}${kpi.met === undefined ? '' : kpi.met ? ' ✓' : ' ✗'}`
                : ''
        ]))
        : `_${context.label('roadmap.goals.noKpi')}_`;
    const reasons = goal.smart
        ? goal.smart.criteria.map(c => `- ${c.holds ? '✓' : '✗'} **${c.letter}** — ${escapeMarkdown(c.reason)}`).join('\n')
        : '';
    return [
        `### ${escapeMarkdown(goal.title ?? goal.name)}${smart}`,
        facts([
            [context.label('roadmap.goals.owner'), nameOf(goal.owner)],
            [context.label('roadmap.goals.segment'), names(goal.segments)],
            [context.label('roadmap.goals.deadline'), context.date(goal.deadline)]
        ]),
        kpis,
        reasons
    ].filter(Boolean).join('\n\n');
}

function timeline(roadmap: Roadmap, context: Context): string {
    const { timeline: info } = roadmap;
    const rows: string[][] = [];
    for (const phase of info.phases) {
        rows.push([`**${escapeMarkdown(phase.title ?? phase.name)}**`, context.label('roadmap.timeline.phase'), context.date(phase.start), context.date(phase.end), '']);
        for (const task of phase.tasks) {
            rows.push([escapeMarkdown(task.title), context.label('roadmap.timeline.task'), '', context.date(task.due), nameOf(task.owner)]);
        }
        for (const milestone of phase.milestones) {
            rows.push([`◆ ${escapeMarkdown(milestone.title)}`, context.label('roadmap.timeline.milestone'), '', context.date(milestone.date), '']);
        }
    }
    for (const deadline of info.kpiDeadlines) {
        rows.push([`${escapeMarkdown(deadline.goal)} · ${escapeMarkdown(deadline.metric)}`, context.label('roadmap.timeline.kpiDeadline'), '', context.date(deadline.date), '']);
    }
    const period = info.start ? '' : `_${context.label('roadmap.noPeriod')}_\n\n`;
    const today = info.today ? `${context.label('roadmap.timeline.today')}: ${context.date(info.today)}\n\n` : '';
    return `## ${context.label('roadmap.timeline.title')}\n\n${period}${today}${rows.length > 0
        ? table(['', '', '', context.label('roadmap.kpi.deadline'), context.label('roadmap.goals.owner')], rows)
        : none(context)}`;
}

function funnels(roadmap: Roadmap, context: Context): string {
    const body = roadmap.funnels.length > 0 ? roadmap.funnels.map(funnel => funnelBlock(funnel, context)).join('\n\n') : none(context);
    return `## ${context.label('roadmap.funnels.title')}\n\n${body}`;
}

function funnelBlock(funnel: RoadmapFunnel, context: Context): string {
    const segment = funnel.segment ? ` (${escapeMarkdown(context.label('roadmap.funnel.for', { segment: funnel.segment.title ?? funnel.segment.name }))})` : '';
    return [
        `### ${escapeMarkdown(funnel.title ?? funnel.name)}${segment}`,
        table([context.label('roadmap.funnel.stage'), context.label('roadmap.funnel.volume'), context.label('roadmap.funnel.conversion'), context.label('roadmap.funnel.costPerUnit')],
            funnel.stages.map(stage => [
                escapeMarkdown(stage.title ?? stage.name),
                stage.volume !== undefined ? escapeMarkdown(formatCount(context.locale, stage.volume, stage.unit)) : '',
                context.percent(stage.conversion),
                context.money(stage.costPerUnit)
            ])),
        facts([
            [context.label('roadmap.funnel.spend'), context.money(funnel.economics.spend)],
            [context.label('roadmap.funnel.revenue'), context.money(funnel.economics.revenue)],
            [context.label('roadmap.funnel.cac'), context.money(funnel.economics.cac)],
            [context.label('roadmap.funnel.romiValue'), context.percent(funnel.economics.romi)]
        ])
    ].filter(Boolean).join('\n\n');
}

function budget(roadmap: Roadmap, context: Context): string {
    const info = roadmap.budget;
    const over = info.unallocated !== undefined && info.unallocated < 0;
    const parts = [
        `## ${context.label('roadmap.budget.title')}`,
        facts([
            [context.label('roadmap.budget.total'), context.money(info.budget)],
            [context.label('roadmap.budget.allocated'), `${context.money(info.allocated)}${info.allocatedShare !== undefined ? ` (${context.percent(info.allocatedShare)})` : ''}`],
            [context.label(over ? 'roadmap.budget.overspent' : 'roadmap.budget.unallocated'), info.unallocated !== undefined ? context.money(Math.abs(info.unallocated)) : undefined],
            [context.label('roadmap.budget.riskLoss'), context.money(info.riskLoss)]
        ])
    ];
    if (info.byChannel.length > 0) {
        parts.push(`### ${context.label('roadmap.budget.byChannel')}`, table(
            [context.label('roadmap.budget.channel'), context.label('roadmap.budget.amount'), context.label('roadmap.budget.share')],
            info.byChannel.map(line => [nameOf(line), context.money(line.amount), context.percent(line.share)])));
    }
    if (info.byPhase.length > 0) {
        parts.push(`### ${context.label('roadmap.budget.byPhase')}`, table(
            [context.label('roadmap.timeline.phase'), context.label('roadmap.budget.amount')],
            info.byPhase.map(line => [nameOf(line), context.money(line.amount)])));
    }
    return parts.join('\n\n');
}

function audience(roadmap: Roadmap, context: Context): string {
    const body = roadmap.segments.length > 0 ? roadmap.segments.map(segment => segmentBlock(segment, context)).join('\n\n') : none(context);
    return `## ${context.label('roadmap.audience.title')}\n\n${body}`;
}

function segmentBlock(segment: RoadmapSegment, context: Context): string {
    return `### ${escapeMarkdown(segment.title ?? segment.name)}\n\n${facts([
        [context.label('roadmap.segment.size'), context.number(segment.size)],
        [context.label('roadmap.segment.age'), segment.age ? `${context.number(segment.age.min)}–${context.number(segment.age.max)}` : undefined],
        [context.label('roadmap.segment.geo'), segment.geo !== undefined ? escapeMarkdown(segment.geo) : undefined],
        [context.label('roadmap.segment.gender'), segment.gender !== undefined ? escapeMarkdown(segment.gender) : undefined],
        [context.label('roadmap.segment.income'), segment.income !== undefined ? escapeMarkdown(segment.income) : undefined],
        [context.label('roadmap.segment.pains'), texts(segment.pains)],
        [context.label('roadmap.segment.motives'), texts(segment.motives)],
        [context.label('roadmap.segment.objections'), texts(segment.objections)],
        [context.label('roadmap.segment.interests'), texts(segment.interests)],
        [context.label('roadmap.segment.channels'), names(segment.channels)]
    ])}`;
}

/** Our products and the competitors side by side: one column each. */
function competitors(roadmap: Roadmap, context: Context): string {
    const title = `## ${context.label('roadmap.competitors.title')}`;
    const columns = [
        ...roadmap.products.map(product => ({
            head: `${escapeMarkdown(product.title ?? product.name)} (${context.label('roadmap.competitors.ours')})`,
            usp: product.usp, price: product.price, strengths: [] as string[], weaknesses: [] as string[]
        })),
        ...roadmap.competitors.map(competitor => ({
            head: escapeMarkdown(competitor.title ?? competitor.name),
            usp: competitor.usp, price: competitor.price, strengths: competitor.strengths, weaknesses: competitor.weaknesses
        }))
    ];
    if (columns.length === 0) {
        return `${title}\n\n${none(context)}`;
    }
    return `${title}\n\n${table(['', ...columns.map(column => column.head)], [
        [context.label('roadmap.competitor.usp'), ...columns.map(column => column.usp !== undefined ? escapeMarkdown(column.usp) : '')],
        [context.label('roadmap.competitor.price'), ...columns.map(column => context.money(column.price))],
        [context.label('roadmap.competitor.strengths'), ...columns.map(column => texts(column.strengths))],
        [context.label('roadmap.competitor.weaknesses'), ...columns.map(column => texts(column.weaknesses))]
    ])}`;
}

function content(roadmap: Roadmap, context: Context): string {
    const { rubrics, calendar } = roadmap.content;
    const title = `## ${context.label('roadmap.content.title')}`;
    if (rubrics.length === 0) {
        return `${title}\n\n${none(context)}`;
    }
    const plan = table([
        context.label('roadmap.content.rubric'), context.label('roadmap.content.channels'), context.label('roadmap.content.frequency'),
        context.label('roadmap.content.format'), context.label('roadmap.content.owner'), context.label('roadmap.content.goal')
    ], rubrics.map(rubric => [
        escapeMarkdown(rubric.title ?? rubric.name), names(rubric.channels),
        rubric.frequency ? formatFrequency(context.locale, rubric.frequency) : '',
        rubric.formats.map(format => escapeMarkdown(format)).join(', '), nameOf(rubric.owner), nameOf(rubric.goal)
    ]));
    const note = calendar.truncated
        ? context.label('roadmap.content.truncated', { planned: context.number(calendar.planned), limit: context.number(calendar.limit) })
        : context.label('roadmap.content.planned', { count: context.number(calendar.planned) });
    return `${title}\n\n${plan}\n\n${note}`;
}

function regulations(roadmap: Roadmap, context: Context): string {
    const body = roadmap.regulations.length > 0
        ? roadmap.regulations.map(regulation => regulationBlock(regulation, context)).join('\n\n')
        : none(context);
    return `## ${context.label('roadmap.regulations.title')}\n\n${body}`;
}

function regulationBlock(regulation: RoadmapRegulation, context: Context): string {
    const parts = [`### ${escapeMarkdown(regulation.title ?? regulation.role)}`];
    if (regulation.goals.length > 0) {
        parts.push(`**${context.label('roadmap.regulation.goals')}:** ${regulation.goals.map(goal => escapeMarkdown(goal)).join(', ')}`);
    }
    if (regulation.tasks.length > 0) {
        parts.push(`**${context.label('roadmap.regulation.tasks')}:**`, regulation.tasks.map((task, index) => {
            const details = [
                task.format !== undefined ? context.label('roadmap.task.format', { format: escapeMarkdown(task.format) }) : '',
                task.deliverable !== undefined ? context.label('roadmap.task.deliverable', { deliverable: escapeMarkdown(task.deliverable) }) : '',
                task.due !== undefined ? context.label('roadmap.timeline.due', { date: context.date(task.due) }) : ''
            ].filter(Boolean).join('; ');
            return `${index + 1}. ${escapeMarkdown(task.title)}${details ? ` — ${details}` : ''}`;
        }).join('\n'));
    }
    if (regulation.rubrics.length > 0) {
        parts.push(`**${context.label('roadmap.regulation.rubrics')}:**`, regulation.rubrics.map(rubric => `- ${escapeMarkdown(rubric.title ?? rubric.name)}: ${[
            rubric.frequency ? formatFrequency(context.locale, rubric.frequency) : '',
            rubric.channels.map(channel => escapeMarkdown(channel)).join(', '),
            rubric.formats.map(format => escapeMarkdown(format)).join(', ')
        ].filter(Boolean).join(' · ')}`).join('\n'));
    }
    if (regulation.risks.length > 0) {
        parts.push(`**${context.label('roadmap.regulation.risks')}:** ${regulation.risks.map(risk => escapeMarkdown(risk)).join(', ')}`);
    }
    if (regulation.adjustRules.length > 0) {
        parts.push(`**${context.label('roadmap.regulation.rules')}:**`, regulation.adjustRules.map(rule => `- ${escapeMarkdown(rule.action)}`).join('\n'));
    }
    return parts.join('\n\n');
}

function risks(roadmap: Roadmap, context: Context): string {
    const parts = [`## ${context.label('roadmap.risks.title')}`];
    parts.push(roadmap.risks.length > 0
        ? table([
            context.label('roadmap.risk.risk'), context.label('roadmap.risk.probability'), context.label('roadmap.risk.impact'),
            context.label('roadmap.risk.expectedLoss'), context.label('roadmap.risk.mitigation'), context.label('roadmap.risk.owner')
        ], roadmap.risks.map(risk => [
            escapeMarkdown(risk.title ?? risk.name), context.percent(risk.probability), context.money(risk.impact),
            context.money(risk.expectedLoss), risk.mitigation !== undefined ? escapeMarkdown(risk.mitigation) : '', nameOf(risk.owner)
        ]))
        : none(context));
    if (roadmap.adjustRules.length > 0) {
        parts.push(`### ${context.label('roadmap.rules.title')}`, table(
            [context.label('roadmap.rule.when'), context.label('roadmap.rule.then'), context.label('roadmap.risk.owner')],
            roadmap.adjustRules.map(rule => [escapeMarkdown(ruleCondition(context.locale, rule)), escapeMarkdown(rule.action), nameOf(rule.owner)])));
    }
    return parts.join('\n\n');
}
