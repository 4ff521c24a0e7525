import type { Goal } from '../language/generated/ast.js';
import type { MessageArgs, MessageKey } from '../i18n/index.js';
import type { KpiAssessment } from './kpis.js';
import type { Period } from './period.js';
import { findVagueWording } from './vague-wording.js';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface SmartCriterion {
    letter: SmartLetter;
    holds: boolean;
    /** Why it holds or not: a message key with its arguments (`t(locale, reason, args)`). */
    reason: MessageKey;
    args: MessageArgs;
}

export interface SmartAssessment {
    goal: Goal;
    /** S, M, A, R and T, in that order. */
    criteria: SmartCriterion[];
    /** How many criteria hold, 0 to 5. */
    score: number;
}

const criterion = (letter: SmartLetter, holds: boolean, reason: MessageKey, args: MessageArgs = {}): SmartCriterion =>
    ({ letter, holds, reason, args });

/**
 * Which of Specific, Measurable, Achievable, Relevant and Time-bound a goal is, and why: the statement
 * is not vague; some KPI has a target and measures a result; the linked funnel stages forecast the
 * targets; an audience or a product is named; every KPI has a deadline.
 */
export function assessGoal(goal: Goal, kpis: ReadonlyMap<unknown, KpiAssessment>, period: Period | undefined): SmartAssessment {
    const assessments = goal.kpis.map(kpi => kpis.get(kpi)).filter((a): a is KpiAssessment => a !== undefined);
    const criteria = [specific(goal), measurable(assessments), achievable(assessments), relevant(goal), timeBound(goal, assessments, period)];
    return { goal, criteria, score: criteria.filter(c => c.holds).length };
}

/** A goal is SMART when all five criteria hold. */
export function isSmart(assessment: SmartAssessment): boolean {
    return assessment.criteria.every(criterion => criterion.holds);
}

/** How many of the assessed goals are SMART: the figure of the roadmap's health and the status bar. */
export function countSmartGoals(assessments: Iterable<SmartAssessment>): number {
    return [...assessments].filter(isSmart).length;
}

function specific(goal: Goal): SmartCriterion {
    if (!goal.title?.trim()) {
        return criterion('S', false, 'smart.S.noStatement');
    }
    const vague = findVagueWording(goal.title);
    return vague ? criterion('S', false, 'smart.S.vague', { phrase: vague.phrase }) : criterion('S', true, 'smart.S.holds');
}

function measurable(kpis: KpiAssessment[]): SmartCriterion {
    const targeted = kpis.filter(kpi => kpi.target !== undefined);
    if (kpis.length === 0) {
        return criterion('M', false, 'smart.M.noKpi');
    }
    if (targeted.length === 0) {
        return criterion('M', false, 'smart.M.noTarget');
    }
    if (targeted.every(kpi => kpi.kind === 'output')) {
        return criterion('M', false, 'smart.M.outputOnly');
    }
    return criterion('M', true, 'smart.M.holds', { count: targeted.length });
}

function achievable(kpis: KpiAssessment[]): SmartCriterion {
    const forecast = kpis.find(kpi => kpi.met === false) ?? kpis.find(kpi => kpi.met === true);
    if (!forecast) {
        return criterion('A', false, 'smart.A.noForecast');
    }
    const args = { forecast: forecast.forecast!, target: forecast.target!, metric: forecast.kpi.metric.$refText };
    return forecast.met ? criterion('A', true, 'smart.A.holds', args) : criterion('A', false, 'smart.A.short', args);
}

/** Relevant to someone: the goal names the segment it is about (and may name products too). */
function relevant(goal: Goal): SmartCriterion {
    const audience = [...goal.segments, ...goal.products].map(ref => ref.$refText).filter(Boolean);
    return goal.segments.length > 0
        ? criterion('R', true, 'smart.R.holds', { audience: audience.join(', ') })
        : criterion('R', false, 'smart.R.noAudience');
}

function timeBound(goal: Goal, kpis: KpiAssessment[], period: Period | undefined): SmartCriterion {
    const deadlines = kpis.map(kpi => kpi.deadline?.date);
    const fallback = goal.deadline ?? (period ? isoDate(period.end) : undefined);
    if (deadlines.some(date => date === undefined) || (deadlines.length === 0 && !fallback)) {
        return criterion('T', false, 'smart.T.noDeadline');
    }
    const latest = deadlines.length > 0 ? isoDate(new Date(Math.max(...deadlines.map(d => d!.getTime())))) : fallback!;
    return criterion('T', true, 'smart.T.holds', { date: latest });
}

function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}
