import { describe, expect, test } from 'vitest';
import {
    expandPosts, isoDate, POST_LIMIT, publicationDays, timelineScale, timelineTicks, WEEK_LIMIT, weekCount, weeklyCounts, weeksOf
} from '../../src/roadmap/calendar.js';
import type { RoadmapFrequency } from '../../src/roadmap/model.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const days = (frequency: RoadmapFrequency, start: string, end: string, limit?: number) =>
    publicationDays(frequency, day(start), day(end), limit).days.map(isoDate);

describe('posts expanded from a rubric frequency', () => {
    test('3 per week: spread over each 7-day interval from the start of the period', () => {
        // offsets ⌊(i + ½) × 7 ÷ 3⌋ = 1, 3, 5 days into each week; 2027-01-01 is the first day
        expect(days({ count: 3, interval: 1, unit: 'week' }, '2027-01-01', '2027-01-14')).toEqual([
            '2027-01-02', '2027-01-04', '2027-01-06', '2027-01-09', '2027-01-11', '2027-01-13'
        ]);
    });

    test('1 per 2 weeks: one post in the middle of each fortnight', () => {
        // ⌊½ × 14⌋ = 7 days into each 14-day interval
        expect(days({ count: 1, interval: 2, unit: 'week' }, '2027-01-01', '2027-02-28')).toEqual([
            '2027-01-08', '2027-01-22', '2027-02-05', '2027-02-19'
        ]);
    });

    test('2 per month: calendar months, whatever their length', () => {
        // January (31 days): ⌊¼ × 31⌋ = 7, ⌊¾ × 31⌋ = 23; February (28 days): 7 and 21
        expect(days({ count: 2, interval: 1, unit: 'month' }, '2027-01-01', '2027-02-28')).toEqual([
            '2027-01-08', '2027-01-24', '2027-02-08', '2027-02-22'
        ]);
    });

    test('0.5 per week is one post every other week', () => {
        // interval k gets ⌊(k+1) × ½⌋ − ⌊k × ½⌋ posts: 0, 1, 0, 1; a single post lands ⌊3.5⌋ = 3 days in
        expect(days({ count: 0.5, interval: 1, unit: 'week' }, '2027-01-01', '2027-01-28')).toEqual(['2027-01-11', '2027-01-25']);
    });

    test('posts after the end of the period are dropped', () => {
        expect(days({ count: 3, interval: 1, unit: 'week' }, '2027-01-01', '2027-01-03')).toEqual(['2027-01-02']);
    });

    test('a quarter and a year are 3 and 12 calendar months', () => {
        // quarters of 90, 91, 92 and 92 days: ⌊½ × length⌋ = 45, 45, 46, 46 days after Jan 1, Apr 1, Jul 1, Oct 1
        expect(days({ count: 1, interval: 1, unit: 'quarter' }, '2027-01-01', '2027-12-31')).toEqual([
            '2027-02-15', '2027-05-16', '2027-08-16', '2027-11-16'
        ]);
        // 2027 has 365 days (⌊182.5⌋ = 182 → Jul 2), 2028 has 366 (183 → Jul 2)
        expect(days({ count: 1, interval: 1, unit: 'year' }, '2027-01-01', '2028-12-31')).toEqual(['2027-07-02', '2028-07-02']);
    });

    test('a zero or negative frequency plans nothing', () => {
        expect(days({ count: 0, interval: 1, unit: 'week' }, '2027-01-01', '2027-12-31')).toEqual([]);
        expect(days({ count: 1, interval: 0, unit: 'week' }, '2027-01-01', '2027-12-31')).toEqual([]);
    });

    test('a huge frequency lists at most the limit but counts every post', () => {
        // 1 000 a day for 365 days = 365 000 posts
        const { days: listed, total } = publicationDays({ count: 1000, interval: 1, unit: 'day' }, day('2027-01-01'), day('2027-12-31'), 50);
        expect(listed).toHaveLength(50);
        expect(total).toBe(365_000);
    });
});

