import type { Comparator, Funnel, Goal, Kpi, Product, Segment, Stage } from '../language/generated/ast.js';
import { parseIsoDate } from './dates.js';
import { deliveredShare, type FunnelEconomics, type FunnelForecast, type StageForecast } from './forecast.js';
import { writtenUnit } from './money.js';
import {
    behaviourOf, findCatalogMetric, forecastOf, rateParts, unitMisfit,
    type MetricBehaviour, type MetricKind, type MetricLike, type MetricUnit, type UnitMisfit
} from './metric-catalog.js';
import { daysIn, isWithin, type Period } from './period.js';
import { dayNumber, unitEndingOn } from './schedule.js';

export type DeadlineSource = 'kpi' | 'goal' | 'period';

export type PerUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The stretch of time a KPI's forecast covers:
 * - `until`: from the start of the period to the KPI's date (an amount by a date);
 * - `lastUnit`: the last `per` unit up to the KPI's date (`1 500 orders a month by 31 March`: the month to 31 March);
 * - `averageUnit`: an average `per` unit of the period (a KPI per month with no date of its own);
 * - `period`: the whole period (a rate or a cost per unit, which a window does not change).
 */
export type ForecastWindow =
    | { kind: 'until'; end: Date }
    | { kind: 'lastUnit'; end: Date; unit: PerUnit }
    | { kind: 'averageUnit'; unit: PerUnit }
    | { kind: 'period' };

/**
 * Why a KPI has no forecast:
 * - `noFunnel`: no `from`, and the goal has no funnel (none of its KPIs is measured at one, no funnel is for
 *   its segments or sells its products);
 * - `notFromFunnels`: the goal's funnels do not give this metric (no stage counts it, it is no economics figure);
 * - `stageUnknown`: a `from` stage has no forecast volume (or conversion, or cost);
 * - `rateMismatch`: the `from` stage's conversion is a different rate (ER read off a click-to-subscribe step);
 * - `noPeriod`: an amount per month, or by a date, in a strategy without a period;
 * - `outsidePeriod`: an amount due outside the period (`kpi-deadline-outside-period` says so): the plan has no
 *   days there to count;
 * - `lifetimeRevenue`: revenue or gross profit of customers who pay more than once (a subscription, repeat
 *   purchases): the plan says what they bring over their lifetime, not when each payment comes.
 */
export type NotForecast = 'noFunnel' | 'notFromFunnels' | 'stageUnknown' | 'rateMismatch' | 'noPeriod' | 'outsidePeriod' | 'lifetimeRevenue';

export interface KpiAssessment {
    kpi: Kpi;
    /** The metric's id as declared (a standard metric's catalog id, or a custom metric's name). */
    metric?: string;
    unit?: MetricUnit;
    kind?: MetricKind;
    behaviour?: MetricBehaviour;
    /** The comparator and the target: as written, or for a growth (`+20%`) worked out from the baseline. */
    comparator?: Comparator;
    target?: number;
    /** `%` or the ISO currency code the target is written in (for a growth, the baseline's). */
    written?: string;
    /** A target or baseline in a unit that does not fit the metric (`kpi sales >= 20%`): nothing is compared. */
    misfit?: { property: 'target' | 'baseline'; misfit: UnitMisfit };
    /** When the target is due: the KPI's own date, else its goal's deadline, else the end of the period. */
    deadline?: { date: Date; source: DeadlineSource };
    /** The forecast of the metric in the KPI's terms, over `window`; for a stock, the baseline plus the inflow. */
    forecast?: number;
    /** The stretch of time the forecast covers. */
    window?: ForecastWindow;
    /** For an amount forecast over part of the period: the same over the whole period (`≈ 62 of the 389`). */
    overPeriod?: number;
    /** For a stock: what the plan adds by the date (the forecast less the baseline; the whole forecast without one). */
    inflow?: number;
    /** Where the forecast comes from: the KPI's `from` stages, or the goal's funnels for a KPI without `from`. */
    basis?: 'stages' | 'funnels';
    /** The funnel stages the KPI is measured at (`from`), with their forecasts. */
    sources: StageForecast[];
    /** The funnels a KPI without `from` is forecast from. */
    funnels: FunnelForecast[];
    /** Why there is no forecast, when the metric is known and there is none. */
    notForecast?: NotForecast;
    /**
     * Whether the forecast satisfies the target; undefined when either is unknown, when the units misfit, or
     * for a stock without a baseline that the inflow alone does not reach (the level now is unknown).
     */
    met?: boolean;
    /**
     * The time unit the KPI's numbers are per (`per month`), for an amount that accumulates over time; a
     * rate, a cost per unit or a level has none, whatever the KPI says (a CPL is not "a month").
     */
    per?: PerUnit;
}

