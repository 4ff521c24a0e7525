/**
 * A role's handbook: one printable page for one person, from the roadmap — their goals, their routine, their
 * tasks in order with formats and deadlines, their rubrics, the approvals they give and wait for, the
 * response times they keep, the risks they watch and the correction rules they apply — in the roadmap's
 * language. The page is a list of sections of entries, written as text here and laid out as HTML or Markdown.
 */
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { html, joinHtml } from '../../shared/html.js';
import { ownersIn, type NamedRef, type Roadmap, type RoadmapApproval, type RoadmapRegulation, type Sourced } from '../model.js';
import { formatDate, formatFrequency, formatMoney, formatPercent, formatTarget, kpiName, ruleCondition } from './format.js';
import { joinMarkdown, md, trustedMarkdown } from './markdown-text.js';
import { standaloneDocument } from './html.js';
import { formatApprovalChain, formatApprovalTargets, formatDuration, formatSchedule } from './team-format.js';

export type HandbookFormat = 'html' | 'md';

export const HANDBOOK_FORMATS: readonly HandbookFormat[] = ['html', 'md'];

export interface HandbookEntry extends Sourced {
    title: string;
    /** Facts about the entry, each a short text. */
    details: string[];
}

export interface HandbookSection {
    id: string;
    title: string;
    /** Whether the entries are done in this order (tasks): numbered, not bulleted. */
    ordered: boolean;
    entries: HandbookEntry[];
}

/**
 * The role a reader asked for: by its name as declared (`SmmManager`), else by its name or its title in
 * any case (`smmmanager`, `"SMM manager"`).
 */
export function findRole(roadmap: Roadmap, asked: string): RoadmapRegulation | undefined {
    const wanted = asked.trim().toLocaleLowerCase();
    return roadmap.regulations.find(regulation => regulation.role === asked.trim())
        ?? roadmap.regulations.find(regulation => regulation.role.toLocaleLowerCase() === wanted || regulation.title?.toLocaleLowerCase() === wanted);
}

function nameOf(ref: NamedRef | undefined): string {
    return ref ? ref.title ?? ref.name : '';
}