describe('the content calendar', () => {
    const rubrics = [
        { name: 'Reels', channels: ['instagram', 'tiktok'], frequency: { count: 2, interval: 1, unit: 'week' as const }, formats: ['reels', 'video'], owner: 'Smm', goal: 'Sales' },
        { name: 'Digest', channels: ['telegram'], frequency: { count: 1, interval: 1, unit: 'week' as const }, formats: [] },
        { name: 'Unplanned', channels: ['vk'], formats: [] }
    ];

    test('one post per rubric, channel and day, sorted by date; formats taken in turn', () => {
        const calendar = expandPosts(rubrics, day('2027-01-01'), day('2027-01-07'));
        // Reels: offsets ⌊1.75⌋ = 1 and ⌊5.25⌋ = 5 on two channels; Digest: ⌊3.5⌋ = 3
        expect(calendar.posts).toEqual([
            { date: '2027-01-02', rubric: 'Reels', channel: 'instagram', format: 'reels', owner: 'Smm', goal: 'Sales' },
            { date: '2027-01-02', rubric: 'Reels', channel: 'tiktok', format: 'reels', owner: 'Smm', goal: 'Sales' },
            { date: '2027-01-04', rubric: 'Digest', channel: 'telegram', format: undefined, owner: undefined, goal: undefined },
            { date: '2027-01-06', rubric: 'Reels', channel: 'instagram', format: 'video', owner: 'Smm', goal: 'Sales' },
            { date: '2027-01-06', rubric: 'Reels', channel: 'tiktok', format: 'video', owner: 'Smm', goal: 'Sales' }
        ]);
        expect(calendar).toMatchObject({ planned: 5, truncated: false });
    });

    test('past the limit the earliest posts are kept and the calendar says it is truncated', () => {
        // 26 weeks × (2 × 2 + 1) = 130 posts
        const calendar = expandPosts(rubrics, day('2027-01-01'), day('2027-07-01'), 20);
        expect(calendar.posts).toHaveLength(20);
        expect(calendar.planned).toBe(130);
        expect(calendar.truncated).toBe(true);
        expect(calendar.posts.at(-1)!.date < '2027-02-01').toBe(true);
    });

    test('on a shared day the rubric planned first comes first, its channels in order, up to the limit', () => {
        const daily = { count: 1, interval: 1, unit: 'day' as const };
        const calendar = expandPosts([
            { name: 'Zebra', channels: ['vk', 'telegram'], frequency: daily, formats: [] },
            { name: 'Alpha', channels: ['vk', 'telegram'], frequency: daily, formats: [] }
        ], day('2027-01-01'), day('2027-01-31'), 3);
        expect(calendar.posts.map(post => [post.date, post.rubric, post.channel])).toEqual([
            ['2027-01-01', 'Zebra', 'vk'], ['2027-01-01', 'Zebra', 'telegram'], ['2027-01-01', 'Alpha', 'vk']
        ]);
        expect(calendar.planned).toBe(124);
    });

    test('posts per rubric in each 7-day week', () => {
        const start = day('2027-01-01');
        const { posts } = expandPosts(rubrics, start, day('2027-01-14'));
        const weeks = weeksOf(start, day('2027-01-14'));
        expect(weeks.map(isoDate)).toEqual(['2027-01-01', '2027-01-08']);
        expect(weeklyCounts(posts, ['Reels', 'Digest', 'Unplanned'], start, weeks.length)).toEqual([
            { rubric: 'Reels', counts: [4, 4] }, { rubric: 'Digest', counts: [1, 1] }, { rubric: 'Unplanned', counts: [0, 0] }
        ]);
    });
});

describe('timeline ticks', () => {
    test('weeks up to four months, months up to eighteen, quarters beyond', () => {
        expect([90, 120, 121, 181, 550, 551, 730].map(timelineScale)).toEqual(['week', 'week', 'month', 'month', 'month', 'quarter', 'quarter']);
    });

    test('weekly ticks fall on Mondays after the start', () => {
        // 2027-01-01 is a Friday: the next Mondays are Jan 4, 11, 18, 25
        expect(timelineTicks(day('2027-01-01'), day('2027-01-31'), 'week').map(isoDate))
            .toEqual(['2027-01-01', '2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']);
    });

    test('a six-month strategy gets a tick a month', () => {
        expect(timelineTicks(day('2027-01-01'), day('2027-06-30'), 'month').map(isoDate))
            .toEqual(['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01', '2027-06-01']);
    });

    test('a two-year strategy gets a tick a quarter', () => {
        const ticks = timelineTicks(day('2027-03-15'), day('2029-03-14'), 'quarter').map(isoDate);
        expect(ticks).toEqual([
            '2027-03-15', '2027-04-01', '2027-07-01', '2027-10-01', '2028-01-01', '2028-04-01', '2028-07-01',
            '2028-10-01', '2029-01-01'
        ]);
    });
});

