import type { Comparator, Funnel, Goal, Kpi, Stage } from '../language/generated/ast.js';
import { parseIsoDate } from './dates.js';
import { currencyCode } from './money.js';
import type { FunnelForecast, StageForecast } from './forecast.js';
import { findCatalogMetric, forecastOf, type MetricKind, type MetricUnit } from './metric-catalog.js';
import { perUnit, type Period } from './period.js';

export type DeadlineSource = 'kpi' | 'goal' | 'period';

export interface KpiAssessment {
    kpi: Kpi;
    /** The metric's id as declared (a standard metric's catalog id, or a custom metric's name). */
    metric?: string;
    unit?: MetricUnit;
    kind?: MetricKind;
    target?: number;
    /** When the target is due: the KPI's own date, else its goal's deadline, else the end of the period. */
    deadline?: { date: Date; source: DeadlineSource };
    /** The forecast of the metric from the linked funnel stages, in the KPI's terms (per its `per` unit). */
    forecast?: number;
    /** The funnel stages the KPI is measured at (`from`), with their forecasts. */
    sources: StageForecast[];
    /** Whether the forecast satisfies the target; undefined when either is unknown. */
    met?: boolean;
    /**
     * The time unit the KPI's numbers are per (`per month`), for an amount that accumulates over time; a
     * rate or a cost per unit has none, whatever the KPI says (a CPL is not "a month").
     */
    per?: 'day' | 'week' | 'month' | 'quarter' | 'year';
}

export function assessKpi(
    kpi: Kpi, period: Period | undefined,
    stages: ReadonlyMap<Stage, StageForecast>, funnels: ReadonlyMap<Funnel, FunnelForecast>
): KpiAssessment {
    const metric = kpi.metric?.ref;
    const sources = kpi.sources.flatMap(ref => {
        const forecast = ref.ref ? stages.get(ref.ref) : undefined;
        return forecast ? [forecast] : [];
    });
    // A number past the largest a computer holds (a typo `number-too-large` reports) gives no comparison.
    const forecast = metric && sources.length === kpi.sources.length
        ? finite(forecastMetric(metric.name.toLowerCase(), metric.unit, sources, kpi, period, funnels))
        : undefined;
    const target = finite(kpi.target?.value);
    return {
        kpi, sources, forecast, target,
        metric: metric?.name,
        unit: metric?.unit,
        kind: metric?.kind,
        deadline: deadlineOf(kpi, period),
        per: kpi.per && (!metric || isAmountOverTime(metric.name.toLowerCase(), metric.unit))
            ? kpi.per.replace(/s$/, '') as KpiAssessment['per']
            : undefined,
        met: forecast !== undefined && target !== undefined && kpi.comparator
            ? satisfies(forecast, kpi.comparator, target)
            : undefined
    };
}

