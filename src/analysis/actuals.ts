/**
 * What actually happened: the `actuals` blocks of a strategy's folder laid out on the calendar, and the value
 * of a metric over any stretch of days read from them. A count or an amount (a flow: leads, spend) is spread
 * evenly over the days of its block; a rate (CTR, CPL) holds on each day of its block; a level (a stock:
 * subscribers) is as measured at the block's last day. A metric nobody recorded but whose formula names
 * recorded ones is computed from them over the same days (CTR = clicks ÷ impressions × 100).
 */
import {
    isBinaryExpression, isMetricCall, isNumberLiteral,
    type Actuals, type ActualEntry, type Channel, type Expression, type Goal, type Metric, type Stage
} from '../language/generated/ast.js';
import { parseIsoDate } from './dates.js';
import { behaviourOf, type MetricBehaviour } from './metric-catalog.js';
import { writtenUnit } from './money.js';
import { dayNumber } from './schedule.js';

/** One recorded value: the metric, over days `start` to `end` (day numbers, both included), and where. */
export interface ActualRecord {
    entry: ActualEntry;
    metric: Metric;
    value: number;
    /** `%` or the currency the value was written in. */
    written?: string;
    start: number;
    end: number;
    channel?: Channel;
    stage?: Stage;
    goal?: Goal;
}

/**
 * Where a value is read: at funnel stages, for a goal, or the strategy's as a whole. The strategy's value of a
 * metric is what was recorded without a place; when nothing was, the values recorded on channels added up,
 * else those at stages, else those for goals.
 */
export type ActualScope =
    | { kind: 'stages'; stages: readonly Stage[] }
    | { kind: 'goal'; goal: Goal }
    | { kind: 'whole' };

export const WHOLE: ActualScope = { kind: 'whole' };

export interface ActualsLog {
    records: ActualRecord[];
    /** The records of each metric, in file order. */
    byMetric: Map<Metric, ActualRecord[]>;
    /** The records counted at each funnel stage, in file order. */
    byStage: Map<Stage, ActualRecord[]>;
    /** The goals some record is `for`. */
    goals: Set<Goal>;
    /** The first and the last day any record covers (day numbers): the last is the day the progress is "as of". */
    first?: number;
    last?: number;
    /** Each record that repeats an earlier one (same metric, same place, overlapping days), with the earlier one. */
    duplicates: Map<ActualEntry, ActualRecord>;
    /** The day-by-day series of each metric and scope read so far. */
    series: Map<Metric, Map<unknown, Series>>;
}

/** The stretch of days an `actuals` block covers: a day, a week (7 days) or a calendar month from its first day, or a range. */
export function actualsDays(block: Actuals): { start: number; end: number } | undefined {
    if (block.range) {
        const start = block.range.start ? parseIsoDate(block.range.start) : undefined;
        const end = block.range.end ? parseIsoDate(block.range.end) : undefined;
        return start && end && end >= start ? { start: dayNumber(start), end: dayNumber(end) } : undefined;
    }
    const start = block.start ? parseIsoDate(block.start) : undefined;
    if (!start) {
        return undefined;
    }
    const first = dayNumber(start);
    switch (block.unit) {
        case 'day': return { start: first, end: first };
        case 'week': return { start: first, end: first + 6 };
        case 'month': {
            const next = new Date(start);
            next.setUTCMonth(next.getUTCMonth() + 1);
            // A month from the 31st ends on the last day of the next month, not a few days into the one after.
            const end = next.getUTCDate() === start.getUTCDate() ? dayNumber(next) - 1 : dayNumber(next) - next.getUTCDate();
            return { start: first, end };
        }
        default: return undefined;
    }
}

/** Lays out every entry of the blocks on the calendar; entries whose metric or days are unknown are left out. */
export function collectActuals(blocks: readonly Actuals[]): ActualsLog {
    const log: ActualsLog = { records: [], byMetric: new Map(), byStage: new Map(), goals: new Set(), duplicates: new Map(), series: new Map() };
    for (const block of blocks) {
        const days = actualsDays(block);
        if (!days) {
            continue;
        }
        for (const entry of block.entries) {
            const metric = entry.metric?.ref;
            const value = entry.value?.value;
            if (!metric || value === undefined || !Number.isFinite(value)) {
                continue;
            }
            const record: ActualRecord = {
                entry, metric, value, written: writtenUnit(entry.value), ...days,
                channel: entry.channel?.ref, stage: entry.stage?.ref, goal: entry.goal?.ref
            };
            log.records.push(record);
            index(log, record);
        }
    }
    findDuplicates(log);
    return log;
}

/** The actuals as they stood at the end of day `day`: the records that ended by then. */
export function actualsUntil(log: ActualsLog, day: number): ActualsLog {
    const until: ActualsLog = { records: log.records.filter(record => record.end <= day), byMetric: new Map(), byStage: new Map(), goals: new Set(), duplicates: log.duplicates, series: new Map() };
    for (const record of until.records) {
        index(until, record);
    }
    return until;
}

