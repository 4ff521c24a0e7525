import type { Goal } from '../language/generated/ast.js';
import { t, type Locale, type MessageArgs, type MessageKey } from '../i18n/index.js';
import { formatDate, formatKpiTarget } from '../i18n/numbers.js';
import { parseIsoDate } from './dates.js';
import { describeKpiForecast, metricWord, type Naming } from './kpi-forecast-text.js';
import type { KpiAssessment } from './kpis.js';
import { readStatement } from './vague-wording.js';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

/** A part of a reason worded on its own (the KPI's time unit, the company goal…), or left out. */
export interface SmartDetail {
    reason: MessageKey;
    args: MessageArgs;
}

export interface SmartCriterion {
    letter: SmartLetter;
    holds: boolean;
    /** Why it holds or not: a message key with its arguments; `smartReason` words it. */
    reason: MessageKey;
    args: MessageArgs;
    /** Placeholders of the reason filled by a text of their own, an empty one when undefined. */
    details?: Record<string, SmartDetail | undefined>;
    /** The KPI whose forecast and target the reason quotes (`{forecast}`, `{target}`), in their one wording. */
    forecast?: KpiAssessment;
    /** The day the reason quotes as `{date}`, written in the reader's language by the one date formatter. */
    date?: Date;
    /**
     * The placeholders (of the reason and its details) that name the strategy's things, named by their titles
     * in `locale`: what a reader of the roadmap sees instead of the identifiers of `args`.
     */
    titled?: (locale: Locale) => MessageArgs;
}

export interface SmartAssessment {
    goal: Goal;
    /** S, M, A, R and T, in that order. */
    criteria: SmartCriterion[];
    /** How many criteria hold, 0 to 5. */
    score: number;
}

const criterion = (
    letter: SmartLetter, holds: boolean, reason: MessageKey, args: MessageArgs = {}, details?: SmartCriterion['details']
): SmartCriterion => ({ letter, holds, reason, args, ...details && { details } });

/**
 * Which of Specific, Measurable, Achievable, Relevant and Time-bound a goal is, and why: the statement says
 * what and how much, or its KPIs do, and the statement is neither a wish nor the team's work; some KPI has a
 * target and measures a result; the linked funnel stages forecast the targets; an audience is named; the
 * goal or its KPIs carry a date.
 */
