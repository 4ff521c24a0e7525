/**
 * Calendar arithmetic of the roadmap: planned posts expanded from rubric frequencies, weeks of the
 * content calendar and ticks of the timeline. Dates are UTC midnights, written as ISO `YYYY-MM-DD`.
 */
import { WEEKDAYS, weekdayOf } from '../analysis/team.js';
import type { RoadmapFrequency, RoadmapPost, RoadmapWeekday, TimelineScale } from './model.js';

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

/** When a rubric's posts fall: post `j` and the number of posts by a date are found without walking. */
interface PostSchedule {
    /** The day of post `j` (counted from 0 over the whole period), or `undefined` past the dates JavaScript holds. */
    dayOfPost(j: number): Date | undefined;
    /** How many posts fall within [start, end]. */
    countUntil(end: Date): number;
}

/**
 * Where a frequency's intervals start and how many posts each gets; post `j` of a rubric is found without
 * walking. `shift` moves every post of an interval that many days later, the ones pushed past its end
 * wrapping round to its beginning: the same spacing on other weekdays, so that rubrics do not pile up on one.
 */
class Schedule implements PostSchedule {
    constructor(private readonly frequency: RoadmapFrequency, private readonly start: Date, private readonly shift = 0) {}

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
        const base = (post: number) => Math.floor((post + 0.5) * length / posts);
        const shift = length > 0 ? this.shift % length : 0;
        if (shift === 0) {
            return { from, next, length, posts, dayOf: post => addDays(from, base(post)) };
        }
        // The posts whose shifted day passes the end wrap round and come first: the i-th in order of day is post (i + wrapped) mod posts.
        const wrapped = posts - prefixLength(post => post < posts && base(post) + shift < length, Math.floor((length - shift) * posts / length));
        return { from, next, length, posts, dayOf: post => addDays(from, (base((post + posts - wrapped) % posts) + shift) % length) };
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

