/**
 * The team's regulations as facts: when a recurring duty falls, who prepares and who approves what, and
 * the RACI of an item. The checks, the roadmap, the calendar and the handbook of a role all read them here.
 */
import type { Reference } from 'langium';
import type {
    Approval, ApprovalStep, Duration, Duty, Goal, Role, Rubric, Schedule, ServiceLevel, Task
} from '../language/generated/ast.js';
import type { Period } from './period.js';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Monday first, as the ISO week (and `Date.getUTCDay() = 1`). */
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * A duty's schedule in one shape: every `interval` days, weekdays (Monday to Friday), weeks on a weekday,
 * or months on a day of the month or on the first given weekday of the month.
 */
export interface DutySchedule {
    unit: 'day' | 'weekday' | 'week' | 'month';
    interval: number;
    weekday?: Weekday;
    monthDay?: number;
}

/** The longest interval a schedule may have: every 1,000 days, weeks or months is already beyond any plan. */
export const MAX_DUTY_INTERVAL = 1000;

/** Whether a calendar can keep the schedule: a whole interval from 1 to 1,000, a day of the month from 1 to 31. */
export function isKeepable(schedule: Schedule): boolean {
    const interval = schedule.interval ?? 1;
    const day = schedule.monthDay;
    return Number.isInteger(interval) && interval >= 1 && interval <= MAX_DUTY_INTERVAL
        && (day === undefined || (Number.isInteger(day) && day >= 1 && day <= 31));
}

/** The schedule as written, normalised; undefined while it is being typed (`every` alone) or when no calendar can keep it. */
export function dutySchedule(schedule: Schedule | undefined): DutySchedule | undefined {
    if (!schedule || !isKeepable(schedule)) {
        return undefined;
    }
    const interval = schedule.interval ?? 1;
    const weekday = schedule.weekday as Weekday | undefined;
    switch (schedule.unit) {
        case undefined:
            return weekday ? { unit: 'week', interval: 1, weekday } : undefined;
        case 'day': case 'days':
            return { unit: 'day', interval };
        case 'weekday':
            return { unit: 'weekday', interval: 1 };
        case 'week': case 'weeks':
            return { unit: 'week', interval, weekday };
        case 'month': case 'months':
            return { unit: 'month', interval, weekday, monthDay: schedule.monthDay };
    }
}

/** The weekday of a UTC date. */
export function weekdayOf(date: Date): Weekday {
    return WEEKDAYS[(date.getUTCDay() + 6) % 7];
}

function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + days * 86_400_000);
}

/** The same schedule with its day made explicit: a week's day and a month's day default to the period's first. */
export function anchoredSchedule(schedule: DutySchedule, period: Period): DutySchedule {
    if (schedule.unit === 'week' && !schedule.weekday) {
        return { ...schedule, weekday: weekdayOf(period.start) };
    }
    if (schedule.unit === 'month' && !schedule.weekday && schedule.monthDay === undefined) {
        return { ...schedule, monthDay: period.start.getUTCDate() };
    }
    return schedule;
}

/**
 * Every date the duty falls on within the period, both ends included, at most `limit` of them. Weeks and
 * months count from the period's first: `every 2 weeks on monday` is the first Monday, then every other one;
 * a month without the day (the 31st in April) is skipped, as a calendar does.
 */
export function dutyDates(schedule: DutySchedule, period: Period, limit = 10_000): Date[] {
    const anchored = anchoredSchedule(schedule, period);
    const interval = anchored.interval;
    const dates: Date[] = [];
    const add = (date: Date) => {
        if (date >= period.start && date <= period.end && dates.length < limit) {
            dates.push(date);
        }
    };
    if (anchored.unit === 'day' || anchored.unit === 'weekday') {
        for (let date = period.start; date <= period.end && dates.length < limit; date = addDays(date, anchored.unit === 'day' ? interval : 1)) {
            if (anchored.unit === 'day' || WEEKDAYS.indexOf(weekdayOf(date)) < 5) {
                add(date);
            }
        }
    } else if (anchored.unit === 'week') {
        const offset = (WEEKDAYS.indexOf(anchored.weekday!) - WEEKDAYS.indexOf(weekdayOf(period.start)) + 7) % 7;
        for (let date = addDays(period.start, offset); date <= period.end && dates.length < limit; date = addDays(date, 7 * interval)) {
            add(date);
        }
    } else {
        const year = period.start.getUTCFullYear();
        for (let month = period.start.getUTCMonth(); dates.length < limit; month += interval) {
            const first = new Date(Date.UTC(year, month, 1));
            if (first > period.end) {
                break;
            }
            if (anchored.weekday) {
                add(addDays(first, (WEEKDAYS.indexOf(anchored.weekday) - WEEKDAYS.indexOf(weekdayOf(first)) + 7) % 7));
            } else {
                const day = new Date(Date.UTC(year, month, anchored.monthDay!));
                if (day.getUTCDate() === anchored.monthDay) {
                    add(day);
                }
            }
        }
    }
    return dates;
}

