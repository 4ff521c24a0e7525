/**
 * The plausibility review of the funnels: numbers that each follow from their formula but that a
 * strategist would not believe — more people than the segment has, ads shown to each person dozens of
 * times a month, a funnel that loses money with nobody watching its return.
 */
import type { Funnel, Goal } from '../language/generated/ast.js';
import type { StrategyAnalysis } from './analyze.js';
import type { FunnelForecast, StageForecast } from './forecast.js';
import { findCatalogMetric } from './metric-catalog.js';
import { daysIn } from './period.js';

/** The standard metrics whose volumes count people, not events: no more of them than the segment has. */
const PEOPLE = new Set(['reach', 'leads', 'customers', 'subscribers', 'subscriber_growth']);

/**
 * The most ad impressions a month one person of the segment can plausibly be shown: 12, about three a
 * week, a frequency cap campaigns commonly set. Past it the audience burns out: the click-through rate
 * falls as the same people see the ad over and over, so conversions measured on a fresh audience no
 * longer hold.
 */
export const PLAUSIBLE_IMPRESSIONS_PER_PERSON_PER_MONTH = 12;

/** A stage that counts more people than its funnel's segment has. */
export interface SegmentOverflow {
    stage: StageForecast;
    /** The people metric the stage counts (customers, leads…). */
    unit: string;
    volume: number;
    size: number;
}

/**
 * The deepest stage of the funnel that counts people (by its unit, or by the metric of a KPI measured at it
 * alone) and forecasts more of them than the funnel's segment `size`: the narrowest stage that overflows is
 * the most telling one.
 */
export function segmentOverflow(forecast: FunnelForecast, analysis: StrategyAnalysis): SegmentOverflow | undefined {
    const size = forecast.funnel.segment?.ref?.size;
    if (size === undefined || !Number.isFinite(size)) {
        return undefined;
    }
    const measured = peopleMeasuredAt(analysis);
    for (const stage of [...forecast.stages].reverse()) {
        const unit = stage.unit !== undefined && PEOPLE.has(stage.unit) ? stage.unit : measured.get(stage);
        if (unit !== undefined && stage.volume !== undefined && stage.volume > size) {
            return { stage, unit, volume: stage.volume, size };
        }
    }
    return undefined;
}

/** Computed once per analysis: every funnel of a strategy asks. */
const measuredPeople = new WeakMap<StrategyAnalysis, Map<StageForecast, string>>();

/** The stages a KPI on a people metric is measured at, alone (`kpi customers >= 380 from F.Pay`). */
function peopleMeasuredAt(analysis: StrategyAnalysis): Map<StageForecast, string> {
    const cached = measuredPeople.get(analysis);
    if (cached) {
        return cached;
    }
    const measured = new Map<StageForecast, string>();
    measuredPeople.set(analysis, measured);
    for (const assessment of analysis.kpis.values()) {
        const id = assessment.metric ? findCatalogMetric(assessment.metric)?.id : undefined;
        if (id !== undefined && PEOPLE.has(id) && assessment.sources.length === 1) {
            measured.set(assessment.sources[0], id);
        }
    }
    return measured;
}

/** A stage that shows each person of the segment more ads a month than is plausible. */
export interface AdFrequency {
    stage: StageForecast;
    impressions: number;
    size: number;
    /** Impressions per person over the strategy period. */
    perPerson: number;
    /** Impressions per person a month. */
    perMonth: number;
    months: number;
}

/**
 * The funnel's stage with the most impressions, when impressions ÷ segment size ÷ months of the period
 * exceeds the plausible frequency: 666 000 impressions to 6 500 people over six months are ≈ 102 each,
 * ≈ 17 a month.
 */
export function implausibleAdFrequency(forecast: FunnelForecast, periodDays: number | undefined): AdFrequency | undefined {
    const size = forecast.funnel.segment?.ref?.size;
    if (size === undefined || !(size > 0) || periodDays === undefined) {
        return undefined;
    }
    const shown = forecast.stages.filter(stage => stage.unit === 'impressions' && stage.volume !== undefined);
    const stage = shown.reduce<StageForecast | undefined>((most, s) => most === undefined || s.volume! > most.volume! ? s : most, undefined);
    if (!stage) {
        return undefined;
    }
    const months = periodDays / daysIn('month');
    const perPerson = stage.volume! / size;
    const perMonth = perPerson / months;
    return perMonth > PLAUSIBLE_IMPRESSIONS_PER_PERSON_PER_MONTH ? { stage, impressions: stage.volume!, size, perPerson, perMonth, months } : undefined;
}

/** The metrics that watch whether a funnel pays back. */
const RETURN_METRICS = new Set(['romi', 'roas', 'roi']);

/**
 * Whether a KPI on ROMI, ROAS or ROI watches the funnel: one measured at a stage of it, or one of a goal
 * about the funnel's segment or one of its products.
 */
function returnWatched(funnel: Funnel, goals: readonly Goal[]): boolean {
    const products = new Set(funnel.sells.map(item => item.product?.ref).filter(product => product !== undefined));
    return goals.some(goal => goal.kpis.some(kpi => {
        const id = kpi.metric?.ref ? findCatalogMetric(kpi.metric.ref.name)?.id : undefined;
        if (id === undefined || !RETURN_METRICS.has(id)) {
            return false;
        }
        return kpi.sources.some(source => source.ref?.$container === funnel)
            || (funnel.segment?.ref !== undefined && goal.segments.some(segment => segment.ref === funnel.segment?.ref))
            || goal.products.some(product => product.ref !== undefined && products.has(product.ref));
    }));
}

/** A funnel whose gross profit does not cover its spend (ROMI below zero) while no KPI watches its return. */
export function unwatchedLoss(forecast: FunnelForecast, goals: readonly Goal[]): boolean {
    const { romi } = forecast.economics;
    return romi !== undefined && romi < 0 && !returnWatched(forecast.funnel, goals);
}
