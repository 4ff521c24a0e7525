/**
 * The strategy while it runs: each KPI's progress from its baseline to its target as of the last day the
 * actuals cover, the share of its time gone, the pace, a projection to its deadline; each funnel's actual
 * conversions against the planned ones and a re-forecast; and the correction rules that the actuals fire.
 */
import type { AdjustRule, Comparator, Condition, Funnel, Goal, Kpi, Metric, Stage } from '../language/generated/ast.js';
import { actualValue, firstRecordedScope, recordsIn, WHOLE, type ActualScope, type ActualsLog } from './actuals.js';
import { deliveredShare, type FunnelForecast, type StageForecast } from './forecast.js';
import { satisfies, type KpiAssessment, type PerUnit } from './kpis.js';
import { behaviourOf, findCatalogMetric, type MetricBehaviour } from './metric-catalog.js';
import { DAY_MS, daysIn, type Period } from './period.js';
import { calendarMonthsIn, dayNumber, monthsOf, unitEndingOn } from './schedule.js';

/**
 * How a KPI's value at its deadline is projected:
 * - `forecast`: the time-phased forecast rescaled by the actuals (actual ÷ planned so far × planned by the deadline);
 * - `runRate`: the amount so far continues at the same rate a day (a level: its growth since the start does);
 *   a rate or a cost per unit stays as it has been so far;
 * - `linearTrend`: a straight line through the values of each `per` unit (least squares), read at the deadline's unit;
 * - `final`: the deadline has passed: the value is final.
 */
export type ProjectionMethod = 'forecast' | 'runRate' | 'linearTrend' | 'final';

export interface MonthProgress {
    /** YYYY-MM */
    month: string;
    actual?: number;
    planned?: number;
}

export interface KpiProgress {
    kpi: Kpi;
    assessment: KpiAssessment;
    behaviour: MetricBehaviour;
    /** The day the progress is as of: the last day the actuals cover, or the deadline when that is earlier. */
    asOf: Date;
    /** The value the way to the target starts from: the KPI's baseline, else 0 for an amount, else the first level measured. */
    baseline?: number;
    /** The KPI's value as of `asOf`, in its terms (an amount so far, the last `per` unit's amount, a level, a rate). */
    actual?: number;
    /** What the plan gives in the same terms by `asOf`. */
    planned?: number;
    target?: number;
    comparator?: Comparator;
    /** The share of the way from the baseline to the target covered, in percent. */
    reached?: number;
    /** The share of the time from the start of the period to the deadline gone by `asOf`, in percent. */
    elapsed: number;
    /** reached ÷ elapsed: 1 is on pace, below 1 behind. */
    pace?: number;
    projection?: number;
    method?: ProjectionMethod;
    /** Whether the projection satisfies the target. */
    onTrack?: boolean;
    /** The actual and planned values of each month of the period up to `asOf`, in the KPI's terms. */
    months: MonthProgress[];
}

export interface StageProgress {
    stage: StageForecast;
    /** The metric the stage's actuals were recorded in. */
    metric?: Metric;
    /** What the plan gives at the stage from the start of the period to the day the actuals cover. */
    planned?: number;
    actual?: number;
    /** Planned and actual conversion from the previous stage, in percent. */
    plannedConversion?: number;
    actualConversion?: number;
    /** The stage's volume over the whole period: the plan rescaled by the actual volume of the top stage and the actual conversions. */
    reforecast?: number;
}

export interface FunnelProgress {
    funnel: FunnelForecast;
    stages: StageProgress[];
}

export interface FiredRule {
    rule: AdjustRule;
    /** The days the conditions held on, each of them (day numbers). */
    from: number;
    to: number;
    /** Each condition's value over those days: a count or an amount as a mean a day. */
    values: Array<{ condition: Condition; metric: Metric; value: number; perDay: boolean }>;
}

export interface StrategyProgress {
    /** The first and the last day the actuals cover. */
    from: Date;
    to: Date;
    kpis: KpiProgress[];
    funnels: FunnelProgress[];
    fired: FiredRule[];
}

/** What the progress needs from the analysis. */
export interface ProgressContext {
    period?: Period;
    kpis: ReadonlyMap<Kpi, KpiAssessment>;
    funnels: ReadonlyMap<Funnel, FunnelForecast>;
    rules: readonly AdjustRule[];
}

