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
    /** The first and the last day any record covers (day numbers): the last is the day the progress is "as of". */
    first?: number;
    last?: number;
    /** Each record that repeats an earlier one (same metric, same place, overlapping days), with the earlier one. */
    duplicates: Map<ActualEntry, ActualRecord>;
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
    const log: ActualsLog = { records: [], byMetric: new Map(), duplicates: new Map() };
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
            let list = log.byMetric.get(metric);
            if (!list) {
                log.byMetric.set(metric, list = []);
            }
            list.push(record);
            log.first = Math.min(log.first ?? days.start, days.start);
            log.last = Math.max(log.last ?? days.end, days.end);
        }
    }
    findDuplicates(log);
    return log;
}

/** The actuals as they stood at the end of day `day`: the records that ended by then. */
export function actualsUntil(log: ActualsLog, day: number): ActualsLog {
    const until: ActualsLog = { records: log.records.filter(record => record.end <= day), byMetric: new Map(), duplicates: log.duplicates };
    for (const record of until.records) {
        let list = until.byMetric.get(record.metric);
        if (!list) {
            until.byMetric.set(record.metric, list = []);
        }
        list.push(record);
        until.first = Math.min(until.first ?? record.start, record.start);
        until.last = Math.max(until.last ?? record.end, record.end);
    }
    return until;
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

/** The records of a metric that a scope reads (see `ActualScope`). */
export function recordsIn(log: ActualsLog, metric: Metric, scope: ActualScope): ActualRecord[] {
    const all = log.byMetric.get(metric) ?? [];
    switch (scope.kind) {
        case 'stages': return all.filter(record => record.stage && scope.stages.includes(record.stage));
        case 'goal': return all.filter(record => record.goal === scope.goal);
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
    const records = recordsIn(log, metric, scope);
    if (records.length === 0) {
        return metric.formula && !visiting.has(metric) ? computed(log, metric, metric.formula, scope, from, to, new Set([...visiting, metric])) : undefined;
    }
    const behaviour: MetricBehaviour = behaviourOf(metric);
    if (behaviour === 'stock') {
        const measured = records.filter(record => record.end <= to);
        return measured.length > 0 ? measured.reduce((latest, record) => record.end >= latest.end ? record : latest).value : undefined;
    }
    let sum = 0;
    let weight = 0;
    const covered = new Set<number>();
    for (const record of records) {
        const start = Math.max(from, record.start);
        const end = Math.min(to, record.end);
        if (end < start) {
            continue;
        }
        const overlap = end - start + 1;
        for (let day = start; day <= end; day++) {
            covered.add(day);
        }
        if (behaviour === 'flow') {
            sum += record.value * overlap / (record.end - record.start + 1);
        } else {
            sum += record.value * overlap;
            weight += overlap;
        }
    }
    if (covered.size < to - from + 1) {
        return undefined;
    }
    return behaviour === 'flow' ? sum : sum / weight;
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