describe('a frequency of absurd size (a typo) is counted, not walked', () => {
    test('95 quintillion posts a month: the first 3,000 are listed, every one counted, at once', () => {
        const count = 95_523_182_787_133_889_551;
        const { days: listed, total } = publicationDays({ count, interval: 1, unit: 'month' }, day('2027-01-01'), day('2027-03-31'));
        expect(listed).toHaveLength(3000);
        expect(listed.every(d => isoDate(d) === '2027-01-01')).toBe(true);
        // Three whole months: ⌊3 × count⌋ − ⌊0⌋, counted in floating point like every total.
        expect(total).toBe(Math.floor(3 * count));
    });

    test('posts cut by the period end mid-interval are exactly those a walk would find', () => {
        // The last interval of each case ends after the period: the count in it must match a post-by-post walk.
        for (const count of [1, 2, 3, 5, 7, 13, 30, 31, 100]) {
            for (const end of ['2027-01-10', '2027-01-16', '2027-01-31', '2027-02-14', '2027-02-27']) {
                const frequency: RoadmapFrequency = { count, interval: 1, unit: 'month' };
                const { days: listed, total } = publicationDays(frequency, day('2027-01-01'), day(end));
                const walked: string[] = [];
                for (let month = 0; month < 2; month++) {
                    const from = new Date(Date.UTC(2027, month, 1));
                    const length = Math.round((Date.UTC(2027, month + 1, 1) - from.getTime()) / 86_400_000);
                    for (let i = 0; i < count; i++) {
                        const at = new Date(from.getTime() + Math.floor((i + 0.5) * length / count) * 86_400_000);
                        if (at <= day(end)) {
                            walked.push(isoDate(at));
                        }
                    }
                }
                expect(listed.map(isoDate), `${count} per month until ${end}`).toEqual(walked);
                expect(total).toBe(walked.length);
            }
        }
    });
});

describe('an interval of absurd shortness (a typo) is counted, not walked', () => {
    const halfYear = [day('2027-01-01'), day('2027-06-30')] as const;

    test('1 per 0.0000001 days: ten million posts a day, 1.8 billion over the period, the first 3,000 listed', () => {
        // 180 whole days; on the last day only the interval that starts at its midnight starts within the period
        const { days: listed, total } = publicationDays({ count: 1, interval: 0.0000001, unit: 'day' }, ...halfYear);
        expect(listed).toHaveLength(POST_LIMIT);
        expect(listed.every(d => isoDate(d) === '2027-01-01')).toBe(true);
        expect(total / 1_800_000_000).toBeCloseTo(1, 6);
    });

    test('0.0000001 per 0.0000001 months: empty intervals are skipped, not visited', () => {
        // about one post a month: interval k has a post when ⌊(k+1) × 10⁻⁷⌋ > ⌊k × 10⁻⁷⌋
        const { days: listed, total } = publicationDays({ count: 0.0000001, interval: 0.0000001, unit: 'month' }, ...halfYear);
        expect(total).toBeGreaterThanOrEqual(5);
        expect(total).toBeLessThanOrEqual(7);
        expect(listed).toHaveLength(total);
    });

    test('an interval too short for JavaScript dates still counts a finite number of posts', () => {
        for (const frequency of [
            { count: 1, interval: 1e-320, unit: 'day' as const },
            { count: 1e308, interval: 1, unit: 'day' as const },
            { count: 1e-300, interval: 1e-300, unit: 'week' as const }
        ]) {
            const { days: listed, total } = publicationDays(frequency, ...halfYear);
            expect(Number.isFinite(total), JSON.stringify(frequency)).toBe(true);
            expect(listed.length).toBeLessThanOrEqual(POST_LIMIT);
        }
    });

    test('a content plan of such rubrics lists at most the limit and counts every post', () => {
        const absurd = { count: 1, interval: 0.0000001, unit: 'day' as const };
        const rubrics = Array.from({ length: 200 }, (_, r) => ({ name: `R${r}`, channels: ['vk', 'telegram'], frequency: absurd, formats: [] }));
        const calendar = expandPosts(rubrics, ...halfYear);
        expect(calendar.posts).toHaveLength(POST_LIMIT);
        expect(calendar.truncated).toBe(true);
        expect(calendar.planned / (200 * 2 * 1_800_000_000)).toBeCloseTo(1, 6);
    });

    test('a period of nine thousand years: the grid lists the first 260 of its weeks', () => {
        const start = day('1000-01-01');
        const end = day('9999-12-31');
        expect(weekCount(start, end)).toBe(Math.floor((end.getTime() - start.getTime()) / (7 * 86_400_000)) + 1);
        expect(weeksOf(start, end)).toHaveLength(WEEK_LIMIT);
        expect(weekCount(day('2027-01-01'), day('2027-01-14'))).toBe(2);
    });
});