/** What a KPI's assessment needs from the rest of the analysis. */
export interface KpiContext {
    period?: Period;
    stages: ReadonlyMap<Stage, StageForecast>;
    funnels: ReadonlyMap<Funnel, FunnelForecast>;
    /** The forecasts of every funnel in the strategy, in declaration order (to find a goal's funnels). */
    allFunnels: readonly FunnelForecast[];
    /** Each goal's funnels, once found: the KPIs of a goal share them. */
    goalFunnels?: Map<Goal, FunnelForecast[]>;
}

/** The comparator, target and its written unit of a KPI; for a growth (`+20%`), from its baseline. */
export function kpiTarget(kpi: Kpi): { comparator: Comparator; value: number; written?: string } | undefined {
    if (kpi.growth) {
        const baseline = finite(kpi.baseline?.value);
        if (baseline === undefined || kpi.growth.value === undefined) {
            return undefined;
        }
        const up = kpi.growth.sign === '+';
        return {
            comparator: up ? '>=' : '<=',
            value: baseline * (1 + (up ? 1 : -1) * kpi.growth.value / 100),
            written: writtenUnit(kpi.baseline)
        };
    }
    const value = finite(kpi.target?.value);
    return kpi.comparator && value !== undefined ? { comparator: kpi.comparator, value, written: writtenUnit(kpi.target) } : undefined;
}

export function assessKpi(kpi: Kpi, context: KpiContext): KpiAssessment {
    const metric = kpi.metric?.ref;
    const target = kpiTarget(kpi);
    const behaviour = metric ? behaviourOf(metric) : undefined;
    const misfit = metric && misfitOf(kpi, metric.unit);
    const per = kpi.per && behaviour === 'flow' ? kpi.per.replace(/s$/, '') as PerUnit : undefined;
    const deadline = deadlineOf(kpi, context.period);
    const assessment: KpiAssessment = {
        kpi, sources: [], funnels: [], behaviour, misfit, deadline, per,
        metric: metric?.name,
        unit: metric?.unit,
        kind: metric?.kind,
        comparator: target?.comparator,
        target: target?.value,
        written: target?.written
    };
    if (!metric || !behaviour) {
        return assessment;
    }
    const sources = kpi.sources.flatMap(ref => {
        const forecast = ref.ref ? context.stages.get(ref.ref) : undefined;
        return forecast ? [forecast] : [];
    });
    let outcome: Outcome;
    if (kpi.sources.length > 0) {
        assessment.basis = 'stages';
        assessment.sources = sources;
        outcome = sources.length === kpi.sources.length
            ? fromStages(metric, behaviour, sources, assessment, context)
            : { notForecast: 'stageUnknown' };
    } else {
        const funnels = goalFunnels(kpi.$container, context);
        assessment.basis = 'funnels';
        assessment.funnels = funnels;
        outcome = funnels.length > 0 ? fromFunnels(metric, behaviour, funnels, assessment, context) : { notForecast: 'noFunnel' };
    }
    if (outcome.value === undefined || !Number.isFinite(outcome.value)) {
        assessment.notForecast = outcome.notForecast ?? 'stageUnknown';
        return assessment;
    }
    assessment.window = outcome.window;
    assessment.overPeriod = outcome.overPeriod;
    const baseline = behaviour === 'stock' && !misfit ? finite(kpi.baseline?.value) : undefined;
    if (behaviour === 'stock') {
        assessment.inflow = outcome.value;
    }
    assessment.forecast = outcome.value + (baseline ?? 0);
    if (target && !misfit) {
        const met = satisfies(assessment.forecast, target.comparator, target.value);
        // Without a baseline the level now is unknown: the inflow alone can show a `>=` met, nothing else.
        const knowable = behaviour !== 'stock' || baseline !== undefined || (met && (target.comparator.startsWith('>') || target.comparator === '≥'));
        assessment.met = knowable ? met : undefined;
    }
    return assessment;
}

