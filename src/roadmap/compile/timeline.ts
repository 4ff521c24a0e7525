/** The timeline: the period's ticks and today, the phases with their tasks and milestones, and the KPI deadlines. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { isMilestone, isTask, type Phase } from '../../language/generated/ast.js';
import { isoDate, timelineScale, timelineTicks } from '../calendar.js';
import type { RoadmapGoal, RoadmapPhase, RoadmapTimeline } from '../model.js';
import { isoOf, sourceOf, ownerRefs } from './refs.js';

export function compileTimeline(analysis: StrategyAnalysis, goals: RoadmapGoal[], today: Date): RoadmapTimeline {
    const { period } = analysis;
    const scale = timelineScale(period?.days ?? 0);
    return {
        start: period && isoDate(period.start),
        end: period && isoDate(period.end),
        scale,
        ticks: period ? timelineTicks(period.start, period.end, scale).map(isoDate) : [],
        today: period && today >= period.start && today <= period.end ? isoDate(today) : undefined,
        phases: analysis.parts.phases.map(phase => compilePhase(phase, analysis)),
        kpiDeadlines: goals.flatMap(goal => goal.kpis.flatMap(kpi => kpi.deadline && kpi.deadline.source !== 'period'
            ? [{ goal: goal.name, goalTitle: goal.title, metric: kpi.metric, metricTitle: kpi.metricTitle, date: kpi.deadline.date, source: kpi.source }]
            : []))
    };
}

function compilePhase(phase: Phase, analysis: StrategyAnalysis): RoadmapPhase {
    return {
        name: phase.name ?? '',
        title: phase.title,
        start: isoOf(phase.range?.start),
        end: isoOf(phase.range?.end),
        tasks: phase.items.filter(isTask).map(task => ({
            name: task.name,
            title: task.title ?? '',
            ...ownerRefs(task),
            format: task.format,
            deliverable: task.deliverable,
            due: isoOf(task.due),
            step: task.step,
            after: task.after.map(ref => ref.$refText),
            cost: task.cost?.amount,
            source: sourceOf(task)
        })),
        milestones: phase.items.filter(isMilestone).map(milestone => ({
            name: milestone.name,
            title: milestone.title ?? '',
            date: isoOf(milestone.date),
            source: sourceOf(milestone)
        })),
        cost: analysis.budget.byPhase.find(line => line.item === phase)?.amount,
        source: sourceOf(phase)
    };
}