export function progressOf(log: ActualsLog, context: ProgressContext): StrategyProgress | undefined {
    if (log.first === undefined || log.last === undefined) {
        return undefined;
    }
    let funnels: FunnelProgress[] | undefined;
    return {
        from: dateOf(log.first),
        to: dateOf(log.last),
        kpis: [...context.kpis.values()].flatMap(assessment => {
            const progress = kpiProgress(log, assessment, context);
            return progress ? [progress] : [];
        }),
        // Only a roadmap shows the funnels' actual conversions: worked out when it asks.
        get funnels() {
            return funnels ??= [...context.funnels.values()].flatMap(funnel => {
                const progress = funnelProgress(log, funnel, context.period);
                return progress ? [progress] : [];
            });
        },
        fired: context.rules.flatMap(rule => {
            const fired = firedRule(log, rule);
            return fired ? [fired] : [];
        })
    };
}

/** Where a KPI's actuals are read: at its `from` stages, else for its goal, else the strategy's. */
function scopesOf(kpi: Kpi): ActualScope[] {
    const stages = kpi.sources.map(source => source.ref).filter((stage): stage is Stage => stage !== undefined);
    return [
        ...(stages.length > 0 ? [{ kind: 'stages', stages } as const] : []),
        { kind: 'goal', goal: kpi.$container as Goal },
        WHOLE
    ];
}

export function kpiProgress(log: ActualsLog, assessment: KpiAssessment, context: ProgressContext): KpiProgress | undefined {
    const { kpi } = assessment;
    const metric = kpi.metric?.ref;
    const scope = metric && firstRecordedScope(log, metric, scopesOf(kpi));
    if (!metric || !scope || log.first === undefined || log.last === undefined) {
        return undefined;
    }
    const behaviour = assessment.behaviour ?? behaviourOf(metric);
    const start = context.period ? dayNumber(context.period.start) : log.first;
    const deadline = assessment.deadline ? dayNumber(assessment.deadline.date) : context.period ? dayNumber(context.period.end) : log.last;
    const asOf = Math.min(log.last, deadline);
    const value = (from: number, to: number) => actualValue(log, metric, scope, from, to);
    const planning = planOf(assessment, context);
    const target = assessment.misfit ? undefined : assessment.target;
    const written = kpi.baseline?.value;
    let months: MonthProgress[] | undefined;
    const progress: KpiProgress = {
        kpi, assessment, behaviour, asOf: dateOf(asOf), target, comparator: assessment.comparator,
        elapsed: clamp((asOf - start + 1) / (deadline - start + 1) * 100, 0, 100),
        // Month by month only when a roadmap shows it: diagnostics, hovers and the status bar never ask.
        get months() {
            return months ??= monthsOfProgress(behaviour, start, asOf, context.period, value, planning, assessment, written);
        }
    };
    const ended = log.last >= deadline;
    if (behaviour === 'stock') {
        const records = recordsIn(log, metric, scope).filter(record => record.end <= asOf);
        const first = records.reduce<typeof records[number] | undefined>((earliest, record) => !earliest || record.end < earliest.end ? record : earliest, undefined);
        progress.baseline = written ?? first?.value;
        const base = written !== undefined ? start - 1 : first?.end;
        progress.actual = value(start, asOf);
        if (planning && planning.inflow !== undefined) {
            progress.planned = (written ?? 0) + planning.inflow * planning.share(start, asOf);
        }
        if (progress.actual !== undefined && progress.baseline !== undefined && base !== undefined && asOf > base) {
            progress.projection = ended ? progress.actual : progress.baseline + (progress.actual - progress.baseline) * (deadline - base) / (asOf - base);
            progress.method = ended ? 'final' : 'runRate';
        }
    } else if (behaviour === 'rate') {
        progress.baseline = written;
        progress.actual = value(start, asOf);
        progress.planned = assessment.forecast;
        progress.projection = progress.actual;
        progress.method = progress.actual === undefined ? undefined : ended ? 'final' : 'runRate';
    } else if (assessment.per) {
        const buckets = bucketsOf(assessment.per, start, asOf).map(bucket => ({ ...bucket, value: value(bucket.start, bucket.end) }));
        const known = buckets.filter((bucket): bucket is typeof bucket & { value: number } => bucket.value !== undefined);
        progress.baseline = written ?? 0;
        const last = known.at(-1);
        progress.actual = last?.value;
        if (last && planning?.total !== undefined) {
            progress.planned = planning.total * planning.share(last.start, last.end);
        }
        if (known.length > 0) {
            const at = deadlineIndex(assessment.per, buckets, deadline);
            progress.projection = ended || known.length < 2 ? last!.value : trendAt(known.map(bucket => [bucket.index, bucket.value]), at);
            progress.method = ended ? 'final' : known.length < 2 ? 'runRate' : 'linearTrend';
        }
    } else {
        progress.baseline = written ?? 0;
        progress.actual = value(start, asOf);
        if (planning?.total !== undefined) {
            progress.planned = planning.total * planning.share(start, asOf);
        }
        if (progress.actual !== undefined) {
            const plannedByDeadline = planning?.total !== undefined ? planning.total * planning.share(start, deadline) : undefined;
            if (ended) {
                progress.projection = progress.actual;
                progress.method = 'final';
            } else if (progress.planned && plannedByDeadline !== undefined) {
                progress.projection = progress.actual / progress.planned * plannedByDeadline;
                progress.method = 'forecast';
            } else {
                progress.projection = progress.actual * (deadline - start + 1) / (asOf - start + 1);
                progress.method = 'runRate';
            }
        }
    }
    if (progress.actual !== undefined && target !== undefined && progress.baseline !== undefined && target !== progress.baseline) {
        progress.reached = (progress.actual - progress.baseline) / (target - progress.baseline) * 100;
        progress.pace = progress.elapsed > 0 ? progress.reached / progress.elapsed : undefined;
    }
    if (progress.projection !== undefined && target !== undefined && assessment.comparator) {
        progress.onTrack = satisfies(progress.projection, assessment.comparator, target);
    }
    return progress;
}