/** The first number of the KPI written in a unit that does not fit its metric: the target, else the baseline. */
function misfitOf(kpi: Kpi, unit: MetricUnit | undefined): KpiAssessment['misfit'] {
    const target = kpi.target && unitMisfit(unit, writtenUnit(kpi.target));
    if (target) {
        return { property: 'target', misfit: target };
    }
    const baseline = kpi.baseline && unitMisfit(unit, writtenUnit(kpi.baseline));
    return baseline ? { property: 'baseline', misfit: baseline } : undefined;
}

interface Outcome {
    value?: number;
    window?: ForecastWindow;
    overPeriod?: number;
    notForecast?: NotForecast;
}

/** A KPI measured at funnel stages (`from F.Stage`): their volumes, conversion, cost per unit or the funnel's economics. */
function fromStages(metric: MetricLike, behaviour: MetricBehaviour, sources: StageForecast[], assessment: KpiAssessment, context: KpiContext): Outcome {
    const how = forecastOf(metric.name, metric.unit);
    const single = sources.length === 1 ? sources[0] : undefined;
    switch (how) {
        case undefined:
            return { notForecast: 'notFromFunnels' };
        case 'costPerUnit': {
            const per = findCatalogMetric(metric.name)?.costOf?.per ?? 1;
            return single?.costPerUnit !== undefined ? { value: single.costPerUnit * per, window: { kind: 'period' } } : { notForecast: 'stageUnknown' };
        }
        case 'conversion': {
            if (!single || single.conversion === undefined) {
                return { notForecast: 'stageUnknown' };
            }
            return rateFits(metric, single, context) ? { value: single.conversion, window: { kind: 'period' } } : { notForecast: 'rateMismatch' };
        }
        case 'volume': {
            if (sources.some(source => source.volume === undefined)) {
                return { notForecast: 'stageUnknown' };
            }
            return overWindow(sources.map(source => ({ funnel: context.funnels.get(source.stage.$container), total: source.volume! })), behaviour, assessment, context);
        }
        default: {
            // An economics figure of the funnel whose last stage the KPI is measured at.
            const funnel = single ? context.funnels.get(single.stage.$container) : undefined;
            const value = funnel?.stages.at(-1) === single ? funnel?.economics[how] : undefined;
            if (value === undefined) {
                return { notForecast: 'stageUnknown' };
            }
            if (behaviour === 'flow' && paidMoreThanOnce(funnel!)) {
                return { notForecast: 'lifetimeRevenue' };
            }
            return behaviour === 'flow' ? overWindow([{ funnel, total: value }], behaviour, assessment, context) : { value, window: { kind: 'period' } };
        }
    }
}

/**
 * A KPI without `from`, forecast from its goal's funnels: a count from the stages that count it, a cost per
 * unit or an economics figure (CAC, CPL, revenue, ROMI…) from the funnels' totals added up.
 */
function fromFunnels(metric: MetricLike, behaviour: MetricBehaviour, funnels: FunnelForecast[], assessment: KpiAssessment, context: KpiContext): Outcome {
    const how = forecastOf(metric.name, metric.unit);
    const id = findCatalogMetric(metric.name)?.id ?? metric.name;
    if (how === 'volume') {
        // Every funnel of the goal must say where it counts the metric: a sum over some of them would fall short.
        const stages = funnels.map(funnel => [...funnel.stages].reverse().find(stage => stage.unit === id));
        if (stages.some(stage => stage?.volume === undefined)) {
            return { notForecast: 'notFromFunnels' };
        }
        assessment.sources = stages as StageForecast[];
        return overWindow(stages.map(stage => ({ funnel: context.funnels.get(stage!.stage.$container), total: stage!.volume! })), behaviour, assessment, context);
    }
    const totals = addUp(funnels.map(funnel => funnel.economics));
    const costOf = findCatalogMetric(metric.name)?.costOf;
    if (how === 'costPerUnit' && costOf && id !== 'cac' && id !== 'cpl') {
        // CPC, CPM…: what the funnels spent up to the stages that count clicks, impressions… ÷ those volumes.
        const stages = funnels.flatMap(funnel => funnel.stages.filter(stage => stage.unit === costOf.metric && stage.volume));
        const volume = stages.reduce((sum, stage) => sum + stage.volume!, 0);
        const spend = stages.reduce((sum, stage) => sum + stage.spend, 0);
        return volume > 0 && spend > 0 ? { value: spend / volume * costOf.per, window: { kind: 'period' } } : { notForecast: 'notFromFunnels' };
    }
    const figure = how === 'costPerUnit' ? (id === 'cac' ? 'cac' : 'cpl') : how;
    const value = figure === 'conversion' || figure === undefined ? undefined : totals[figure];
    if (value === undefined) {
        return { notForecast: 'notFromFunnels' };
    }
    if (behaviour !== 'flow') {
        return { value, window: { kind: 'period' } };
    }
    if (funnels.some(paidMoreThanOnce)) {
        return { notForecast: 'lifetimeRevenue' };
    }
    // An amount of several funnels (revenue…): each funnel's share by the date, added up.
    const each = funnels.map(funnel => ({ funnel, total: funnel.economics[figure as 'revenue'] ?? 0 }));
    return overWindow(each, behaviour, assessment, context);
}

