/** The team's routine: recurring duties with their schedule, approval chains and response times. */
import { html } from '../../../shared/html.js';
import { formatApprovalChain, formatApprovalTargets, formatDuration, formatSchedule } from '../team-format.js';
import { sourceAttributes as src } from '../svg.js';
import { dateOf, names, none, numberOf, section, table, type HtmlSectionRenderer } from './kit.js';
import { ownersIn } from '../../model.js';

export const renderTeam: HtmlSectionRenderer = (roadmap, context, { hasContent }) => {
    if (!hasContent) {
        return section('team', context, none(context));
    }
    const { duties, approvals, serviceLevels } = roadmap.team;
    const dutyTable = duties.length > 0 ? html`<h3>${context.label('roadmap.team.duties')}</h3>${table([
        context.label('roadmap.duty.duty'), context.label('roadmap.duty.when'), context.label('roadmap.duty.owner'),
        context.label('roadmap.duty.format'), context.label('roadmap.duty.to'), context.label('roadmap.duty.times')
    ], duties.map(duty => [
        html`<span${src(duty)}>${duty.title ?? duty.name}</span>`,
        duty.schedule ? formatSchedule(context.locale, duty.schedule) : '',
        names(ownersIn(duty)),
        [duty.format, duty.deliverable].filter(Boolean).join(' → '),
        names(duty.recipients),
        duty.occurrences !== undefined
            ? `${numberOf(context, duty.occurrences)}${duty.first ? ` (${context.label('roadmap.duty.first', { date: dateOf(context, duty.first) })})` : ''}`
            : ''
    ]))}` : '';
    const approvalTable = approvals.length > 0 ? html`<h3>${context.label('roadmap.team.approvals')}</h3>${table([
        context.label('roadmap.approval.approval'), context.label('roadmap.approval.for'), context.label('roadmap.approval.chain')
    ], approvals.map(approval => [
        html`<span${src(approval)}>${approval.title ?? approval.name}</span>`,
        formatApprovalTargets(context.locale, approval, context.currency),
        formatApprovalChain(context.locale, approval)
    ]))}` : '';
    const responseTable = serviceLevels.length > 0 ? html`<h3>${context.label('roadmap.team.serviceLevels')}</h3>${table([
        context.label('roadmap.response.response'), context.label('roadmap.response.within'), context.label('roadmap.response.channels'),
        context.label('roadmap.response.owner'), context.label('roadmap.response.measure'), context.label('roadmap.response.watchedBy')
    ], serviceLevels.map(level => [
        html`<span${src(level)}>${level.title ?? level.name}</span>`,
        level.within ? formatDuration(context.locale, level.within) : '',
        names(level.channels),
        names(ownersIn(level)),
        level.measureTitle ?? level.measure,
        [...level.watchedBy.kpis, ...level.watchedBy.rules].join('; ')
    ]))}` : '';
    return section('team', context, html`${dutyTable}\n${approvalTable}\n${responseTable}`);
};