    countUntil(end: Date): number {
        if (end < this.start) {
            return 0;
        }
        const whole = this.wholeIntervals(end);
        const last = this.interval(whole);
        const partial = last.from <= end ? postsUntil(end, last.posts, last.length, last.from, last.dayOf) : 0;
        return finite(this.postsBefore(whole) + partial);
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
    return validFrequency(frequency) && start <= end ? new Schedule(frequency, start).countUntil(end) : 0;
}

function validFrequency(frequency: RoadmapFrequency): boolean {
    return frequency.count > 0 && frequency.interval > 0;
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
 * How many of an interval's `posts` fall on or before `end`. Post i (in order of day) falls about i·length
 * / posts days into the interval, so they are counted, not walked (`100 000 000 000 per month` is a typo to
 * show, not a loop to run); the estimate is then corrected against `dayOf` itself, where rounding or a
 * shifted week moves it.
 */
function postsUntil(end: Date, posts: number, length: number, from: Date, dayOf: (post: number) => Date): number {
    if (posts <= 0 || length <= 0) {
        return dayOf(0) <= end ? Math.max(posts, 0) : 0;
    }
    const days = Math.floor((end.getTime() - from.getTime()) / DAY_MS) + 1;
    const estimate = Math.min(posts, Math.max(0, Math.ceil(days * posts / length - 0.5)));
    // Beyond whole numbers a count of posts cannot be corrected by one: it is an estimate anyway.
    return prefixLength(post => post < posts && dayOf(post) <= end, estimate);
}

/** The weekday of a date, Monday 0 … Sunday 6 (the order of `WEEKDAYS`). */
function weekdayIndex(date: Date): number {
    return WEEKDAYS.indexOf(weekdayOf(date));
}

/**
 * Posts on named weekdays (`on monday, thursday`), every `interval` weeks counted from the week, Monday to
 * Sunday, that the period starts in. Slot g is day `offsets[g mod m]` of week ⌊g ÷ m⌋·interval.
 */
class WeekdaySchedule implements PostSchedule {
    private readonly offsets: number[];
    private readonly monday: Date;
    /** The named days of the first week that come before the start of the period. */
    private readonly skipped: number;

    constructor(days: RoadmapWeekday[], private readonly interval: number, private readonly start: Date) {
        this.offsets = [...new Set(days.map(day => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
        this.monday = addDays(start, -weekdayIndex(start));
        this.skipped = this.offsets.filter(offset => offset < weekdayIndex(start)).length;
    }

    private slot(g: number): Date {
        const m = this.offsets.length;
        return addDays(this.monday, 7 * this.interval * Math.floor(g / m) + this.offsets[g % m]);
    }

    dayOfPost(j: number): Date | undefined {
        const day = this.slot(j + this.skipped);
        return Number.isNaN(day.getTime()) ? undefined : day;
    }

    countUntil(end: Date): number {
        if (end < this.start || this.offsets.length === 0) {
            return 0;
        }
        const estimate = Math.floor((end.getTime() - this.monday.getTime()) / (7 * this.interval * DAY_MS)) * this.offsets.length;
        return finite(Math.max(0, prefixLength(g => this.slot(g) <= end, estimate) - this.skipped));
    }
}

export interface CalendarRubric {
    name: string;
    channels: string[];
    frequency?: RoadmapFrequency;
    /** The weekdays the rubric posts on (`on monday, thursday`): they replace the spread of its frequency. */
    days?: RoadmapWeekday[];
    /** The time of day of its posts, `HH:MM`. */
    time?: string;
    formats: string[];
    owner?: string;
    goal?: string;
}

export interface ExpandedCalendar {
    posts: RoadmapPost[];
    planned: number;
    truncated: boolean;
}

/** Weeks whose posts the spread looks at: long enough for monthly rubrics to fall on several weekdays. */
const SPREAD_WEEKS = 8;
/** A rubric with more posts than this in those weeks covers every weekday anyway: it is not moved. */
const SPREAD_POSTS = 500;

/** The posts a schedule places on each weekday within [start, until), times `weight`; `undefined` when too many to count. */
function weekdayLoad(schedule: PostSchedule, start: Date, until: Date, weight: number): number[] | undefined {
    const load = new Array<number>(7).fill(0);
    for (let j = 0; ; j++) {
        const day = schedule.dayOfPost(j);
        if (!day || day >= until || day < start) {
            return load;
        }
        if (j >= SPREAD_POSTS) {
            return undefined;
        }
        load[weekdayIndex(day)] += weight;
    }
}

/** Lower is better: the busiest weekday first, then how unevenly the rest are loaded. */
function unevenness(load: number[]): [number, number] {
    return [Math.max(...load), load.reduce((sum, posts) => sum + posts * posts, 0)];
}

/** The length in days of a frequency's intervals when they all have one (days and weeks), else `undefined`. */
function fixedLength(frequency: RoadmapFrequency): number | undefined {
    const days = DAYS_IN[frequency.unit];
    const length = days === undefined ? undefined : days * frequency.interval;
    return length !== undefined && Number.isSafeInteger(length) ? length : undefined;
}

/**
 * The schedule of each rubric's posts. Rubrics that name their weekdays post on them. The others keep
 * their frequency's even spacing, but each is moved by the number of days (0 … 6, within its interval)
 * that loads the weekdays most evenly given the rubrics placed before it — the busiest first — so that
 * five weekly rubrics do not all post on the fourth day of every week.
 */
function schedulesOf(rubrics: CalendarRubric[], start: Date): Array<PostSchedule | undefined> {
    const schedules: Array<PostSchedule | undefined> = rubrics.map(rubric => {
        if (rubric.days && rubric.days.length > 0) {
            const interval = rubric.frequency?.unit === 'week' && Number.isSafeInteger(rubric.frequency.interval) && rubric.frequency.interval > 0
                ? rubric.frequency.interval : 1;
            return new WeekdaySchedule(rubric.days, interval, start);
        }
        return rubric.frequency && validFrequency(rubric.frequency) ? new Schedule(rubric.frequency, start) : undefined;
    });
    const until = addDays(start, 7 * SPREAD_WEEKS);
    const load = new Array<number>(7).fill(0);
    const movable: number[] = [];
    schedules.forEach((schedule, r) => {
        const length = rubrics[r].frequency && !rubrics[r].days?.length ? fixedLength(rubrics[r].frequency!) : undefined;
        if (length !== undefined && length >= 2) {
            movable.push(r);
        } else if (schedule) {
            weekdayLoad(schedule, start, until, rubrics[r].channels.length)?.forEach((posts, day) => load[day] += posts);
        }
    });
    const rate = (r: number) => rubrics[r].channels.length * rubrics[r].frequency!.count / fixedLength(rubrics[r].frequency!)!;
    movable.sort((a, b) => rate(b) - rate(a) || a - b);
    for (const r of movable) {
        const frequency = rubrics[r].frequency!;
        let best: { shift: number; load: number[]; score: [number, number] } | undefined;
        for (let shift = 0; shift < Math.min(7, fixedLength(frequency)!); shift++) {
            const candidate = weekdayLoad(new Schedule(frequency, start, shift), start, until, rubrics[r].channels.length);
            if (!candidate) {
                break;
            }
            const total = load.map((posts, day) => posts + candidate[day]);
            const score = unevenness(total);
            if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) {
                best = { shift, load: total, score };
            }
        }
        if (best) {
            best.load.forEach((posts, day) => load[day] = posts);
            schedules[r] = new Schedule(frequency, start, best.shift);
        }
    }
    return schedules;
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
    const next: Array<{ rubric: number; schedule: PostSchedule; post: number; day: Date }> = [];
    if (start <= end) {
        schedulesOf(rubrics, start).forEach((schedule, r) => {
            if (!schedule) {
                return;
            }
            const count = schedule.countUntil(end);
            planned = finite(planned + count * rubrics[r].channels.length);
            const day = count > 0 ? schedule.dayOfPost(0) : undefined;
            if (day && day <= end && rubrics[r].channels.length > 0) {
                next.push({ rubric: r, schedule, post: 0, day });
            }
        });
    }
    const queue = new Heap(next, (a, b) => a.day.getTime() - b.day.getTime() || a.rubric - b.rubric);
    const posts: RoadmapPost[] = [];
    while (posts.length < limit && queue.size > 0) {
        const head = queue.peek();
        const rubric = rubrics[head.rubric];
        const date = isoDate(head.day);
        for (const channel of rubric.channels) {
            posts.push({
                date, ...(rubric.time ? { time: rubric.time } : {}), rubric: rubric.name, channel,
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