/**
 * Whether a funnel's customers pay more than once (a subscription, repeat purchases): its revenue is what they
 * bring over their lifetime, paid at times the plan does not state, so no revenue by a date can be read from it.
 */
function paidMoreThanOnce(funnel: FunnelForecast): boolean {
    const { price, ltv } = funnel.economics;
    return price !== undefined && ltv !== undefined && ltv > price * (1 + 1e-9);
}

/** The economics of several funnels as one: amounts added up, ratios recomputed from the sums. */
function addUp(all: FunnelEconomics[]): Partial<Record<'revenue' | 'grossProfit' | 'romi' | 'roas' | 'cac' | 'cpl' | 'ltv', number>> {
    const sum = (pick: (e: FunnelEconomics) => number | undefined) => all.every(e => pick(e) !== undefined)
        ? all.reduce((total, e) => total + pick(e)!, 0)
        : undefined;
    const spend = sum(e => e.spend) ?? 0;
    const revenue = sum(e => e.revenue);
    const grossProfit = sum(e => e.grossProfit);
    const purchases = sum(e => e.purchases);
    // Leads only where a stage counts them: CPL over the funnels that have leads.
    const withLeads = all.filter(e => e.cpl !== undefined && e.cpl > 0);
    const leads = withLeads.reduce((total, e) => total + e.spend / e.cpl!, 0);
    const leadSpend = withLeads.reduce((total, e) => total + e.spend, 0);
    return {
        revenue, grossProfit,
        romi: grossProfit !== undefined && spend > 0 ? (grossProfit - spend) / spend * 100 : undefined,
        roas: revenue !== undefined && spend > 0 ? revenue / spend * 100 : undefined,
        cac: purchases && spend > 0 ? spend / purchases : undefined,
        cpl: leads > 0 ? leadSpend / leads : undefined,
        // The mean value of a customer of all the funnels: their revenue over their customers.
        ltv: revenue !== undefined && purchases ? revenue / purchases : undefined
    };
}

/**
 * The funnels a goal's KPIs without `from` are forecast from: the funnels its other KPIs are measured at,
 * else the funnels for its segments or selling its products.
 */
export function goalFunnels(goal: Goal, context: KpiContext): FunnelForecast[] {
    let funnels = context.goalFunnels?.get(goal);
    if (!funnels) {
        funnels = funnelsOf(goal, context);
        context.goalFunnels?.set(goal, funnels);
    }
    return funnels;
}

