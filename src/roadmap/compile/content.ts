/** The content plan: the rubrics and the calendar of the posts they plan over the period. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import type { Rubric } from '../../language/generated/ast.js';
import { expandPosts, isoDate, POST_LIMIT, weeklyCounts, weeksOf } from '../calendar.js';
import type { RoadmapContent, RoadmapRubric } from '../model.js';
import { frequencyOf, named, namedRefs, sourceOf } from './refs.js';

function compileRubric(rubric: Rubric): RoadmapRubric {
    return {
        name: rubric.name ?? '',
        title: rubric.title,
        channels: namedRefs(rubric.channels),
        frequency: frequencyOf(rubric.frequency),
        formats: [...rubric.formats],
        owner: named(rubric.owner?.ref),
        goal: named(rubric.goal?.ref),
        source: sourceOf(rubric)
    };
}

export function compileContent(analysis: StrategyAnalysis): RoadmapContent {
    const rubrics = analysis.parts.rubrics.map(compileRubric);
    const { period } = analysis;
    if (!period) {
        return { rubrics, calendar: { posts: [], planned: 0, limit: POST_LIMIT, truncated: false, weeks: [], rows: [] } };
    }
    const expanded = expandPosts(rubrics.map(rubric => ({
        name: rubric.name ?? '',
        channels: rubric.channels.map(channel => channel.name),
        frequency: rubric.frequency,
        formats: rubric.formats,
        owner: rubric.owner?.name,
        goal: rubric.goal?.name
    })), period.start, period.end);
    const weeks = weeksOf(period.start, period.end);
    return {
        rubrics,
        calendar: {
            ...expanded,
            limit: POST_LIMIT,
            weeks: weeks.map(isoDate),
            rows: weeklyCounts(expanded.posts, rubrics.map(rubric => rubric.name), period.start, weeks.length)
        }
    };
}
