/**
 * Calendar arithmetic of the roadmap: planned posts expanded from rubric frequencies, weeks of the
 * content calendar and ticks of the timeline. Dates are UTC midnights, written as ISO `YYYY-MM-DD`.
 */
import type { RoadmapFrequency, RoadmapPost, TimelineScale } from './model.js';

const DAY_MS = 86_400_000;

/** The most posts a calendar lists: a two-year plan of twenty posts a week fits, a typo like `500 per day` does not. */
export const POST_LIMIT = 3000;

export function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + days * DAY_MS);
}

/** The same day `months` calendar months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: Date, months: number): Date {
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return target;
}

const MONTHS_IN: Partial<Record<RoadmapFrequency['unit'], number>> = { month: 1, quarter: 3, year: 12 };
const DAYS_IN: Partial<Record<RoadmapFrequency['unit'], number>> = { day: 1, week: 7 };

/** The start of the `index`-th interval of `frequency` counted from `start`. */
function intervalStart(start: Date, frequency: RoadmapFrequency, index: number): Date {
    const months = MONTHS_IN[frequency.unit];
    return months !== undefined
        ? addMonths(start, months * frequency.interval * index)
        : addDays(start, (DAYS_IN[frequency.unit] ?? 7) * frequency.interval * index);
}

/** Where a frequency's intervals start and how many posts each gets; post `j` of a rubric is found without walking. */
class Schedule {
    constructor(private readonly frequency: RoadmapFrequency, private readonly start: Date) {}

    /** The posts of intervals 0 … k−1: ⌊k·count⌋, no more than the largest finite number. */
    postsBefore(k: number): number {
        return finite(Math.floor(k * this.frequency.count));
    }

    startOf(k: number): Date {
        return intervalStart(this.start, this.frequency, k);
    }

    /** Interval k: its start, its length in whole days, its posts and the day of each of them. */
    interval(k: number): { from: Date; next: Date; length: number; posts: number; dayOf: (post: number) => Date } {
        const from = this.startOf(k);
        const next = this.startOf(k + 1);
        const length = Math.round((next.getTime() - from.getTime()) / DAY_MS);
        const posts = this.postsBefore(k + 1) - this.postsBefore(k);
        return { from, next, length, posts, dayOf: post => addDays(from, Math.floor((post + 0.5) * length / posts)) };
    }

    /**
     * The day of post `j` (counted from 0 over the whole period): it falls in the interval k with
     * ⌊k·count⌋ ≤ j < ⌊(k+1)·count⌋, so k = ⌈(j+1) ÷ count⌉ − 1, corrected where floating point rounds.
     * Past the dates JavaScript can hold the answer is `undefined`: later than any period.
     */
    dayOfPost(j: number): Date | undefined {
        let k = Math.max(0, Math.ceil((j + 1) / this.frequency.count) - 1);
        for (let step = 0; step < 4; step++) {
            if (k > 0 && this.postsBefore(k) > j) {
                k--;
            } else if (this.postsBefore(k + 1) <= j) {
                k++;
            } else {
                break;
            }
        }
        const interval = this.interval(k);
        const day = interval.dayOf(j - this.postsBefore(k));
        return Number.isNaN(day.getTime()) ? undefined : day;
    }

    /** How many intervals end on or before `end` (the whole ones), found from an estimate, not by walking. */
    wholeIntervals(end: Date): number {
        const { unit, interval } = this.frequency;
        const months = MONTHS_IN[unit];
        const estimate = months !== undefined
            ? ((end.getUTCFullYear() - this.start.getUTCFullYear()) * 12 + end.getUTCMonth() - this.start.getUTCMonth()) / (months * interval)
            : (end.getTime() - this.start.getTime()) / ((DAYS_IN[unit] ?? 7) * interval * DAY_MS);
        return prefixLength(k => this.startOf(k + 1) <= end, Math.max(0, Math.floor(estimate)));
    }
}

/**
 * The length of the prefix of 0, 1, 2, … on which `holds` is true (it is true up to some index, then
 * false), searched from `estimate` outwards by doubling steps, then by halving. An estimate past the whole
 * numbers JavaScript counts exactly is returned as it is: no step could correct it.
 */