interface Planning {
    /** The KPI's amount over the whole period (a flow), when forecast. */
    total?: number;
    /** What a level gains over the period (a stock). */
    inflow?: number;
    /** The share of the period's volume the plan delivers from day `from` to day `to`. */
    share(from: number, to: number): number;
}

/** How the time-phased forecast lays a KPI's amount on the calendar: as its funnel delivers. */
function planOf(assessment: KpiAssessment, context: ProgressContext): Planning | undefined {
    const funnel = assessment.sources[0] ? context.funnels.get(assessment.sources[0].stage.$container) : assessment.funnels[0];
    if (!funnel?.delivery || assessment.forecast === undefined) {
        return undefined;
    }
    const share = (from: number, to: number) => deliveredShare(funnel, from, to) ?? 0;
    const window = assessment.window;
    const total = assessment.overPeriod ?? (window?.kind === 'period' ? assessment.forecast : undefined);
    return { total, inflow: assessment.inflow, share };
}

interface Bucket {
    index: number;
    start: number;
    end: number;
}

/**
 * The `per` units from the start of the period to `asOf`: the calendar months that have ended for a KPI per
 * month, else whole units counted back from `asOf` as the forecast counts them (calendar quarters and years
 * back, 7 days, a day).
 */
function bucketsOf(per: PerUnit, start: number, asOf: number): Bucket[] {
    if (per === 'month') {
        return monthsOf({ start: dateOf(start), end: dateOf(asOf), days: asOf - start + 1 })
            .filter(month => lastDayOfMonth(month.month) <= asOf)
            .map((month, index) => ({ index, start: month.start, end: month.end }));
    }
    const buckets: Bucket[] = [];
    for (let end = asOf, first = unitEndingOn(dateOf(end), per); first >= start; end = first - 1, first = unitEndingOn(dateOf(end), per)) {
        buckets.unshift({ index: 0, start: first, end });
    }
    return buckets.map((bucket, index) => ({ ...bucket, index }));
}

