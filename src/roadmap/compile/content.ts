/** The content plan: the rubrics and the calendar of the posts they plan over the period. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { parseIsoDate } from '../../analysis/dates.js';
import type { Rubric } from '../../language/generated/ast.js';
import { expandPosts, isoDate, POST_LIMIT, weekCount, weeklyCounts, weeksOf } from '../calendar.js';
import type { RoadmapContent, RoadmapRubric } from '../model.js';
import { frequencyOf, named, namedRefs, sourceOf, ownerRefs } from './refs.js';

function compileRubric(rubric: Rubric): RoadmapRubric {
    return {
        name: rubric.name ?? '',
        title: rubric.title,
        channels: namedRefs(rubric.channels),
        frequency: frequencyOf(rubric.frequency),
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
