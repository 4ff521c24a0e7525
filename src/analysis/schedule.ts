/**
 * The time-phased plan: money and volumes laid out on the calendar. An amount is spent (or delivered)
 * evenly over the days of a stretch; a channel's budgets, a funnel's volumes and the monthly plan are lists
 * of such stretches, so what the plan gives between two dates is a sum of overlaps.
 */
import type { ChannelBudget, TimeUnit } from '../language/generated/ast.js';
import { DAY_MS, daysIn, periodOf, type Period } from './period.js';
import { Remembered } from './remembered.js';

/** An amount spread evenly over the days `start` to `end` (day numbers since 1970-01-01 UTC, both included). */
export interface Stretch {
    start: number;
    end: number;
    amount: number;
}

/** Day number of a UTC date: 2027-01-01 is 20 819. */
export function dayNumber(date: Date): number {
    return Math.floor(date.getTime() / DAY_MS);
}

const CALENDAR_MONTHS: Partial<Record<TimeUnit, number>> = { month: 1, months: 1, quarter: 3, quarters: 3, year: 12, years: 12 };

/** The calendar months a unit spans (a month, a quarter, a year); undefined for weeks and days. */
export function calendarMonthsIn(unit: TimeUnit): number | undefined {
    return CALENDAR_MONTHS[unit];
}

/**
 * The first day (a day number) of the one `per` unit that ends on day `end`: a calendar month, quarter or
 * year back (June for a month ending on 30 June, 16 February – 15 March for one ending on 15 March), or the
 * last 7 days, or the day itself.
 */
export function unitEndingOn(end: Date, per: TimeUnit): number {
    const months = calendarMonthsIn(per);
    if (months === undefined) {
        return dayNumber(end) + 1 - daysIn(per);
    }
    // The unit runs up to the day after `end`, the same day of the month `months` back (31 March − one
    // month is the last day of February).
    const after = utc(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() + 1);
    const year = after.getUTCFullYear();
    const month = after.getUTCMonth() - months;
    const lastDay = utc(year, month + 1, 0).getUTCDate();
    return dayNumber(utc(year, month, Math.min(after.getUTCDate(), lastDay)));
}

/** The whole of an amount over a period, evenly: a volume or a budget stated for the period. */
export function evenOver(period: Period, amount: number): Stretch[] {
    return [{ start: dayNumber(period.start), end: dayNumber(period.end), amount }];
}

/**
 * What the stretches give from the start of day `from` to the end of day `to` (fractions of days allowed:
 * `to` = 30.5 counts half of day 30). Each stretch contributes its amount × the share of its days inside.
 */
export function amountBetween(stretches: readonly Stretch[], from: number, to: number): number {
    let sum = 0;
    for (const stretch of stretches) {
        const overlap = Math.min(to + 1, stretch.end + 1) - Math.max(from, stretch.start);
        if (overlap > 0) {
            sum += stretch.amount * overlap / (stretch.end - stretch.start + 1);
        }
    }
    return sum;
}

export function totalOf(stretches: readonly Stretch[]): number {
    return stretches.reduce((sum, stretch) => sum + stretch.amount, 0);
}

export interface CalendarMonth {
    /** YYYY-MM */
    readonly month: string;
    /** The first and the last day number of the month within the period. */
    readonly start: number;
    readonly end: number;
    /** The days of the whole calendar month. */
    readonly days: number;
}

/** The calendar months a period touches, each as its first and last day number (clipped to the period). */
export function monthsOf(period: Period): readonly CalendarMonth[] {
    return monthsOfPeriods.get(`${dayNumber(period.start)}|${dayNumber(period.end)}`, () => monthsAnew(period));
}

/** The months of the periods seen: each KPI's progress and every month of its chart ask again. */
const monthsOfPeriods = new Remembered<string, readonly CalendarMonth[]>(1_000);

function monthsAnew(period: Period): CalendarMonth[] {
    const months = [];
    const last = dayNumber(period.end);
    let year = period.start.getUTCFullYear();
    let month = period.start.getUTCMonth();
    for (;;) {
        const first = dayNumber(utc(year, month, 1));
        const end = dayNumber(utc(year, month + 1, 1)) - 1;
        if (first > last) {
            break;
        }
        months.push({
            month: `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`,
            start: Math.max(first, dayNumber(period.start)), end: Math.min(end, last), days: end - first + 1
        });
        month += 1;
        if (month === 12) {
            month = 0;
            year += 1;
        }
    }
    return months;
}

function utc(year: number, month: number, day: number): Date {
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    return date;
}

/**
 * How a budget stated per time unit lays out over a window: `per month` gives the amount for every
 * calendar month (a part of a month gets its share of days), any other unit its amount for each average
 * unit of days (`per week`: amount ÷ 7 a day).
 */
export function recurring(window: Period, amount: number, per: TimeUnit): Stretch[] {
    if (per === 'month' || per === 'months') {
        return monthsOf(window).map(month => ({
            start: month.start, end: month.end, amount: amount * (month.end - month.start + 1) / month.days
        }));
    }
    return evenOver(window, amount * window.days / daysIn(per));
}

/**
 * A channel budget on the calendar: over its `during` phase or dates (clipped to the strategy period), else
 * over the period; per time unit when it says so. `stretches` is left out when there is no calendar to lay
 * it on (a strategy without a period): the amount is then known, its timing not. Undefined when the amount
 * cannot be known: a budget `per month` without a period, or a `during` window that is not a valid range.
 */
export function budgetOnCalendar(budget: ChannelBudget, period: Period | undefined): { amount: number; stretches?: Stretch[] } | undefined {
    const amount = budget.amount?.amount;
    if (amount === undefined) {
        return undefined;
    }
    const own = budget.phase ? periodOf(budget.phase.ref?.range) : budget.range ? periodOf(budget.range) : undefined;
    if ((budget.phase || budget.range) && !own) {
        return undefined;
    }
    const window = own && period ? clip(own, period) : own ?? period;
    if (!window) {
        return budget.per ? undefined : { amount };
    }
    const stretches = budget.per ? recurring(window, amount, budget.per) : evenOver(window, amount);
    return { amount: totalOf(stretches), stretches };
}

/** The part of a window within the period; a window entirely outside keeps its own days (nothing to clip to). */
function clip(window: Period, period: Period): Period {
    const start = window.start > period.start ? window.start : period.start;
    const end = window.end < period.end ? window.end : period.end;
    return end < start ? window : { start, end, days: dayNumber(end) - dayNumber(start) + 1 };
}
