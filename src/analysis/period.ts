import type { DateRange, TimeUnit } from '../language/generated/ast.js';
import { parseIsoDate } from './dates.js';

/** Milliseconds in a day: dates are UTC midnights, so a day is always this long. */
export const DAY_MS = 86_400_000;

/** Average length of each time unit in days (a month is a twelfth of a 365.25-day year). */
const UNIT_DAYS: Record<TimeUnit, number> = {
    day: 1, days: 1,
    week: 7, weeks: 7,
    month: 365.25 / 12, months: 365.25 / 12,
    quarter: 365.25 / 4, quarters: 365.25 / 4,
    year: 365.25, years: 365.25
};

export function daysIn(unit: TimeUnit): number {
    return UNIT_DAYS[unit];
}

/**
 * The most posts a day one rubric can plausibly publish: one every quarter of an hour, day and night, is
 * 96; news channels that post around the clock stay below it. Above it a frequency is a typo
 * (`1 per 0.01 days`), and its calendar is a list of posts no team could write.
 */
export const PLAUSIBLE_POSTS_PER_DAY = 100;

/** Posts a day a frequency plans: `3 per week` is 3 ÷ 7, `1 per 0.000001 days` a million. */
export function postsPerDay(count: number, interval: number, unit: TimeUnit): number {
    return count / (interval * daysIn(unit));
}

export interface Period {
    start: Date;
    end: Date;
    /** Calendar days from start to end, both included. */
    days: number;
}

/** A date range with real dates in the right order, or undefined. */
export function periodOf(range: DateRange | undefined): Period | undefined {
    const start = range?.start ? parseIsoDate(range.start) : undefined;
    const end = range?.end ? parseIsoDate(range.end) : undefined;
    if (!start || !end || end < start) {
        return undefined;
    }
    return { start, end, days: Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1 };
}

/** Whether `date` falls within the period, both ends included. */
export function isWithin(date: Date, period: Period): boolean {
    return date >= period.start && date <= period.end;
}

/**
 * A total over the period restated per time unit: 1,200 orders over a 120-day period are
 * 1,200 × (7 ÷ 120) = 70 a week.
 */
export function perUnit(total: number, periodDays: number, unit: TimeUnit): number {
    return total * daysIn(unit) / periodDays;
}
