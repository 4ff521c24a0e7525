/** The content plan: the rubrics and the calendar of the posts they plan over the period. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { parseIsoDate } from '../../analysis/dates.js';
import type { Rubric } from '../../language/generated/ast.js';
import { expandPosts, isoDate, POST_LIMIT, weekCount, weeklyCounts, weeksOf } from '../calendar.js';
import type { RoadmapContent, RoadmapFrequency, RoadmapRubric, RoadmapWeekday } from '../model.js';
import { frequencyOf, named, namedRefs, sourceOf, ownerRefs } from './refs.js';

/** A rubric that names its weekdays posts once on each of them: `on monday, thursday` is 2 per week (per 2 weeks with `1 per 2 weeks`). */
function weekdayFrequency(rubric: Rubric): RoadmapFrequency {
    const written = frequencyOf(rubric.frequency);
    const interval = written?.unit === 'week' && Number.isSafeInteger(written.interval) && written.interval > 0 ? written.interval : 1;
    return { count: new Set(rubric.days).size, interval, unit: 'week' };
}

/** `9:30` as `09:30`. */
function timeOf(time: string): string {
    return time.padStart(5, '0');
}

function compileRubric(rubric: Rubric): RoadmapRubric {
    return {
        name: rubric.name ?? '',
        title: rubric.title,
        channels: namedRefs(rubric.channels),
        frequency: rubric.days.length > 0 ? weekdayFrequency(rubric) : frequencyOf(rubric.frequency),
        ...(rubric.days.length > 0 ? { days: [...new Set(rubric.days as RoadmapWeekday[])] } : {}),
        ...(rubric.time ? { time: timeOf(rubric.time) } : {}),
        formats: [...rubric.formats],
        ...ownerRefs(rubric),
        goal: named(rubric.goal?.ref),
        source: sourceOf(rubric)
    };
}

export function compileContent(analysis: StrategyAnalysis): RoadmapContent {
    const rubrics = analysis.parts.rubrics.map(compileRubric);
    const { period } = analysis;
    if (!period) {
        return { rubrics, calendar: { posts: [], planned: 0, limit: POST_LIMIT, truncated: false, weeks: [], periodWeeks: 0, rows: [] } };
    }
    const expanded = expandPosts(rubrics.map(rubric => ({
        name: rubric.name ?? '',
        channels: rubric.channels.map(channel => channel.name),
        frequency: rubric.frequency,
        days: rubric.days,
        time: rubric.time,
        formats: rubric.formats,
        owner: (rubric.owners ?? (rubric.owner ? [rubric.owner] : [])).map(owner => owner.name).join(', ') || undefined,
        goal: rubric.goal?.name
    })), period.start, period.end);
    // A truncated calendar's grid stops at the week of its last listed post: the weeks after it would show
    // posts as missing that are only left out (and a rubric of ten million posts a day leaves out all but a day).
    const last = expanded.truncated ? expanded.posts.at(-1) : undefined;
    const weeks = weeksOf(period.start, last ? parseIsoDate(last.date)! : period.end);
    return {
        rubrics,
        calendar: {
            ...expanded,
            limit: POST_LIMIT,
            weeks: weeks.map(isoDate),
            periodWeeks: weekCount(period.start, period.end),
            rows: weeklyCounts(expanded.posts, rubrics.map(rubric => rubric.name), period.start, weeks.length)
        }
    };
}
