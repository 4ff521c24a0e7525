/** Risks with their expected losses, and the correction rules (`adjust when … then …`). */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import type { AdjustRule, Risk } from '../../language/generated/ast.js';
import type { RoadmapAdjustRule, RoadmapRisk } from '../model.js';
import { writtenUnit } from '../../analysis/money.js';
import { metricWord } from '../../analysis/kpi-forecast-text.js';
import type { Locale } from '../../i18n/index.js';
import { ownerRefs, rationaleOf, refName, singular, sourceOf } from './refs.js';

export function compileRisk(risk: Risk, analysis: StrategyAnalysis): RoadmapRisk {
    return {
        name: risk.name ?? '',
        title: risk.title,
        rationale: rationaleOf(risk),
        probability: risk.probability?.value,
        impact: risk.impact?.amount,
        expectedLoss: analysis.budget.risks.find(line => line.item === risk)?.amount,
        mitigation: risk.mitigation,
        ...ownerRefs(risk),
        source: sourceOf(risk)
    };
}

export function compileAdjustRule(rule: AdjustRule, locale: Locale): RoadmapAdjustRule {
    return {
        name: rule.name,
        conditions: rule.conditions.map(condition => ({
            metric: refName(condition.metric) ?? '',
            metricTitle: condition.metric ? metricWord(locale, condition.metric, 'titles') : undefined,
            comparator: condition.comparator ?? '',
            threshold: condition.threshold?.value,
            unit: writtenUnit(condition.threshold)
        })),
        duration: rule.duration !== undefined && rule.durationUnit ? { value: rule.duration, unit: singular(rule.durationUnit) } : undefined,
        action: rule.action ?? '',
        ...ownerRefs(rule),
        source: sourceOf(rule)
    };
}
