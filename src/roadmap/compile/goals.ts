/** Goals and their KPIs, with the SMART assessment worded in the roadmap's language. */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import { describeKpiForecast } from '../../analysis/kpi-forecast-text.js';
import { writtenUnit } from '../../analysis/money.js';
import { findCatalogMetric } from '../../analysis/metric-catalog.js';
import { smartReason, type SmartAssessment } from '../../analysis/smart.js';
import type { Locale } from '../../i18n/index.js';
import type { Goal, Kpi } from '../../language/generated/ast.js';
import { isoDate } from '../calendar.js';
import type { RoadmapGoal, RoadmapKpi } from '../model.js';
import { isoOf, namedRefs, ownerRefs, rationaleOf, sourceOf } from './refs.js';

export function compileGoal(goal: Goal, analysis: StrategyAnalysis, locale: Locale): RoadmapGoal {
    return {
        name: goal.name ?? '',
        title: goal.title,
        rationale: rationaleOf(goal),
        ...ownerRefs(goal),
        segments: namedRefs(goal.segments),
        products: namedRefs(goal.products),
        deadline: isoOf(goal.deadline),
        kpis: goal.kpis.map(kpi => compileKpi(kpi, analysis, locale)),
        smart: compileSmart(analysis.goals.get(goal), locale, analysis.parts.currency),
        source: sourceOf(goal)
    };
}

function compileSmart(assessment: SmartAssessment | undefined, locale: Locale, currency: string | undefined): RoadmapGoal['smart'] {
    return assessment && {
        score: assessment.score,
        criteria: assessment.criteria.map(criterion => ({
            letter: criterion.letter, holds: criterion.holds, reason: smartReason(locale, criterion, currency, undefined, 'titles')
        }))
    };
}

function compileKpi(kpi: Kpi, analysis: StrategyAnalysis, locale: Locale): RoadmapKpi {
    const assessment = analysis.kpis.get(kpi);
    const metric = kpi.metric?.ref;
    const metricName = metric?.name ?? kpi.metric?.$refText ?? '';
    const deadline = assessment?.deadline;
    return {
        metric: metricName,
        metricTitle: findCatalogMetric(metricName)?.name[locale] ?? metric?.title,
        unit: assessment?.unit,
        kind: assessment?.kind,
        comparator: assessment?.comparator,
        target: assessment?.target,
        targetUnit: assessment?.written,
        per: assessment?.per,
        deadline: deadline && { date: isoDate(deadline.date), source: deadline.source },
        baseline: kpi.baseline?.value,
        baselineUnit: writtenUnit(kpi.baseline),
        sources: kpi.sources.map(source => source.$refText),
        // A target in a unit the metric cannot have is not compared: the table shows no forecast beside it.
        forecast: assessment?.misfit ? undefined : assessment?.forecast,
        forecastText: assessment && describeKpiForecast(locale, assessment, analysis.parts.currency, undefined, 'titles'),
        met: assessment?.met,
        source: sourceOf(kpi)
    };
}