function finite(value: number | undefined): number | undefined {
    return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function forecastMetric(
    metric: string, unit: MetricUnit | undefined, sources: StageForecast[], kpi: Kpi,
    period: Period | undefined, funnels: ReadonlyMap<Funnel, FunnelForecast>
): number | undefined {
    const how = forecastOf(metric, unit);
    if (sources.length === 0 || how === undefined) {
        return undefined;
    }
    const single = sources.length === 1 ? sources[0] : undefined;
    switch (how) {
        case 'costPerUnit': {
            const per = findCatalogMetric(metric)?.costOf?.per ?? 1;
            return single?.costPerUnit !== undefined ? single.costPerUnit * per : undefined;
        }
        case 'conversion':
            return single?.conversion;
        case 'volume': {
            const volumes = sources.map(source => source.volume);
            return volumes.some(volume => volume === undefined) ? undefined : scaled((volumes as number[]).reduce((a, b) => a + b, 0), kpi, period);
        }
        default: {
            // An economics figure of the funnel whose last stage the KPI is measured at.
            const funnel = single ? funnels.get(single.stage.$container) : undefined;
            const value = funnel?.stages.at(-1) === single ? funnel?.economics[how] : undefined;
            return value !== undefined && isAmountOverTime(metric, unit) ? scaled(value, kpi, period) : value;
        }
    }
}

/**
 * Whether a metric is an amount that accumulates over time (orders, revenue), which a KPI restates per its
 * `per` unit, rather than a rate or a cost per unit (conversion, ROMI, CPL), which `per` does not change.
 * `metric` is the metric's name in lower case.
 */
export function isAmountOverTime(metric: string, unit: MetricUnit | undefined): boolean {
    const how = forecastOf(metric, unit);
    return how !== 'costPerUnit' && how !== 'romi' && how !== 'roas' && unit !== 'percent';
}

/** A total over the strategy period, restated per the KPI's `per` unit when it has one. */
function scaled(total: number, kpi: Kpi, period: Period | undefined): number | undefined {
    if (!kpi.per) {
        return total;
    }
    return period ? perUnit(total, period.days, kpi.per) : undefined;
}

function deadlineOf(kpi: Kpi, period: Period | undefined): KpiAssessment['deadline'] {
    const own = kpi.deadline ? parseIsoDate(kpi.deadline) : undefined;
    if (own) {
        return { date: own, source: 'kpi' };
    }
    const goal = kpi.$container as Goal | undefined;
    const ofGoal = goal?.deadline ? parseIsoDate(goal.deadline) : undefined;
    if (ofGoal) {
        return { date: ofGoal, source: 'goal' };
    }
    return period ? { date: period.end, source: 'period' } : undefined;
}

export function satisfies(value: number, comparator: Comparator, target: number): boolean {
    switch (comparator) {
        case '>=': case '≥': return value >= target;
        case '>': return value > target;
        case '<=': case '≤': return value <= target;
        case '<': return value < target;
        case '=': return Math.abs(value - target) <= Math.abs(target) * 0.05;
    }
}

/** The lowest and highest values a comparator allows, for telling whether two targets can both hold. */
function allowed(comparator: Comparator, target: number): { min: number; max: number; openMin: boolean; openMax: boolean } {
    switch (comparator) {
        case '>=': case '≥': return { min: target, max: Infinity, openMin: false, openMax: true };
        case '>': return { min: target, max: Infinity, openMin: true, openMax: true };
        case '<=': case '≤': return { min: -Infinity, max: target, openMin: true, openMax: false };
        case '<': return { min: -Infinity, max: target, openMin: true, openMax: true };
        case '=': return { min: target, max: target, openMin: false, openMax: false };
    }
}

/**
 * Pairs of KPIs of one goal on the same metric (and the same `per`) whose targets cannot both hold,
 * such as `orders >= 1000` and `orders <= 500`.
 */
export function conflictingKpis(goal: Goal): Array<[Kpi, Kpi]> {
    const conflicts: Array<[Kpi, Kpi]> = [];
    const comparable = goal.kpis.filter(kpi => kpi.metric?.ref && kpi.comparator && kpi.target);
    comparable.forEach((first, i) => {
        for (const second of comparable.slice(i + 1)) {
            if (first.metric.ref === second.metric.ref && first.per === second.per
                && targetUnit(first) === targetUnit(second)
                && disjoint(allowed(first.comparator!, first.target!.value), allowed(second.comparator!, second.target!.value))) {
                conflicts.push([first, second]);
            }
        }
    });
    return conflicts;
}

/** A target's unit with the currency spelled one way: `₽` and `RUB` are the same unit. */
function targetUnit(kpi: Kpi): string {
    return kpi.target?.unit ? currencyCode(kpi.target.unit) : '';
}

function disjoint(a: ReturnType<typeof allowed>, b: ReturnType<typeof allowed>): boolean {
    const low = Math.max(a.min, b.min);
    const high = Math.min(a.max, b.max);
    if (low < high) {
        return false;
    }
    if (low > high) {
        return true;
    }
    // They touch at one value: both must include it.
    const aIncludes = (low !== a.min || !a.openMin) && (low !== a.max || !a.openMax);
    const bIncludes = (low !== b.min || !b.openMin) && (low !== b.max || !b.openMax);
    return !(aIncludes && bIncludes);
}