/** Files a record of `log.records` under its metric, stage and goal, and widens the days the log covers. */
function index(log: ActualsLog, record: ActualRecord): void {
    addTo(log.byMetric, record.metric, record);
    if (record.stage) {
        addTo(log.byStage, record.stage, record);
    }
    if (record.goal) {
        log.goals.add(record.goal);
    }
    log.first = Math.min(log.first ?? record.start, record.start);
    log.last = Math.max(log.last ?? record.end, record.end);
}

function addTo<K>(map: Map<K, ActualRecord[]>, key: K, record: ActualRecord): void {
    const list = map.get(key);
    if (list) {
        list.push(record);
    } else {
        map.set(key, [record]);
    }
}

/** Records of one metric at one place whose days overlap: sorted by their first day, each compared with the furthest-reaching before it. */
function findDuplicates(log: ActualsLog): void {
    for (const records of log.byMetric.values()) {
        const byPlace = new Map<unknown, ActualRecord[]>();
        for (const record of records) {
            const place = record.channel ?? record.stage ?? record.goal ?? null;
            let list = byPlace.get(place);
            if (!list) {
                byPlace.set(place, list = []);
            }
            list.push(record);
        }
        for (const list of byPlace.values()) {
            let reach: ActualRecord | undefined;
            for (const record of [...list].sort((a, b) => a.start - b.start)) {
                if (reach && record.start <= reach.end) {
                    log.duplicates.set(record.entry, reach);
                }
                if (!reach || record.end > reach.end) {
                    reach = record;
                }
            }
        }
    }
}

/** The records of a metric that a scope reads (see `ActualScope`), computed once per metric and scope. */
export function recordsIn(log: ActualsLog, metric: Metric, scope: ActualScope): ActualRecord[] {
    return seriesOf(log, metric, scope).records;
}

function recordsOfScope(log: ActualsLog, metric: Metric, scope: ActualScope): ActualRecord[] {
    const all = log.byMetric.get(metric) ?? [];
    switch (scope.kind) {
        case 'stages': return scope.stages.flatMap(stage => (log.byStage.get(stage) ?? []).filter(record => record.metric === metric));
        case 'goal': return log.goals.has(scope.goal) ? all.filter(record => record.goal === scope.goal) : [];
        case 'whole': {
            const places: Array<(record: ActualRecord) => boolean> = [
                record => !record.channel && !record.stage && !record.goal,
                record => record.channel !== undefined,
                record => record.stage !== undefined,
                record => record.goal !== undefined
            ];
            for (const place of places) {
                const found = all.filter(place);
                if (found.length > 0) {
                    return found;
                }
            }
            return [];
        }
    }
}

/**
 * The records of one metric in one scope laid out day by day, as running sums from the first day the
 * actuals cover: any stretch's amount, mean or coverage is then two look-ups, however many days it spans
 * (a year of daily actuals is read for every KPI, month and rule day on every keystroke).
 */
interface Series {
    records: ActualRecord[];
    /**
     * Sums up to (not including) each day since `log.first`: the days covered; the amounts a day (a flow's
     * share of each record, a rate's value of each record covering the day); the records covering each day.
     */
    covered: Int32Array;
    amount: Float64Array;
    weight: Float64Array;
    /** A stock's records by their last day. */
    byEnd: ActualRecord[];
}

function scopeKey(scope: ActualScope): unknown {
    switch (scope.kind) {
        case 'whole': return WHOLE;
        case 'goal': return scope.goal;
        case 'stages': return scope.stages.length === 1 ? scope.stages[0]
            : scope.stages.map(stage => `${stage.$container?.name}.${stage.name}`).join(',');
    }
}

function seriesOf(log: ActualsLog, metric: Metric, scope: ActualScope): Series {
    let byScope = log.series.get(metric);
    if (!byScope) {
        log.series.set(metric, byScope = new Map());
    }
    const key = scopeKey(scope);
    let series = byScope.get(key);
    if (!series) {
        byScope.set(key, series = buildSeries(log, recordsOfScope(log, metric, scope), behaviourOf(metric)));
    }
    return series;
}

const NO_SERIES: Series = { records: [], covered: new Int32Array(1), amount: new Float64Array(1), weight: new Float64Array(1), byEnd: [] };