export function assessGoal(goal: Goal, kpis: ReadonlyMap<unknown, KpiAssessment>, companyGoal?: string): SmartAssessment {
    const assessments = goal.kpis.map(kpi => kpis.get(kpi)).filter((a): a is KpiAssessment => a !== undefined);
    const criteria = [
        specific(goal, assessments), measurable(assessments), achievable(assessments), relevant(goal, companyGoal),
        timeBound(goal, assessments)
    ];
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

/**
 * The reason of a criterion in `locale`, the one wording every surface shows; `currency` is the strategy's,
 * for the amounts of a forecast; `text` transforms the names and phrases it quotes (a hover escapes them
 * for Markdown).
 */
export function smartReason(
    locale: Locale, criterion: SmartCriterion, currency: string | undefined, text: (value: string) => string = value => value,
    naming: Naming = 'identifiers'
): string {
    const titles = naming === 'titles' ? criterion.titled?.(locale) ?? {} : {};
    const quoted = (args: MessageArgs): MessageArgs =>
        Object.fromEntries(Object.entries(args).map(([key, value]) => {
            const shown = key in titles ? titles[key] : value;
            return [key, typeof shown === 'string' ? text(shown) : shown];
        }));
    const details = Object.entries(criterion.details ?? {}).map(([key, detail]) =>
        [key, detail ? t(locale, detail.reason, quoted(detail.args)) : ''] as const);
    const kpi = criterion.forecast;
    const forecast = kpi && {
        forecast: describeKpiForecast(locale, kpi, currency, text, naming) ?? '',
        target: kpi.target === undefined || kpi.comparator === undefined ? '' : formatKpiTarget(locale, {
            comparator: kpi.comparator, value: kpi.target, written: kpi.written, unit: kpi.unit, currency, per: kpi.per
        })
    };
    const date = criterion.date && { date: formatDate(locale, criterion.date) };
    return t(locale, criterion.reason, { ...quoted(criterion.args), ...Object.fromEntries(details), ...forecast, ...date });
}

const COMPARATORS: Record<string, string> = { '>=': '≥', '<=': '≤', '≥': '≥', '≤': '≤' };

/**
 * What and how much: a statement that the detector reads as a wish or as the team's work never holds,
 * whatever its KPIs; else the statement's own amount, or the target of a KPI (an outcome's first).
 */
function specific(goal: Goal, kpis: KpiAssessment[]): SmartCriterion {
    if (!goal.title?.trim()) {
        return criterion('S', false, 'smart.S.noStatement');
    }
    const { finding, quantity } = readStatement(goal.title);
    if (finding) {
        return criterion('S', false, finding.kind === 'activity' ? 'smart.S.activity' : 'smart.S.vague', { phrase: finding.phrase });
    }
    if (quantity) {
        return criterion('S', true, 'smart.S.statement', { quantity: quantity.phrase });
    }
    const targeted = kpis.filter(kpi => kpi.target !== undefined);
    const kpi = targeted.find(k => k.kind !== 'output') ?? targeted[0];
    if (!kpi) {
        return criterion('S', false, 'smart.S.noQuantity');
    }
    const comparator = kpi.kpi.comparator ? ` ${COMPARATORS[kpi.kpi.comparator] ?? kpi.kpi.comparator}` : '';
    return {
        ...criterion('S', true, 'smart.S.kpi', { kpi: `${kpi.kpi.metric?.$refText ?? ''}${comparator}`, target: kpi.target! }),
        titled: locale => ({ kpi: `${metricWord(locale, kpi.kpi.metric, 'titles')}${comparator}` })
    };
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

/**
 * Achievable when the forecast meets the target; the reason is the KPI's forecast in its one wording (where
 * it comes from, over which window) and the target. The first KPI that falls short decides, else the first
 * that is met; without either, achievability is unknown and the reason says why the KPI is not forecast.
 */
function achievable(kpis: KpiAssessment[]): SmartCriterion {
    const assessed = kpis.find(kpi => kpi.met === false) ?? kpis.find(kpi => kpi.met === true);
    if (assessed) {
        return { ...criterion('A', assessed.met!, assessed.met ? 'smart.A.holds' : 'smart.A.short'), forecast: assessed };
    }
    const first = kpis.find(kpi => kpi.metric !== undefined);
    return first
        ? { ...criterion('A', false, 'smart.A.unknown'), forecast: first }
        : criterion('A', false, 'smart.A.noForecast');
}

/** Relevant to someone: the segment the goal is about, the products it sells, the company goal it serves. */
function relevant(goal: Goal, companyGoal: string | undefined): SmartCriterion {
    const names = (refs: typeof goal.segments | typeof goal.products) => refs.map(ref => ref.$refText).filter(Boolean).join(', ');
    // A title may have commas of its own: titles are set apart by semicolons.
    const titles = (refs: typeof goal.segments | typeof goal.products) => refs.map(ref => ref.ref?.title ?? ref.$refText).filter(Boolean).join('; ');
    if (goal.segments.length === 0) {
        return criterion('R', false, 'smart.R.noAudience');
    }
    const products = names(goal.products);
    return {
        ...criterion('R', true, 'smart.R.holds', { segments: names(goal.segments) }, {
            products: products ? { reason: 'smart.R.products', args: { products } } : undefined,
            company: companyGoal?.trim() ? { reason: 'smart.R.company', args: { company: companyGoal.trim() } } : undefined
        }),
        titled: () => ({ segments: titles(goal.segments), products: titles(goal.products) })
    };
}

/**
 * Time-bound by a date written on the goal (`deadline`) or on its KPIs (`by`): the latest of them, and
 * whose it is. The strategy's period alone does not say when this goal is due.
 */
function timeBound(goal: Goal, kpis: KpiAssessment[]): SmartCriterion {
    const own = kpis.filter(kpi => kpi.deadline?.source === 'kpi');
    const latest = own.reduce<KpiAssessment | undefined>(
        (found, kpi) => !found || kpi.deadline!.date > found.deadline!.date ? kpi : found, undefined);
    const goalDeadline = deadlineOf(goal);
    // The goal's deadline is the one it is due at when no KPI's own date is later.
    if (goalDeadline && (!latest || goalDeadline >= latest.deadline!.date)) {
        return { ...criterion('T', true, 'smart.T.goal'), date: goalDeadline };
    }
    if (latest) {
        return {
            ...criterion('T', true, 'smart.T.kpi', { metric: latest.kpi.metric?.$refText ?? '' }), date: latest.deadline!.date,
            titled: locale => ({ metric: metricWord(locale, latest.kpi.metric, 'titles') })
        };
    }
    return kpis.some(kpi => kpi.deadline?.source === 'period')
        ? criterion('T', false, 'smart.T.periodOnly')
        : criterion('T', false, 'smart.T.noDeadline');
}

function deadlineOf(goal: Goal): Date | undefined {
    return goal.deadline ? parseIsoDate(goal.deadline) : undefined;
}