/** The sections of one role's handbook that have something in them, in reading order. */
export function handbookSections(roadmap: Roadmap, regulation: RoadmapRegulation, locale: Locale): HandbookSection[] {
    const role = regulation.role;
    const currency = roadmap.header.currency;
    const label = (key: MessageKey, args?: Record<string, string | number>) => t(locale, key, args);
    const date = (iso: string | undefined) => iso ? formatDate(locale, iso) : '';
    const owns = (item: { owner?: NamedRef; owners?: NamedRef[] }) => ownersIn(item).some(owner => owner.name === role);
    const phases = new Map(roadmap.timeline.phases.map(phase => [phase.name, phase]));
    const approval = (name: string) => roadmap.team.approvals.find(item => item.name === name);
    const approvalEntry = (item: RoadmapApproval, first: string[] = []): HandbookEntry => ({
        title: item.title ?? item.name,
        details: [...first, formatApprovalTargets(locale, item, currency), formatApprovalChain(locale, item)].filter(Boolean),
        source: item.source
    });
    const sections: Array<Omit<HandbookSection, 'title'> & { key: MessageKey }> = [
        {
            id: 'goals', key: 'handbook.goals', ordered: false,
            entries: roadmap.goals.filter(owns).map(goal => ({
                title: goal.title ?? goal.name,
                details: [
                    // A KPI's own date; the goal's deadline follows once.
                    ...goal.kpis.map(kpi => [kpiName(kpi), formatTarget(locale, kpi, currency), kpi.deadline?.source === 'kpi' ? label('roadmap.timeline.due', { date: date(kpi.deadline.date) }) : '']
                        .filter(Boolean).join(' ')),
                    goal.deadline ? label('roadmap.timeline.due', { date: date(goal.deadline) }) : ''
                ].filter(Boolean),
                source: goal.source
            }))
        },
        {
            id: 'duties', key: 'handbook.duties', ordered: false,
            entries: roadmap.team.duties.filter(owns).map(duty => ({
                title: duty.title ?? duty.name,
                details: [
                    duty.schedule ? formatSchedule(locale, duty.schedule) : '',
                    duty.format ? label('roadmap.task.format', { format: duty.format }) : '',
                    duty.deliverable ? label('roadmap.task.deliverable', { deliverable: duty.deliverable }) : '',
                    duty.recipients.length > 0 ? `${label('roadmap.duty.to')}: ${duty.recipients.map(nameOf).join(', ')}` : '',
                    duty.first ? label('roadmap.duty.first', { date: date(duty.first) }) : ''
                ].filter(Boolean),
                source: duty.source
            }))
        },
        {
            id: 'tasks', key: 'handbook.tasks', ordered: true,
            entries: regulation.tasks.map(task => ({
                title: task.title,
                details: [
                    `${label('handbook.phase')}: ${nameOf(phases.get(task.phase) ?? { name: task.phase })}`,
                    task.format !== undefined ? label('roadmap.task.format', { format: task.format }) : '',
                    task.deliverable !== undefined ? label('roadmap.task.deliverable', { deliverable: task.deliverable }) : '',
                    task.due !== undefined ? label('roadmap.timeline.due', { date: date(task.due) }) : '',
                    task.after.length > 0 ? label('roadmap.task.after', { tasks: task.after.map(nameOf).join(', ') }) : ''
                ].filter(Boolean),
                source: task.source
            }))
        },
        {
            id: 'rubrics', key: 'handbook.rubrics', ordered: false,
            entries: regulation.rubrics.map(rubric => ({
                title: rubric.title ?? rubric.name,
                details: [rubric.frequency ? formatFrequency(locale, rubric.frequency) : '', rubric.channels.map(nameOf).join(', '), rubric.formats.join(', ')].filter(Boolean),
                source: rubric.source
            }))
        },
        {
            id: 'approves', key: 'handbook.approves', ordered: false,
            entries: regulation.approves.flatMap(({ approval: name, step, within }) => {
                const item = approval(name.name);
                const yours = label('handbook.yourStep', {
                    step, within: within ? ` ${label('roadmap.approval.within', { time: formatDuration(locale, within) })}` : ''
                });
                return item ? [approvalEntry(item, [yours])] : [];
            })
        },
        {
            id: 'awaits', key: 'handbook.awaits', ordered: false,
            entries: regulation.awaits.flatMap(ref => approval(ref.name) ?? []).map(item => approvalEntry(item))
        },
        {
            id: 'receives', key: 'handbook.receives', ordered: false,
            entries: roadmap.team.duties.filter(duty => regulation.receives.some(ref => ref.name === duty.name)).map(duty => ({
                title: duty.title ?? duty.name,
                details: [duty.schedule ? formatSchedule(locale, duty.schedule) : '', duty.owner ? label('handbook.from', { roles: ownersIn(duty).map(nameOf).join(', ') }) : ''].filter(Boolean),
                source: duty.source
            }))
        },
        {
            id: 'serviceLevels', key: 'handbook.serviceLevels', ordered: false,
            entries: roadmap.team.serviceLevels.filter(owns).map(level => ({
                title: level.title ?? level.name,
                details: [
                    level.within ? `${label('roadmap.response.within')}: ${formatDuration(locale, level.within)}` : '',
                    level.channels.length > 0 ? `${label('roadmap.response.channels')}: ${level.channels.map(nameOf).join(', ')}` : '',
                    level.measure ? `${label('roadmap.response.measure')}: ${level.measureTitle ?? level.measure}` : '',
                    [...level.watchedBy.kpis, ...level.watchedBy.rules].length > 0
                        ? `${label('roadmap.response.watchedBy')}: ${[...level.watchedBy.kpis, ...level.watchedBy.rules].join('; ')}` : ''
                ].filter(Boolean),
                source: level.source
            }))
        },
        {
            id: 'raci', key: 'handbook.raci', ordered: false,
            entries: regulation.raci.map(({ item, kind, letters }) => ({
                title: `${nameOf(item)} (${label(`roadmap.raci.kind.${kind}`)})`,
                details: letters.map(letter => label(`handbook.raci.${letter}`))
            }))
        },
        {
            id: 'risks', key: 'handbook.risks', ordered: false,
            entries: roadmap.risks.filter(owns).map(risk => ({
                title: risk.title ?? risk.name,
                details: [
                    risk.probability !== undefined ? `${label('roadmap.risk.probability')}: ${formatPercent(locale, risk.probability)}` : '',
                    risk.impact !== undefined ? `${label('roadmap.risk.impact')}: ${formatMoney(locale, risk.impact, currency)}` : '',
                    risk.mitigation ? `${label('handbook.mitigation')}: ${risk.mitigation}` : ''
                ].filter(Boolean),
                source: risk.source
            }))
        },
        {
            id: 'rules', key: 'handbook.rules', ordered: false,
            entries: roadmap.adjustRules.filter(owns).map(rule => ({
                title: rule.action,
                details: [`${label('roadmap.rule.when')}: ${ruleCondition(locale, rule)}`],
                source: rule.source
            }))
        }
    ];
    return sections.filter(section => section.entries.length > 0).map(({ key, ...section }) => ({ ...section, title: label(key) }));
}