/** A duration in hours: `2 hours` is 2, `1 day` 24, `30 minutes` 0.5. */
export function durationHours(duration: Duration | undefined): number | undefined {
    if (duration?.value === undefined || !duration.unit) {
        return undefined;
    }
    const hours: Record<Duration['unit'], number> = {
        minute: 1 / 60, minutes: 1 / 60, hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168
    };
    return duration.value * hours[duration.unit];
}

export function roles(refs: ReadonlyArray<Reference<Role>>): Role[] {
    return refs.map(ref => ref.ref).filter((role): role is Role => role !== undefined);
}

/** What an approval covers: rubrics, tasks, spending above a threshold. */
export interface ApprovalTargets {
    rubrics: Rubric[];
    tasks: Task[];
    /** The smallest spending threshold given, if any. */
    spendingAbove?: number;
}

export function approvalTargets(approval: Approval): ApprovalTargets {
    const thresholds = approval.targets.map(target => target.threshold?.amount).filter((amount): amount is number => amount !== undefined);
    return {
        rubrics: approval.targets.flatMap(target => target.rubrics.map(ref => ref.ref)).filter((rubric): rubric is Rubric => rubric !== undefined),
        tasks: approval.targets.flatMap(target => target.tasks.map(ref => ref.ref)).filter((task): task is Task => task !== undefined),
        spendingAbove: thresholds.length > 0 ? Math.min(...thresholds) : undefined
    };
}

/**
 * Who writes what an approval covers: the roles of its `prepare` steps, or else the owners of the rubrics
 * and tasks it covers.
 */
export function approvalAuthors(approval: Approval): Role[] {
    const preparers = approval.steps.filter(step => step.kind === 'prepare').flatMap(step => roles(step.roles));
    if (preparers.length > 0) {
        return unique(preparers);
    }
    const { rubrics, tasks } = approvalTargets(approval);
    return unique([...rubrics, ...tasks].flatMap(ownersOf));
}

export function approvalSteps(approval: Approval): ApprovalStep[] {
    return approval.steps.filter(step => step.kind === 'approve');
}

export function approvers(approval: Approval): Role[] {
    return unique(approvalSteps(approval).flatMap(step => roles(step.roles)));
}

/** The approvals that cover a rubric's posts. */
export function approvalsOfRubric(rubric: Rubric, approvals: readonly Approval[]): Approval[] {
    return approvals.filter(approval => approval.targets.some(target => target.rubrics.some(ref => ref.ref === rubric)));
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}

/** An item that has a RACI: its owner is responsible; the others are named by `accountable`, `consulted`, `informed`. */
export type RaciItem = Goal | Rubric | Task | Duty | ServiceLevel;

export interface Raci {
    responsible: Role[];
    accountable: Role[];
    consulted: Role[];
    informed: Role[];
}

export function raciOf(item: RaciItem): Raci {
    return {
        responsible: ownersOf(item),
        accountable: roles(item.accountable),
        consulted: roles(item.consulted),
        informed: roles(item.informed)
    };
}

/** Whether the item names any part of a RACI beyond its owner. */
export function hasRaci(item: RaciItem): boolean {
    return item.accountable.length > 0 || item.consulted.length > 0 || item.informed.length > 0;
}

/** Anything with an owner: `owner A`, or several, `owner A, B` (each is responsible, each has it on their list). */
export interface Owned {
    owner?: Reference<Role>;
    coOwners: Array<Reference<Role>>;
}

/** The owners of an item, in the order written, each once: the one accessor every consumer asks. */
export function ownersOf(item: Owned): Role[] {
    return unique([item.owner, ...item.coOwners].map(ref => ref?.ref).filter((role): role is Role => role !== undefined));
}

/**
 * The items of each role, in the items' order, each item once under each role `rolesOf` names for it (e.g.
 * `ownersOf`): what asking every role of every item tells, in one pass over the items.
 */
export function byRole<T>(items: Iterable<T>, rolesOf: (item: T) => Role[]): Map<Role, T[]> {
    const groups = new Map<Role, T[]>();
    for (const item of items) {
        for (const role of unique(rolesOf(item))) {
            const group = groups.get(role);
            if (group) {
                group.push(item);
            } else {
                groups.set(role, [item]);
            }
        }
    }
    return groups;
}