/** The index of the `per` unit the deadline falls in, counting the buckets' indexes on. */
function deadlineIndex(per: PerUnit, buckets: Bucket[], deadline: number): number {
    const last = buckets.at(-1)!;
    const months = calendarMonthsIn(per);
    if (months !== undefined) {
        const a = dateOf(last.end);
        const b = dateOf(deadline);
        return last.index + Math.ceil(((b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()) / months);
    }
    return last.index + Math.ceil((deadline - last.end) / (last.end - last.start + 1));
}

/** The least-squares line through the points, read at `x`. */
function trendAt(points: Array<[number, number]>, x: number): number {
    const n = points.length;
    const meanX = points.reduce((sum, [px]) => sum + px, 0) / n;
    const meanY = points.reduce((sum, [, py]) => sum + py, 0) / n;
    const sxx = points.reduce((sum, [px]) => sum + (px - meanX) ** 2, 0);
    const sxy = points.reduce((sum, [px, py]) => sum + (px - meanX) * (py - meanY), 0);
    const slope = sxx > 0 ? sxy / sxx : 0;
    return meanY + slope * (x - meanX);
}

function monthsOfProgress(
    behaviour: MetricBehaviour, start: number, asOf: number, period: Period | undefined,
    value: (from: number, to: number) => number | undefined, planning: Planning | undefined, assessment: KpiAssessment, baseline: number | undefined
): MonthProgress[] {
    const range = period ?? { start: dateOf(start), end: dateOf(asOf), days: asOf - start + 1 };
    return monthsOf(range).filter(month => month.start <= asOf).map(month => {
        const end = Math.min(month.end, asOf);
        switch (behaviour) {
            case 'stock': return {
                month: month.month, actual: value(month.start, end),
                planned: planning?.inflow !== undefined ? (baseline ?? 0) + planning.inflow * planning.share(start, end) : undefined
            };
            case 'rate': return { month: month.month, actual: value(month.start, end), planned: assessment.forecast };
            case 'flow': return {
                month: month.month, actual: value(month.start, end),
                planned: planning?.total !== undefined ? planning.total * planning.share(month.start, end) : undefined
            };
        }
    });
}

/** A funnel's stages with actuals: planned and actual volumes so far, conversions, and the re-forecast. */
export function funnelProgress(log: ActualsLog, funnel: FunnelForecast, period: Period | undefined): FunnelProgress | undefined {
    if (log.first === undefined || log.last === undefined || !funnel.stages.some(stage => log.byStage.has(stage.stage))) {
        return undefined;
    }
    const start = period ? dayNumber(period.start) : log.first;
    const asOf = period ? Math.min(log.last, dayNumber(period.end)) : log.last;
    const stages: StageProgress[] = [];
    let previous: StageProgress | undefined;
    for (const stage of funnel.stages) {
        const metric = stageMetric(log, stage);
        const share = deliveredShare(funnel, start, asOf);
        const progress: StageProgress = {
            stage, metric,
            planned: stage.volume !== undefined && share !== undefined ? stage.volume * share : undefined,
            actual: metric ? actualValue(log, metric, { kind: 'stages', stages: [stage.stage] }, start, asOf) : undefined,
            plannedConversion: previous ? stage.conversion : undefined
        };
        if (previous?.actual && progress.actual !== undefined) {
            progress.actualConversion = progress.actual / previous.actual * 100;
        }
        if (!previous) {
            progress.reforecast = progress.actual !== undefined && progress.planned ? progress.actual / progress.planned * stage.volume! : stage.volume;
        } else if (previous.reforecast !== undefined) {
            const conversion = progress.actualConversion ?? progress.plannedConversion;
            progress.reforecast = conversion !== undefined ? previous.reforecast * conversion / 100 : undefined;
        }
        stages.push(progress);
        previous = progress;
    }
    return { funnel, stages };
}

/** The metric a stage's actuals count: its unit's when recorded there, else the first amount recorded there. */
function stageMetric(log: ActualsLog, stage: StageForecast): Metric | undefined {
    const here = (log.byStage.get(stage.stage) ?? []).filter(record => behaviourOf(record.metric) === 'flow');
    const unit = stage.unit && (findCatalogMetric(stage.unit)?.id ?? stage.unit);
    return (here.find(record => record.metric.name === unit) ?? here[0])?.metric;
}

/**
 * A rule fires when each of its conditions held on each of its last days (`for 7 days`; one day without `for`)
 * up to the last day the actuals cover; a day without a value does not count as holding.
 */
export function firedRule(log: ActualsLog, rule: AdjustRule): FiredRule | undefined {
    if (log.last === undefined || rule.conditions.length === 0) {
        return undefined;
    }
    const days = rule.duration !== undefined && rule.durationUnit ? Math.max(1, Math.round(rule.duration * daysIn(rule.durationUnit))) : 1;
    const to = log.last;
    const from = to - days + 1;
    const values: FiredRule['values'] = [];
    for (const condition of rule.conditions) {
        const metric = condition.metric?.ref;
        const threshold = condition.threshold?.value;
        if (!metric || threshold === undefined || !condition.comparator) {
            return undefined;
        }
        for (let day = from; day <= to; day++) {
            const value = actualValue(log, metric, WHOLE, day, day);
            if (value === undefined || !satisfies(value, condition.comparator, threshold)) {
                return undefined;
            }
        }
        const perDay = behaviourOf(metric) === 'flow';
        const over = actualValue(log, metric, WHOLE, from, to)!;
        values.push({ condition, metric, value: perDay ? over / days : over, perDay });
    }
    return { rule, from, to, values };
}

/** The day number of the last day of a month (YYYY-MM). */
function lastDayOfMonth(month: string): number {
    const [year, index] = month.split('-').map(Number);
    return dayNumber(new Date(Date.UTC(year, index, 1))) - 1;
}

export function dateOf(day: number): Date {
    return new Date(day * DAY_MS);
}

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}