describe('posts spread over the week', () => {
    const dayOfWeek = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;

    /** Posts per weekday (Monday first) in each whole 7-day week from `start`. */
    function weeklyLoads(posts: Array<{ date: string }>, start: string): number[][] {
        const weeks: number[][] = [];
        for (const post of posts) {
            const week = Math.floor((Date.parse(post.date) - Date.parse(start)) / (7 * 86_400_000));
            (weeks[week] ??= new Array<number>(7).fill(0))[dayOfWeek(post.date)]++;
        }
        return weeks.slice(0, -1); // the last week may be cut by the end of the period
    }

    test('five weekly rubrics on one channel go out on five different weekdays', () => {
        const rubrics = ['A', 'B', 'C', 'D', 'E'].map(name => ({
            name, channels: ['vk'], frequency: { count: 1, interval: 1, unit: 'week' as const }, formats: []
        }));
        const { posts } = expandPosts(rubrics, day('2027-03-01'), day('2027-03-28'));
        // 4 weeks × 5 rubrics; each rubric keeps its weekday, and no two share one
        expect(posts).toHaveLength(20);
        const weekdays = new Map(rubrics.map(rubric => [rubric.name, new Set(posts.filter(post => post.rubric === rubric.name).map(post => dayOfWeek(post.date)))]));
        expect([...weekdays.values()].every(days => days.size === 1)).toBe(true);
        expect(new Set([...weekdays.values()].map(days => [...days][0])).size).toBe(5);
    });

    test.each([
        // the rubrics of the examples: 15 posts a week over 6 channels and rubrics, 13 (and a monthly live stream)
        ['coffee-en', [[3, 2], [5, 1], [2, 1], [1, 1], [1, 1]]],
        ['zerno-ru', [[2, 2], [3, 2], [1, 2], [1, 1]]],
        ['ten rubrics of 1 to 4 posts a week on 1 to 3 channels', Array.from({ length: 10 }, (_, r) => [1 + r % 4, 1 + r % 3])]
    ] as const)('%s: no weekday of a week carries more than its fair share + 1', (_name, plan) => {
        const rubrics = plan.map(([count, channels], r) => ({
            name: `R${r}`, channels: ['vk', 'tg', 'ig'].slice(0, channels), frequency: { count, interval: 1, unit: 'week' as const }, formats: []
        }));
        const { posts } = expandPosts(rubrics, day('2027-01-01'), day('2027-06-30'));
        const weeks = weeklyLoads(posts, '2027-01-01');
        expect(weeks).toHaveLength(25);
        for (const load of weeks) {
            const total = load.reduce((a, b) => a + b, 0);
            expect(Math.max(...load), JSON.stringify(load)).toBeLessThanOrEqual(Math.ceil(total / 7) + 1);
        }
    });

    test('a moved rubric still lists exactly the posts it counts, whatever the end of the period', () => {
        // Five rubrics of the same frequency: the second to the fifth are moved by 1 to 6 days within their interval,
        // so the posts of the last, cut interval wrap round; the listed posts must be the counted ones.
        for (const frequency of [
            { count: 1, interval: 1, unit: 'week' as const }, { count: 3, interval: 1, unit: 'week' as const },
            { count: 2, interval: 2, unit: 'week' as const }, { count: 0.5, interval: 1, unit: 'week' as const },
            { count: 1, interval: 3, unit: 'day' as const }
        ]) {
            const rubrics = ['A', 'B', 'C', 'D', 'E'].map(name => ({ name, channels: ['vk'], frequency, formats: [] }));
            for (let length = 0; length < 30; length++) {
                const end = day('2027-03-01').getTime() + length * 86_400_000;
                const calendar = expandPosts(rubrics, day('2027-03-01'), new Date(end));
                expect(calendar.posts, `${JSON.stringify(frequency)} ${length}`).toHaveLength(calendar.planned);
                expect(calendar.posts.every(post => Date.parse(post.date) <= end)).toBe(true);
                expect(calendar.posts.map(post => post.date)).toEqual(calendar.posts.map(post => post.date).sort());
            }
        }
    });

    test('a rubric that names its days posts on them, every week or every other week, at its time', () => {
        // March 2027: Monday 1, 8, 15, 22, 29; Thursday 4, 11, 18, 25. The period starts on Wednesday the 3rd.
        const { posts, planned } = expandPosts([
            { name: 'Weekly', channels: ['vk'], days: ['monday', 'thursday'], time: '19:00', frequency: { count: 2, interval: 1, unit: 'week' }, formats: [] },
            { name: 'Fortnight', channels: ['vk'], days: ['monday'], frequency: { count: 1, interval: 2, unit: 'week' }, formats: [] }
        ], day('2027-03-03'), day('2027-03-29'));
        expect(posts.filter(post => post.rubric === 'Weekly').map(post => post.date)).toEqual([
            '2027-03-04', '2027-03-08', '2027-03-11', '2027-03-15', '2027-03-18', '2027-03-22', '2027-03-25', '2027-03-29'
        ]);
        expect(posts.filter(post => post.rubric === 'Weekly').every(post => post.time === '19:00')).toBe(true);
        // every other week from the week the period starts in (Mar 1): Mar 1 is before the start, then Mar 15, Mar 29
        expect(posts.filter(post => post.rubric === 'Fortnight').map(post => post.date)).toEqual(['2027-03-15', '2027-03-29']);
        expect(planned).toBe(10);
    });
});
