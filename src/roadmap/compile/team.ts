/** The team's regulations: recurring duties, approval chains, response times and the RACI matrix. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import {
    anchoredSchedule, approvalAuthors, approvalSteps, byRole, dutyDates, dutySchedule, hasRaci, ownersOf, raciOf, roles, type RaciItem
} from '../../analysis/team.js';
import { isTask, type Approval, type Duration, type Duty, type Role, type ServiceLevel } from '../../language/generated/ast.js';
import { isoDate } from '../calendar.js';
import type {
    NamedRef, RoadmapApproval, RoadmapDuration, RoadmapDuty, RoadmapRaciKind, RoadmapRaciRow, RoadmapRegulation,
    RoadmapServiceLevel, RoadmapTeam
} from '../model.js';
import { named, namedAll, namedRefs, ownerRefs, sourceOf } from './refs.js';
import { metricWord } from '../../analysis/kpi-forecast-text.js';
import type { Locale } from '../../i18n/index.js';

export function compileTeam(analysis: StrategyAnalysis, locale: Locale): RoadmapTeam {
    const { parts } = analysis;
    return {
        duties: parts.duties.map(duty => compileDuty(duty, analysis)),
        approvals: parts.approvals.map(compileApproval),
        serviceLevels: parts.serviceLevels.map(level => compileServiceLevel(level, analysis, locale)),
        raci: raciItems(analysis).filter(({ item }) => ownersOf(item).length > 0 || hasRaci(item)).map(({ kind, item }) => raciRow(kind, item))
    };
}

function compileDuty(duty: Duty, analysis: StrategyAnalysis): RoadmapDuty {
    const schedule = dutySchedule(duty.schedule);
    const { period } = analysis;
    const dates = schedule && period ? dutyDates(schedule, period) : undefined;
    return {
        name: duty.name ?? '',
        title: duty.title,
        schedule: schedule && (period ? anchoredSchedule(schedule, period) : schedule),
        ...ownerRefs(duty),
        format: duty.format,
        deliverable: duty.deliverable,
        recipients: namedRefs(duty.recipients),
        first: dates?.[0] && isoDate(dates[0]),
        occurrences: dates?.length,
        source: sourceOf(duty)
    };
}

const DURATION_UNITS: Record<Duration['unit'], RoadmapDuration['unit']> = {
    minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week'
};

function durationOf(duration: Duration | undefined): RoadmapDuration | undefined {
    return duration?.value !== undefined && duration.unit ? { value: duration.value, unit: DURATION_UNITS[duration.unit] } : undefined;
}

function compileApproval(approval: Approval): RoadmapApproval {
    const thresholds = approval.targets.map(target => target.threshold?.amount).filter((amount): amount is number => amount !== undefined);
    return {
        name: approval.name ?? '',
        title: approval.title,
        rubrics: approval.targets.flatMap(target => namedRefs(target.rubrics)),
        tasks: approval.targets.flatMap(target => target.tasks.map(ref => ({ name: ref.ref?.name ?? ref.$refText, title: ref.ref?.title }))),
        spendingAbove: thresholds.length > 0 ? Math.min(...thresholds) : undefined,
        authors: approvalAuthors(approval).map(role => named(role)).filter((ref): ref is NamedRef => ref !== undefined),
        steps: approval.steps.map(step => ({ kind: step.kind, roles: namedRefs(step.roles), within: durationOf(step.within) })),
        source: sourceOf(approval)
    };
}

function compileServiceLevel(level: ServiceLevel, analysis: StrategyAnalysis, locale: Locale): RoadmapServiceLevel {
    const metric = level.measure?.ref;
    const { goals, adjustRules } = analysis.parts;
    return {
        name: level.name ?? '',
        title: level.title,
        within: durationOf(level.within),
        channels: namedRefs(level.channels),
        ...ownerRefs(level),
        measure: level.measure?.$refText,
        measureTitle: level.measure && metricWord(locale, level.measure, 'titles'),
        watchedBy: {
            kpis: metric ? goals.flatMap(goal => goal.kpis.filter(kpi => kpi.metric?.ref === metric)
                .map(kpi => `${goal.title ?? goal.name ?? ''}: ${metricWord(locale, kpi.metric, 'titles')}`)) : [],
            rules: metric ? adjustRules.filter(rule => rule.conditions.some(condition => condition.metric?.ref === metric)).map(rule => rule.name ?? rule.action ?? '') : []
        },
        source: sourceOf(level)
    };
}

/** The items a RACI can be written on, in the order of the roadmap: goals, rubrics, tasks, duties, response times. */
function raciItems(analysis: StrategyAnalysis): Array<{ kind: RoadmapRaciKind; item: RaciItem }> {
    const { parts } = analysis;
    return [
        ...parts.goals.map(item => ({ kind: 'goal' as const, item })),
        ...parts.rubrics.map(item => ({ kind: 'rubric' as const, item })),
        ...parts.phases.flatMap(phase => phase.items.filter(isTask)).map(item => ({ kind: 'task' as const, item })),
        ...parts.duties.map(item => ({ kind: 'duty' as const, item })),
        ...parts.serviceLevels.map(item => ({ kind: 'response' as const, item }))
    ];
}

function raciRow(kind: RoadmapRaciKind, item: RaciItem): RoadmapRaciRow {
    const raci = raciOf(item);
    const names = (roles: Role[]) => roles.map(role => role.name);
    return {
        kind,
        name: item.name ?? item.title ?? '',
        title: item.title,
        responsible: names(raci.responsible),
        accountable: names(raci.accountable),
        consulted: names(raci.consulted),
        informed: names(raci.informed),
        source: sourceOf(item)
    };
}

type TeamPart = Pick<RoadmapRegulation, 'duties' | 'receives' | 'approves' | 'awaits' | 'serviceLevels' | 'raci'>;

/**
 * What of the team's regulations falls to each role (the handbook's and the regulations' part of it), each
 * kind of item sorted out by role once.
 */
export function teamParts(analysis: StrategyAnalysis): (role: Role) => TeamPart {
    const { parts } = analysis;
    const duties = byRole(parts.duties, ownersOf);
    const receives = byRole(parts.duties, duty => roles(duty.recipients));
    const approves = byRole(parts.approvals.flatMap(approval => approvalSteps(approval).map((step, index) => ({ approval, step, index }))),
        ({ step }) => roles(step.roles));
    const awaits = byRole(parts.approvals, approvalAuthors);
    const serviceLevels = byRole(parts.serviceLevels, ownersOf);
    // Only an item that names an A, a C or an I can give a role one of those letters.
    const raci = byRole(raciItems(analysis).filter(({ item }) => hasRaci(item)).map(({ kind, item }) => ({ kind, item, raci: raciOf(item) })),
        ({ raci }) => [...raci.accountable, ...raci.consulted, ...raci.informed]);
    return role => ({
        duties: namedAll(duties.get(role)),
        receives: namedAll(receives.get(role)),
        approves: (approves.get(role) ?? []).map(({ approval, step, index }) =>
            ({ approval: named(approval) ?? { name: '' }, step: index + 1, within: durationOf(step.within) })),
        awaits: namedAll(awaits.get(role)),
        serviceLevels: namedAll(serviceLevels.get(role)),
        raci: (raci.get(role) ?? []).map(({ kind, item, raci: { accountable, consulted, informed } }) => ({
            item: { name: item.name ?? item.title ?? '', title: item.title },
            kind,
            letters: ([['A', accountable], ['C', consulted], ['I', informed]] as const).filter(([, listed]) => listed.includes(role)).map(([letter]) => letter)
        }))
    });
}
