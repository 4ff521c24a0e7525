/** Plan against actual: each KPI's progress, the funnels' actual conversions and the corrections due, from the analysis. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { dateOf, type StrategyProgress } from '../../analysis/progress.js';
import type { Goal } from '../../language/generated/ast.js';
import { isoDate } from '../calendar.js';
import type { RoadmapProgress } from '../model.js';
import { named, sourceOf } from './refs.js';

export function compileProgress(analysis: StrategyAnalysis, progress: StrategyProgress | undefined = analysis.progress): RoadmapProgress | undefined {
    if (!progress) {
        return undefined;
    }
    const tracked = progress.kpis.filter(kpi => kpi.onTrack !== undefined);
    return {
        from: isoDate(progress.from),
        to: isoDate(progress.to),
        onTrack: tracked.filter(kpi => kpi.onTrack).length,
        tracked: tracked.length,
        kpis: progress.kpis.map(kpi => ({
            goal: named(kpi.kpi.$container as Goal) ?? { name: '' },
            metric: kpi.kpi.metric?.$refText ?? '',
            unit: kpi.assessment.unit,
            targetUnit: kpi.assessment.written,
            per: kpi.assessment.per,
            comparator: kpi.comparator,
            target: kpi.target,
            deadline: kpi.assessment.deadline && isoDate(kpi.assessment.deadline.date),
            asOf: isoDate(kpi.asOf),
            baseline: kpi.baseline,
            actual: kpi.actual,
            planned: kpi.planned,
            reached: kpi.reached,
            elapsed: kpi.elapsed,
            pace: kpi.pace,
            projection: kpi.projection,
            method: kpi.method,
            onTrack: kpi.onTrack,
            months: kpi.months.map(month => ({ month: month.month, actual: month.actual, planned: month.planned })),
            source: sourceOf(kpi.kpi)
        })),
        funnels: progress.funnels.map(({ funnel, stages }) => ({
            name: funnel.funnel.name ?? '',
            title: funnel.funnel.title,
            stages: stages.map(stage => ({
                name: stage.stage.stage.name ?? '',
                title: stage.stage.stage.title,
                metric: stage.metric?.name,
                planned: stage.planned,
                actual: stage.actual,
                plannedConversion: stage.plannedConversion,
                actualConversion: stage.actualConversion,
                reforecast: stage.reforecast
            })),
            source: sourceOf(funnel.funnel)
        })),
        corrections: progress.fired.map(fired => ({
            name: fired.rule.name,
            action: fired.rule.action ?? '',
            owner: named(fired.rule.owner?.ref),
            from: isoDate(dateOf(fired.from)),
            to: isoDate(dateOf(fired.to)),
            values: fired.values.map(value => ({
                metric: value.condition.metric?.$refText ?? '',
                value: value.value,
                perDay: value.perDay,
                unit: value.metric.unit as 'count' | 'money' | 'percent' | 'ratio' | undefined,
                written: value.condition.threshold?.unit === '%' ? '%' : undefined
            })),
            source: sourceOf(fired.rule)
        }))
    };
}
