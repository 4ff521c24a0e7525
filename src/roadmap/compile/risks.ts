/** Risks with their expected losses, and the correction rules (`adjust when … then …`). */
import type { StrategyAnalysis } from '../../analysis/analyze.js';
import type { AdjustRule, Risk } from '../../language/generated/ast.js';
import type { RoadmapAdjustRule, RoadmapRisk } from '../model.js';
import { writtenUnit } from '../../analysis/money.js';
import { refName, singular, sourceOf, ownerRefs } from './refs.js';

export function compileRisk(risk: Risk, analysis: StrategyAnalysis): RoadmapRisk {
    return {
        name: risk.name ?? '',
        title: risk.title,
        probability: risk.probability?.value,
        impact: risk.impact?.amount,
        expectedLoss: analysis.budget.risks.find(line => line.item === risk)?.amount,
        mitigation: risk.mitigation,
        ...ownerRefs(risk),
        source: sourceOf(risk)
    };
}

export function compileAdjustRule(rule: AdjustRule): RoadmapAdjustRule {
    return {
        name: rule.name,
        conditions: rule.conditions.map(condition => ({
            metric: refName(condition.metric) ?? '',
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