function buildSeries(log: ActualsLog, records: ActualRecord[], behaviour: MetricBehaviour): Series {
    if (records.length === 0) {
        return NO_SERIES;
    }
    const days = log.first === undefined || log.last === undefined || records.length === 0 ? 0 : log.last - log.first + 1;
    const covered = new Int32Array(days + 1);
    const amount = new Float64Array(days + 1);
    const weight = new Float64Array(days + 1);
    // Per day first (as differences where a record adds the same to each of its days), then running sums.
    const coverStarts = new Int32Array(days + 1);
    for (const record of records) {
        const from = record.start - log.first!;
        const to = record.end - log.first!;
        coverStarts[from] += 1;
        coverStarts[to + 1] -= 1;
        const perDay = behaviour === 'flow' ? record.value / (to - from + 1) : record.value;
        amount[from] += perDay;
        amount[to + 1] -= perDay;
        weight[from] += 1;
        weight[to + 1] -= 1;
    }
    // The differences become each day's values, and those their running sums, in place.
    let cover = 0;
    let daily = 0;
    let covering = 0;
    let sumCovered = 0;
    let sumAmount = 0;
    let sumWeight = 0;
    for (let day = 0; day < days; day++) {
        cover += coverStarts[day];
        daily += amount[day];
        covering += weight[day];
        covered[day] = sumCovered;
        amount[day] = sumAmount;
        weight[day] = sumWeight;
        sumCovered += cover > 0 ? 1 : 0;
        sumAmount += daily;
        sumWeight += covering;
    }
    covered[days] = sumCovered;
    amount[days] = sumAmount;
    weight[days] = sumWeight;
    return { records, covered, amount, weight, byEnd: behaviour === 'stock' ? [...records].sort((a, b) => a.end - b.end) : [] };
}

/** The first of the scopes in which the metric, or every metric its formula names, was recorded. */
export function firstRecordedScope(log: ActualsLog, metric: Metric, scopes: readonly ActualScope[]): ActualScope | undefined {
    return scopes.find(scope => recorded(log, metric, scope, new Set()));
}

function recorded(log: ActualsLog, metric: Metric, scope: ActualScope, visiting: Set<Metric>): boolean {
    if (recordsIn(log, metric, scope).length > 0) {
        return true;
    }
    if (!metric.formula || visiting.has(metric)) {
        return false;
    }
    visiting.add(metric);
    const calls = metricCalls(metric.formula);
    return calls.length > 0 && calls.every(call => recorded(log, call, scope, visiting));
}

function metricCalls(expression: Expression): Metric[] {
    if (isMetricCall(expression)) {
        return expression.metric?.ref ? [expression.metric.ref] : [];
    }
    if (isBinaryExpression(expression)) {
        return [...metricCalls(expression.left), ...metricCalls(expression.right)];
    }
    return [];
}

/**
 * A metric's value over days `from` to `to` in a scope, or undefined when the records do not cover those
 * days: a flow is the sum of the records' shares of those days (every day must be covered); a rate is the
 * mean of the records over the days, weighted by days; a stock is the last level measured by `to`. A metric
 * not recorded in the scope is computed from its formula.
 */
export function actualValue(log: ActualsLog, metric: Metric, scope: ActualScope, from: number, to: number): number | undefined {
    return valueOf(log, metric, scope, from, to, new Set());
}

function valueOf(log: ActualsLog, metric: Metric, scope: ActualScope, from: number, to: number, visiting: Set<Metric>): number | undefined {
    const series = seriesOf(log, metric, scope);
    if (series.records.length === 0) {
        return metric.formula && !visiting.has(metric) ? computed(log, metric, metric.formula, scope, from, to, new Set([...visiting, metric])) : undefined;
    }
    const behaviour: MetricBehaviour = behaviourOf(metric);
    if (behaviour === 'stock') {
        let latest: ActualRecord | undefined;
        for (let low = 0, high = series.byEnd.length - 1; low <= high;) {
            const middle = (low + high) >> 1;
            if (series.byEnd[middle].end <= to) {
                latest = series.byEnd[middle];
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return latest?.value;
    }
    const first = log.first!;
    if (from < first || to > log.last! || to < from) {
        return undefined;
    }
    const a = from - first;
    const b = to - first + 1;
    if (series.covered[b] - series.covered[a] < b - a) {
        return undefined;
    }
    if (behaviour === 'flow') {
        return series.amount[b] - series.amount[a];
    }
    return (series.amount[b] - series.amount[a]) / (series.weight[b] - series.weight[a]);
}

function computed(log: ActualsLog, metric: Metric, expression: Expression, scope: ActualScope, from: number, to: number, visiting: Set<Metric>): number | undefined {
    if (isNumberLiteral(expression)) {
        return expression.value;
    }
    if (isMetricCall(expression)) {
        const called = expression.metric?.ref;
        return called ? valueOf(log, called, scope, from, to, visiting) : undefined;
    }
    if (isBinaryExpression(expression)) {
        const left = computed(log, metric, expression.left, scope, from, to, visiting);
        const right = computed(log, metric, expression.right, scope, from, to, visiting);
        if (left === undefined || right === undefined) {
            return undefined;
        }
        switch (expression.operator) {
            case '+': return left + right;
            case '-': return left - right;
            case '*': return left * right;
            case '/': return right === 0 ? undefined : left / right;
        }
    }
    return undefined;
}
