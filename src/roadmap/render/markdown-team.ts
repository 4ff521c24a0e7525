/** The Markdown of the team's routine (duties, approvals, response times) and of the RACI matrix; see markdown.ts. */
import { ownersIn, type NamedRef, type Roadmap, type RoadmapRegulation } from '../model.js';
import type { RoadmapSection } from '../sections.js';
import { facts, heading, nameOf, names, none, table, type MarkdownContext } from './markdown.js';
import { joinMarkdown, md, type MarkdownValue, type SafeMarkdown } from './markdown-text.js';
import { raciMatrix } from './raci-matrix.js';
import { formatApprovalChain, formatApprovalTargets, formatDuration, formatSchedule } from './team-format.js';

export function team(roadmap: Roadmap, context: MarkdownContext, { hasContent }: RoadmapSection): SafeMarkdown {
    const parts: MarkdownValue[] = [heading(context, 'team')];
    if (!hasContent) {
        return joinMarkdown([...parts, none(context)], '\n\n');
    }
    const { duties, approvals, serviceLevels } = roadmap.team;
    if (duties.length > 0) {
        parts.push(md`### ${context.label('roadmap.team.duties')}`, table([
            context.label('roadmap.duty.duty'), context.label('roadmap.duty.when'), context.label('roadmap.duty.owner'),
            context.label('roadmap.duty.format'), context.label('roadmap.duty.to'), context.label('roadmap.duty.times')
        ], duties.map(duty => [
            duty.title ?? duty.name,
            duty.schedule ? formatSchedule(context.locale, duty.schedule) : '',
            names(ownersIn(duty)),
            [duty.format, duty.deliverable].filter(Boolean).join(' → '),
            names(duty.recipients),
            duty.occurrences !== undefined
                ? `${context.number(duty.occurrences)}${duty.first ? ` (${context.text('roadmap.duty.first', { date: context.date(duty.first) })})` : ''}`
                : ''
        ])));
    }
    if (approvals.length > 0) {
        parts.push(md`### ${context.label('roadmap.team.approvals')}`, table([
            context.label('roadmap.approval.approval'), context.label('roadmap.approval.for'), context.label('roadmap.approval.chain')
        ], approvals.map(approval => [
            approval.title ?? approval.name,
            formatApprovalTargets(context.locale, approval, context.currency),
            formatApprovalChain(context.locale, approval)
        ])));
    }
    if (serviceLevels.length > 0) {
        parts.push(md`### ${context.label('roadmap.team.serviceLevels')}`, joinMarkdown(serviceLevels.map(level => joinMarkdown([
            md`**${level.title ?? level.name}**`,
            facts([
                [context.label('roadmap.response.within'), level.within ? formatDuration(context.locale, level.within) : undefined],
                [context.label('roadmap.response.channels'), level.channels.length > 0 ? names(level.channels) : undefined],
                [context.label('roadmap.response.owner'), names(ownersIn(level))],
                [context.label('roadmap.response.measure'), level.measureTitle ?? level.measure],
                [context.label('roadmap.response.watchedBy'), [...level.watchedBy.kpis, ...level.watchedBy.rules].join('; ')]
            ])
        ], '\n\n')), '\n\n'));
    }
    return joinMarkdown(parts, '\n\n');
}

export function raci(roadmap: Roadmap, context: MarkdownContext, { hasContent }: RoadmapSection): SafeMarkdown {
    if (!hasContent) {
        return md`${heading(context, 'raci')}\n\n${none(context)}`;
    }
    const matrix = raciMatrix(roadmap);
    return joinMarkdown([
        heading(context, 'raci'),
        table(
            [context.label('roadmap.raci.item'), ...matrix.roles.map(role => role.title ?? role.name)],
            matrix.rows.map(row => [`${row.item.title ?? row.item.name} (${context.text(`roadmap.raci.kind.${row.item.kind}`)})`, ...row.cells])),
        md`_${context.label('roadmap.raci.legend')}_`
    ], '\n\n');
}

/** What of the team's routine falls to one role, in its block of the regulations. */
export function regulationTeamPart(regulation: RoadmapRegulation, context: MarkdownContext): SafeMarkdown {
    const line = (key: Parameters<MarkdownContext['label']>[0], items: Array<string | NamedRef>) =>
        items.length > 0 ? md`**${context.label(key)}:** ${joinMarkdown(items.map(item => typeof item === 'string' ? item : nameOf(item)), '; ')}` : '';
    return joinMarkdown([
        line('roadmap.regulation.duties', regulation.duties),
        line('roadmap.regulation.receives', regulation.receives),
        line('roadmap.regulation.approves', regulation.approves.map(({ approval, step, within }) => context.text('roadmap.regulation.step', { approval: nameOf(approval), step })
            + (within ? ` (${context.text('roadmap.approval.within', { time: formatDuration(context.locale, within) })})` : ''))),
        line('roadmap.regulation.awaits', regulation.awaits),
        line('roadmap.regulation.serviceLevels', regulation.serviceLevels),
        line('roadmap.regulation.raci', regulation.raci.map(({ item, letters }) => `${nameOf(item)} (${letters.join('')})`))
    ], '\n\n', true);
}
