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

/**
 * The days on which a frequency publishes within [start, end]: intervals follow each other from the
 * start of the period; interval k gets ⌊(k+1)·count⌋ − ⌊k·count⌋ posts (so `0.5 per week` posts every
 * other week), spread evenly over it, each in the middle of its share of the interval. Lists at most
 * `limit` days; `total` counts them all.
 */
export function publicationDays(frequency: RoadmapFrequency, start: Date, end: Date, limit = POST_LIMIT): { days: Date[]; total: number } {
    const days: Date[] = [];
    let total = 0;
    if (!(frequency.count > 0) || !(frequency.interval > 0)) {
        return { days, total };
    }
    for (let k = 0; ; k++) {
        const from = intervalStart(start, frequency, k);
        if (from > end) {
            break;
        }
        const next = intervalStart(start, frequency, k + 1);
        const length = Math.round((next.getTime() - from.getTime()) / DAY_MS);
        const posts = Math.floor((k + 1) * frequency.count) - Math.floor(k * frequency.count);
        const dayOf = (post: number): Date => addDays(from, Math.floor((post + 0.5) * length / posts));
        const within = next <= end ? posts : postsUntil(end, posts, length, from, dayOf);
        total += within;
        for (let i = 0; i < within && days.length < limit; i++) {
            days.push(dayOf(i));
        }
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
 * sorted by date; a rubric with several formats takes them in turn. At most `limit` posts are listed
 * (the earliest ones); `planned` counts them all.
 */
export function expandPosts(rubrics: CalendarRubric[], start: Date, end: Date, limit = POST_LIMIT): ExpandedCalendar {
    // The posts are listed day by day, not sorted: rubrics publish on the same few hundred days of the
    // period, and each day lists its rubrics' posts in the rubrics' order. Only the posts of the earliest
    // days are built: a large content plan has tens of thousands past the limit, counted but not listed.
    const byDay = new Map<number, number[]>(); // day → [rubric, index of the post in its rubric, rubric, …]
    let planned = 0;
    rubrics.forEach((rubric, r) => {
        if (!rubric.frequency) {
            return;
        }
        const publication = publicationDays(rubric.frequency, start, end, limit);
        planned += publication.total * rubric.channels.length;
        publication.days.forEach((day, index) => {
            const entries = byDay.get(day.getTime());
            if (entries) {
                entries.push(r, index);
            } else {
                byDay.set(day.getTime(), [r, index]);
            }
        });
    });
    const posts: RoadmapPost[] = [];
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
        const date = isoDate(new Date(day));
        const entries = byDay.get(day)!;
        for (let i = 0; i < entries.length && posts.length < limit; i += 2) {
            const rubric = rubrics[entries[i]];
            const index = entries[i + 1];
            for (const channel of rubric.channels) {
                posts.push({
                    date, rubric: rubric.name, channel,
                    format: rubric.formats.length > 0 ? rubric.formats[index % rubric.formats.length] : undefined,
                    owner: rubric.owner, goal: rubric.goal
                });
            }
        }
        if (posts.length >= limit) {
            break;
        }
    }
    return { posts: posts.slice(0, limit), planned, truncated: planned > limit };
}

/** Start dates of the 7-day weeks from `start` that begin on or before `end`. */
export function weeksOf(start: Date, end: Date): Date[] {
    const weeks: Date[] = [];
    for (let day = start; day <= end; day = addDays(day, 7)) {
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