function heading(roadmap: Roadmap, regulation: RoadmapRegulation, locale: Locale): { title: string; facts: Array<[string, string]> } {
    const period = roadmap.header.period;
    return {
        title: t(locale, 'handbook.title', { role: regulation.title ?? regulation.role }),
        facts: [
            [t(locale, 'handbook.strategy'), roadmap.header.title ?? t(locale, 'roadmap.untitled')],
            ...(period ? [[t(locale, 'handbook.period'), `${formatDate(locale, period.start)} – ${formatDate(locale, period.end)}`] as [string, string]] : [])
        ]
    };
}

const HANDBOOK_STYLES = `
.hb-entry-details { color: var(--rm-muted); }
.hb-section li { margin: .35em 0; break-inside: avoid; }
.hb-section h2 { break-after: avoid; }
@media print { body.rm-document { max-width: none; } }
`;

/** The handbook as one self-contained, printable page (the roadmap's print style, no scripts, a strict CSP). */
export function renderHandbookHtml(roadmap: Roadmap, regulation: RoadmapRegulation, locale: Locale): string {
    const { title, facts } = heading(roadmap, regulation, locale);
    const sections = handbookSections(roadmap, regulation, locale);
    const body = sections.length > 0 ? joinHtml(sections.map(section => {
        const items = section.entries.map(entry => html`<li><b>${entry.title}</b>${entry.details.length > 0
            ? html`<br><span class="hb-entry-details">${entry.details.join(' · ')}</span>` : ''}</li>`);
        const list = section.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
        return html`<section class="rm-section hb-section" id="hb-${section.id}">\n<h2>${section.title}</h2>\n${list}\n</section>`;
    }), '\n') : html`<p class="rm-empty">${t(locale, 'handbook.nothing')}</p>`;
    return standaloneDocument(locale, t(locale, 'handbook.documentTitle', { role: regulation.title ?? regulation.role }), HANDBOOK_STYLES, html`<header class="rm-section" id="hb-header">
<h1>${title}</h1>
<dl class="rm-facts">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
</header>
${body}`);
}

/** The handbook as Markdown, for a wiki or a chat; every text of the strategy escaped. */
export function renderHandbookMarkdown(roadmap: Roadmap, regulation: RoadmapRegulation, locale: Locale): string {
    const { title, facts } = heading(roadmap, regulation, locale);
    const sections = handbookSections(roadmap, regulation, locale);
    const blocks = [
        md`# ${title}`,
        joinMarkdown(facts.map(([term, value]) => md`- **${term}:** ${value}`), '\n'),
        ...(sections.length > 0 ? sections.map(section => joinMarkdown([
            md`## ${section.title}`,
            joinMarkdown(section.entries.map((entry, index) => {
                const marker = trustedMarkdown(section.ordered ? `${index + 1}.` : '-');
                return md`${marker} **${entry.title}**${entry.details.length > 0 ? md` — ${entry.details.join(' · ')}` : ''}`;
            }), '\n')
        ], '\n\n')) : [md`_${t(locale, 'handbook.nothing')}_`])
    ];
    return `${joinMarkdown(blocks, '\n\n').text}\n`;
}

export function renderHandbook(roadmap: Roadmap, regulation: RoadmapRegulation, format: HandbookFormat, locale: Locale): string {
    return format === 'html' ? renderHandbookHtml(roadmap, regulation, locale) : renderHandbookMarkdown(roadmap, regulation, locale);
}