function funnelsOf(goal: Goal, context: KpiContext): FunnelForecast[] {
    const index = funnelIndexOf(context.allFunnels);
    const found = new Set<FunnelForecast>();
    for (const kpi of goal.kpis) {
        for (const source of kpi.sources) {
            const forecast = source.ref && index.byFunnel.get(source.ref.$container);
            if (forecast) {
                found.add(forecast);
            }
        }
    }
    if (found.size === 0) {
        for (const segment of goal.segments) {
            (segment.ref && index.bySegment.get(segment.ref))?.forEach(forecast => found.add(forecast));
        }
        for (const product of goal.products) {
            (product.ref && index.byProduct.get(product.ref))?.forEach(forecast => found.add(forecast));
        }
    }
    return [...found].sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/**
 * The strategy's funnel forecasts by funnel, by the segment they are for and by the products they sell, and
 * each one's place in the plan: built once per analysis, so that finding each goal's funnels does not go
 * through every funnel (a strategy of a market per city has as many funnels as goals).
 */
interface FunnelIndex {
    position: Map<FunnelForecast, number>;
    byFunnel: Map<Funnel, FunnelForecast>;
    bySegment: Map<Segment, FunnelForecast[]>;
    byProduct: Map<Product, FunnelForecast[]>;
}

const funnelIndexes = new WeakMap<readonly FunnelForecast[], FunnelIndex>();

function funnelIndexOf(all: readonly FunnelForecast[]): FunnelIndex {
    let index = funnelIndexes.get(all);
    if (!index) {
        index = { position: new Map(), byFunnel: new Map(), bySegment: new Map(), byProduct: new Map() };
        const add = <K>(map: Map<K, FunnelForecast[]>, key: K, forecast: FunnelForecast) => {
            const list = map.get(key);
            if (!list) {
                map.set(key, [forecast]);
            } else if (list.at(-1) !== forecast) {
                list.push(forecast);
            }
        };
        for (const [position, forecast] of all.entries()) {
            index.position.set(forecast, position);
            index.byFunnel.set(forecast.funnel, forecast);
            const segment = forecast.funnel.segment?.ref;
            if (segment) {
                add(index.bySegment, segment, forecast);
            }
            for (const item of forecast.funnel.sells) {
                if (item.product?.ref) {
                    add(index.byProduct, item.product.ref, forecast);
                }
            }
        }
        funnelIndexes.set(all, index);
    }
    return index;
}

/**
 * Whether a stage's conversion is the KPI's rate: CTR is clicks of impressions, so the stage must count
 * clicks and the stage before it impressions; a unit nobody stated is given the benefit of the doubt.
 */
function rateFits(metric: MetricLike, stage: StageForecast, context: KpiContext): boolean {
    const parts = rateParts(metric);
    if (!parts) {
        return true;
    }
    const stages = context.funnels.get(stage.stage.$container)?.stages ?? [];
    const previous = stages[stages.indexOf(stage) - 1];
    const same = (unit: string | undefined, wanted: string) => unit === undefined || unit === (findCatalogMetric(wanted)?.id ?? wanted);
    return same(stage.unit, parts.of) && same(previous?.unit, parts.per);
}

/**
 * An amount over the KPI's window: each funnel's total over the period × the share of it that comes in
 * within the window. Without a period only a KPI with neither `per` nor a date of its own can be forecast
 * (the plan's total).
 */
function overWindow(parts: Array<{ funnel: FunnelForecast | undefined; total: number }>, behaviour: MetricBehaviour, assessment: KpiAssessment, context: KpiContext): Outcome {
    const overPeriod = parts.reduce((sum, part) => sum + part.total, 0);
    const { period } = context;
    const deadline = assessment.deadline;
    if (!period) {
        return assessment.per || deadline ? { notForecast: 'noPeriod' } : { value: overPeriod, window: { kind: 'period' } };
    }
    const per = behaviour === 'flow' ? assessment.per : undefined;
    if (per && deadline?.source === 'period') {
        return { value: overPeriod * daysIn(per) / period.days, window: { kind: 'averageUnit', unit: per }, overPeriod };
    }
    const end = deadline!.date;
    if (!isWithin(end, period)) {
        return { notForecast: 'outsidePeriod' };
    }
    const to = dayNumber(end);
    const from = per ? unitEndingOn(end, per) : dayNumber(period.start);
    let value = 0;
    for (const part of parts) {
        const share = part.funnel ? deliveredShare(part.funnel, from, to) : undefined;
        if (share === undefined) {
            return { notForecast: 'noPeriod' };
        }
        value += part.total * share;
    }
    const window: ForecastWindow = per ? { kind: 'lastUnit', end, unit: per } : { kind: 'until', end };
    return { value, window, overPeriod };
}

function finite(value: number | undefined): number | undefined {
    return value !== undefined && Number.isFinite(value) ? value : undefined;
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
    const comparable = goal.kpis.flatMap(kpi => {
        const target = kpi.metric?.ref ? kpiTarget(kpi) : undefined;
        return target ? [{ kpi, target }] : [];
    });
    comparable.forEach((first, i) => {
        for (const second of comparable.slice(i + 1)) {
            if (first.kpi.metric.ref === second.kpi.metric.ref && first.kpi.per === second.kpi.per
                && (first.target.written ?? '') === (second.target.written ?? '')
                && disjoint(allowed(first.target.comparator, first.target.value), allowed(second.target.comparator, second.target.value))) {
                conflicts.push([first.kpi, second.kpi]);
            }
        }
    });
    return conflicts;
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