function prefixLength(holds: (index: number) => boolean, estimate: number): number {
    if (!Number.isSafeInteger(estimate)) {
        return estimate;
    }
    let low: number; // holds(low − 1), or low is 0
    let high: number; // not holds(high)
    if (holds(estimate)) {
        low = estimate + 1;
        for (let step = 1; ; step *= 2) {
            if (!Number.isSafeInteger(low + step)) {
                return low;
            }
            if (!holds(low + step - 1)) {
                high = low + step - 1;
                break;
            }
            low += step;
        }
    } else {
        high = estimate;
        low = 0;
        for (let step = 1; high - step >= 0; step *= 2) {
            if (holds(high - step)) {
                low = high - step + 1;
                break;
            }
            high -= step;
        }
    }
    while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (holds(middle)) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/** The largest count a calendar reports: beyond it a sum of posts would be infinite. */
function finite(count: number): number {
    return Math.min(count, Number.MAX_VALUE);
}

/**
 * How many posts a frequency publishes within [start, end]: intervals follow each other from the start of
 * the period; interval k gets ⌊(k+1)·count⌋ − ⌊k·count⌋ posts (so `0.5 per week` posts every other week),
 * spread evenly over it, each in the middle of its share of the interval. The whole intervals hold
 * ⌊n·count⌋ posts between them; only the interval the period ends in is looked at post by post, and
 * that by counting (`1 per 0.0000001 days` is a typo to show, not a loop to run).
 */
export function countPosts(frequency: RoadmapFrequency, start: Date, end: Date): number {
    if (!(frequency.count > 0) || !(frequency.interval > 0) || start > end) {
        return 0;
    }
    const schedule = new Schedule(frequency, start);
    const whole = schedule.wholeIntervals(end);
    const last = schedule.interval(whole);
    const partial = last.from <= end ? postsUntil(end, last.posts, last.length, last.from, last.dayOf) : 0;
    return finite(schedule.postsBefore(whole) + partial);
}

/** The days on which a frequency publishes within [start, end] (see `countPosts`), at most `limit` of them. */
export function publicationDays(frequency: RoadmapFrequency, start: Date, end: Date, limit = POST_LIMIT): { days: Date[]; total: number } {
    const days: Date[] = [];
    const total = countPosts(frequency, start, end);
    const schedule = new Schedule(frequency, start);
    for (let j = 0; j < Math.min(total, limit); j++) {
        const day = schedule.dayOfPost(j);
        if (!day || day > end) {
            break;
        }
        days.push(day);
    }
    return { days, total };
}

/**
 * How many of an interval's `posts` fall on or before `end`. Post i falls on day ⌊(i + ½)·length / posts⌋
 * of the interval, so they are counted, not walked (`100 000 000 000 per month` is a typo to show, not a
 * loop to run); the estimate is then checked against `dayOf` itself, where rounding could shift it by one.
 */
function postsUntil(end: Date, posts: number, length: number, from: Date, dayOf: (post: number) => Date): number {
    if (posts <= 0 || length <= 0) {
        return dayOf(0) <= end ? Math.max(posts, 0) : 0;
    }
    const days = Math.floor((end.getTime() - from.getTime()) / DAY_MS) + 1;
    let count = Math.min(posts, Math.max(0, Math.ceil(days * posts / length - 0.5)));
    if (!Number.isSafeInteger(count)) {
        // Beyond whole numbers a count of posts cannot be corrected by one: it is an estimate anyway.
        return count;
    }
    if (count > 0 && dayOf(count - 1) > end) {
        count--;
    } else if (count < posts && dayOf(count) <= end) {
        count++;
    }
    return count;
}

export interface CalendarRubric {
    name: string;
    channels: string[];
    frequency?: RoadmapFrequency;
    formats: string[];
    owner?: string;
    goal?: string;
}

export interface ExpandedCalendar {
    posts: RoadmapPost[];
    planned: number;
    truncated: boolean;
}

/**
 * Every planned post of the content plan over the period, one per rubric, channel and publication day,
 * sorted by date; on a shared day the rubric planned first comes first; a rubric with several formats
 * takes them in turn. At most `limit` posts are listed (the earliest ones); `planned` counts them all.
 */
export function expandPosts(rubrics: CalendarRubric[], start: Date, end: Date, limit = POST_LIMIT): ExpandedCalendar {
    // Each rubric's posts are counted, not walked; the listed ones are merged from the rubrics' next posts
    // (a heap ordered by day, then rubric), so the work grows with the limit, not with the posts planned.
    let planned = 0;
    const next: Array<{ rubric: number; schedule: Schedule; post: number; day: Date }> = [];
    rubrics.forEach((rubric, r) => {
        if (!rubric.frequency) {
            return;
        }
        const count = countPosts(rubric.frequency, start, end);
        planned = finite(planned + count * rubric.channels.length);
        const schedule = new Schedule(rubric.frequency, start);
        const day = count > 0 ? schedule.dayOfPost(0) : undefined;
        if (day && day <= end && rubric.channels.length > 0) {
            next.push({ rubric: r, schedule, post: 0, day });
        }
    });
    const queue = new Heap(next, (a, b) => a.day.getTime() - b.day.getTime() || a.rubric - b.rubric);
    const posts: RoadmapPost[] = [];
    while (posts.length < limit && queue.size > 0) {
        const head = queue.peek();
        const rubric = rubrics[head.rubric];
        const date = isoDate(head.day);
        for (const channel of rubric.channels) {
            posts.push({
                date, rubric: rubric.name, channel,
                format: rubric.formats.length > 0 ? rubric.formats[head.post % rubric.formats.length] : undefined,
                owner: rubric.owner, goal: rubric.goal
            });
        }
        head.post++;
        const day = head.schedule.dayOfPost(head.post);
        if (day && day <= end) {
            head.day = day;
            queue.replaceTop(head);
        } else {
            queue.pop();
        }
    }
    return { posts: posts.slice(0, limit), planned, truncated: planned > limit };
}

/** A binary min-heap: the content calendar's next post of each rubric. */
class Heap<T> {
    private readonly items: T[];

    constructor(items: T[], private readonly compare: (a: T, b: T) => number) {
        this.items = [...items];
        for (let i = Math.floor(this.items.length / 2) - 1; i >= 0; i--) {
            this.down(i);
        }
    }

    get size(): number {
        return this.items.length;
    }

    peek(): T {
        return this.items[0];
    }

    /** Puts `item` in place of the smallest one. */
    replaceTop(item: T): void {
        this.items[0] = item;
        this.down(0);
    }

    pop(): void {
        const last = this.items.pop()!;
        if (this.items.length > 0) {
            this.replaceTop(last);
        }
    }

    private down(index: number): void {
        const { items, compare } = this;
        for (let i = index; ;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let least = i;
            if (left < items.length && compare(items[left], items[least]) < 0) {
                least = left;
            }
            if (right < items.length && compare(items[right], items[least]) < 0) {
                least = right;
            }
            if (least === i) {
                return;
            }
            [items[i], items[least]] = [items[least], items[i]];
            i = least;
        }
    }
}

/**
 * The most weeks the calendar's grid shows: five years. A period written as `1000-01-01 .. 9999-12-31`
 * has 470,000 weeks, a grid of hundreds of megabytes.
 */
export const WEEK_LIMIT = 260;

/** How many 7-day weeks from `start` begin on or before `end`. */
export function weekCount(start: Date, end: Date): number {
    return end < start ? 0 : Math.floor((end.getTime() - start.getTime()) / (7 * DAY_MS)) + 1;
}

/** Start dates of the 7-day weeks from `start` that begin on or before `end`, at most `limit` of them. */
export function weeksOf(start: Date, end: Date, limit = WEEK_LIMIT): Date[] {
    const weeks: Date[] = [];
    for (let day = start; day <= end && weeks.length < limit; day = addDays(day, 7)) {
        weeks.push(day);
    }
    return weeks;
}

/** Posts per rubric in each week of the calendar. */
export function weeklyCounts(posts: RoadmapPost[], rubrics: string[], start: Date, weeks: number): Array<{ rubric: string; counts: number[] }> {
    const rows = new Map(rubrics.map(rubric => [rubric, new Array<number>(weeks).fill(0)]));
    for (const post of posts) {
        const week = Math.floor((Date.parse(post.date) - start.getTime()) / (7 * DAY_MS));
        const row = rows.get(post.rubric);
        if (row && week >= 0 && week < weeks) {
            row[week]++;
        }
    }
    return [...rows].map(([rubric, counts]) => ({ rubric, counts }));
}

/** Weeks for up to four months, months for up to eighteen, quarters beyond: about 6 to 20 ticks. */
export function timelineScale(days: number): TimelineScale {
    return days <= 120 ? 'week' : days <= 550 ? 'month' : 'quarter';
}

/** The first day of each week (Monday), month or quarter that begins within [start, end], and `start` itself. */
export function timelineTicks(start: Date, end: Date, scale: TimelineScale): Date[] {
    let tick: Date;
    let next: (date: Date) => Date;
    if (scale === 'week') {
        tick = addDays(start, (8 - start.getUTCDay()) % 7);
        next = date => addDays(date, 7);
    } else {
        const months = scale === 'month' ? 1 : 3;
        const month = start.getUTCMonth() - start.getUTCMonth() % months;
        tick = new Date(Date.UTC(start.getUTCFullYear(), month, 1));
        next = date => addMonths(date, months);
    }
    const ticks = [start];
    for (; tick <= end; tick = next(tick)) {
        if (tick > start) {
            ticks.push(tick);
        }
    }
    return ticks;
}
